using System.CommandLine;
using PerfAnalytics.Cli;

var root = new RootCommand("PerfAnalytics：信访部门绩效文件的抽取、入库与对比 (extraction, warehouse and comparison of petition bureaus' performance documents)");
ExtractCommands.Add(root);
BenchCommands.Add(root);
WarehouseCommands.Add(root);
ExportCommands.Add(root);
return root.Parse(args).Invoke();
