namespace PerfAnalytics.Extraction.Tests;

/// <summary>
/// Sentences as other bureaus write them, each inside a minimal self-evaluation report (or a budget statement), and
/// exactly the figures a careful reader takes from it: traps give nothing.
/// </summary>
public class SentenceTests
{
    private const string Report = "某某市信访局2024年度部门整体支出绩效自评报告\n\n";
    private const string Budget = "某某市信访局2024年部门预算情况说明\n\n";

    [Theory]
    // money, in prose
    [InlineData(Report, "全年实际支出1,234.56万元。", "expenditure_total=1234.56")]
    [InlineData(Report, "年初预算800万元，调整后预算850万元，全年实际支出840万元。", "budget_total=850 expenditure_total=840")]
    [InlineData(Report, "基本支出、项目支出分别为500、200万元。", "basic_expenditure=500 project_expenditure=200")]
    [InlineData(Report, "部门支出合计3456789.10元。", "expenditure_total=345.67891")]
    [InlineData(Report, "收入合计1.2亿元。", "revenue_total=12000")]
    [InlineData(Report, "其中人员经费300万元，公用经费50万元。", "personnel_expenditure=300 public_expenditure=50")]
    // traps: last year, changes, one project, functional lines, one sub-unit
    [InlineData(Report, "比上年增加30万元，增长5%。", "")]
    [InlineData(Report, "上年实际支出900万元。", "")]
    [InlineData(Report, "信访专项工作经费项目预算数100万元，实际支出95万元。", "")]
    [InlineData(Report, "一般公共服务支出（类）信访事务（款）行政运行（项）150.20万元。", "")]
    [InlineData(Report, "“三公”经费支出合计2万元，其中公务接待费支出决算为0.5万元，因公出国（境）费支出决算为0万元。", "three_public_expenditure=2")]
    // staff
    [InlineData(Report, "我局核定编制15名，实有人员13名，退休人员4名，另有聘用人员6名。", "authorized_staff=15 actual_staff=13 retirees=4")]
    [InlineData(Report, "我局负责编制2024年部门预算。", "")]
    // petitions
    [InlineData(Report, "全年信访总量1200件，同比下降12.5%。", "petition_items=1200 petition_yoy_change=-12.5")]
    [InlineData(Report, "网上信访占比达到65%。", "")]
    [InlineData(Report, "全市县级信访总量800件，进京信访量12批。", "")]
    [InlineData(Report, "全年共登记群众来信来访2,345宗3,120人次。", "petition_items=2345 petition_persons=3120")]
    [InlineData(Report, "12345热线受理群众诉求8000件。", "")]
    [InlineData(Report, "接待群众来访320批1050人次。", "")]
    [InlineData(Report, "领导干部接访下访群众190批365人次。", "")]
    // rates
    [InlineData(Report, "及时受理率、按期办结率分别为99.5%、98%。", "timely_acceptance_rate=99.5 on_time_closure_rate=98")]
    [InlineData(Report, "年度预算执行率为97.2%。", "budget_execution_rate=97.2")]
    [InlineData(Report, "项目支出预算执行率为90%。", "")]
    [InlineData(Report, "群众满意率达到96.8%。", "satisfaction_rate=96.8")]
    [InlineData(Budget, "群众满意率达到96.8%。", "")]
    // scores
    [InlineData(Report, "信访维稳专项经费项目自评得分为95分。", "")]
    [InlineData(Report, "部门整体支出绩效自评得分95.5分（满分100分）。", "self_score=95.5")]
    [InlineData(Report, "市委督查得分100分。", "")]
    // budget statements
    [InlineData(Budget, "2024年收入预算总额235.60万元，其中一般公共预算拨款收入235.60万元。", "budget_total=235.60 fiscal_appropriation=235.60")]
    [InlineData(Budget, "基本支出185.60万元，占78.78%；项目支出50.00万元。", "budget_basic=185.60 budget_project=50")]
    public void SentenceGivesExactlyTheseFigures(string head, string sentence, string expected)
    {
        var result = ReportExtractor.ExtractText(head + sentence + "\n", "x.txt");
        Assert.Null(result.Error);
        var got = string.Join(" ", result.Metrics.Where(m => !m.Derived).OrderBy(m => m.Code, StringComparer.Ordinal).Select(m => $"{m.Code}={m.Value:0.######}"));
        var want = string.Join(" ", expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Canonical).OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal(want, got);
    }

    private static string Canonical(string pair)
    {
        var (code, value) = (pair.Split('=')[0], decimal.Parse(pair.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
        return $"{code}={value:0.######}";
    }

    [Fact]
    public void GradeNextToTheScoreIsTakenButGoodPerformanceIsNotAGrade()
    {
        Assert.Equal("良", ReportExtractor.ExtractText(Report + "自评得分为85分，等级为“良好”。\n", "x.txt").Identity.SelfGrade);
        Assert.Null(ReportExtractor.ExtractText(Report + "我局整体支出绩效良好。\n", "x.txt").Identity.SelfGrade);
        Assert.Equal("优", ReportExtractor.ExtractText(Report + "评价等次\n\t优\n", "x.txt").Identity.SelfGrade);
    }

    [Fact]
    public void ControlRateThatDisagreesWithItsFiguresIsAFinding()
    {
        var r = ReportExtractor.ExtractText(Report + "“三公”经费预算数为10万元，实际支出8万元，控制率为95%。\n", "x.txt");
        var finding = Assert.Single(r.Findings);
        Assert.Equal("rate_mismatch", finding.Code);
        Assert.Contains("80%", finding.Message);
        Assert.Equal(["three_public_control_rate", "three_public_expenditure", "three_public_budget"], finding.Metrics);
    }

    [Fact]
    public void IndicatorRowsWithTargetAndActualColumnsGiveBoth()
    {
        const string table = "三、绩效指标完成情况\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t受理信访事项数\t≥1000件\t1200件\t10\t10\n\t时效指标\t按期办结率\t≥95%\t98%\t10\t10\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t10\t10\n";
        var r = ReportExtractor.ExtractText(Report + table, "x.txt");
        Assert.Equal(3, r.Indicators.Count);
        var first = r.Indicators[0];
        Assert.Equal(("产出指标", "数量指标", "受理信访事项数", "≥1000件", "1200件"), (first.Level1, first.Level2, first.Name, first.Target, first.Actual));
        Assert.Equal(1200m, first.ActualValue);
        Assert.Equal(("产出指标", "时效指标", "按期办结率"), (r.Indicators[1].Level1, r.Indicators[1].Level2, r.Indicators[1].Name));
        Assert.Equal(93m, r.Metrics.Single(m => m.Code == "satisfaction_rate").Value);
        Assert.Equal(98m, r.Metrics.Single(m => m.Code == "on_time_closure_rate").Value);
    }

    [Fact]
    public void HeaderRowsNamingColumnsOfTabSeparatedRowsGiveTheSummaryRowNotASubUnit()
    {
        const string table = "年度收入情况（万元）\n机构名称\t收入合计\t其中：\n\t\t上年结转\t公共财政拨款\t政府基金拨款\t纳入专户管理的非税收入拨款\t其他收入\n局机关及二级机构汇总\t219.1\t\t215.13\t\t\t3.97\n1、局机关\t200.1\t\t196.13\t\t\t3.97\n机构名称\t固定资产合计\t其中：\t其他\n\t\t在用固定资产\t出租固定资产\n局机关及二级机构汇总\t48.5\t40.5\t\t\n";
        var r = ReportExtractor.ExtractText(Report + table, "x.txt");
        var got = r.Metrics.ToDictionary(m => m.Code, m => m.Value);
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["revenue_total"] = 219.1m, ["fiscal_appropriation"] = 215.13m, ["other_revenue"] = 3.97m,
            ["fixed_assets_total"] = 48.5m, ["fixed_assets_in_use"] = 40.5m,
        }, got);
        Assert.DoesNotContain(r.Metrics, m => m.Code == "carryover");
    }

    [Fact]
    public void KeyTasksAsTableRowsWithoutMarkersGiveNameAndAmount()
    {
        const string t = "某某县信访局2024年部门整体绩效目标表\n年度重点工作任务\n任务名称\t主要实施内容\t拟投入资金（万元）\n信访维稳工作\t开展矛盾排查化解\t120.5\n日常运转保障\t保障机关正常运转\t35\n绩效指标\n";
        var r = ReportExtractor.ExtractText(t, "x.txt");
        Assert.Equal([("信访维稳工作", (decimal?)120.5m), ("日常运转保障", 35m)], r.Tasks.Select(x => (x.Name, x.Amount)).ToList());
    }

    [Fact]
    public void GradeThatDoesNotFitTheScoreIsAFinding()
    {
        var r = ReportExtractor.ExtractText(Report + "自评得分为72分，评价等级为优秀。\n", "x.txt");
        Assert.Contains(r.Findings, f => f.Code == "grade_mismatch");
    }
}
