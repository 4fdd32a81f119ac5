namespace PerfAnalytics.Data.Ingest;

/// <summary>The shared SQL texts of ingest (the same on SQL Server and SQLite).</summary>
internal static class IngestSql
{
    public const string FindDocumentSql = "SELECT id FROM source_document WHERE sha256 = @sha;";

    public const string InsertDocumentSql = """
        INSERT INTO source_document (sha256, file_name, media_type, content, normalized_text, error, imported_at, imported_by)
        VALUES (@sha, @fileName, @mediaType, @content, @text, @error, @at, @user);
        """;

    public const string FindJurisdictionSql = "SELECT id FROM jurisdiction WHERE name = @name;";

    public const string InsertJurisdictionSql = """
        INSERT INTO jurisdiction (code, name, province, admin_level) VALUES (@code, @name, @province, @level);
        """;

    public const string FillJurisdictionSql = """
        UPDATE jurisdiction SET code = COALESCE(code, @code), province = COALESCE(province, @province),
            admin_level = COALESCE(admin_level, @level)
        WHERE id = @id;
        """;

    public const string FindAgencySql = "SELECT id FROM agency WHERE name = @name;";

    public const string InsertAgencySql = "INSERT INTO agency (name, jurisdiction_id) VALUES (@name, @jurisdictionId);";

    public const string InsertReportSql = """
        INSERT INTO report (source_document_id, agency_id, jurisdiction_id, fiscal_year, doc_kind, report_date, self_grade,
            extractor_version, extracted_at)
        VALUES (@documentId, @agencyId, @jurisdictionId, @fiscalYear, @docKind, @reportDate, @selfGrade, @version, @at);
        """;

    public const string FindReportSql = "SELECT id FROM report WHERE source_document_id = @documentId;";

    public const string UpdateReportSql = """
        UPDATE report SET agency_id = @agencyId, jurisdiction_id = @jurisdictionId, fiscal_year = @fiscalYear,
            doc_kind = @docKind, report_date = @reportDate, self_grade = @selfGrade, extractor_version = @version,
            extracted_at = @at
        WHERE id = @reportId;
        """;

    public const string UpdateDocumentTextSql = """
        UPDATE source_document SET media_type = @mediaType, normalized_text = @text, error = @error WHERE id = @documentId;
        """;

    public const string LoadDocumentSql = "SELECT file_name AS FileName, content AS Content FROM source_document WHERE id = @documentId;";

    public const string CorrectedCodesSql = "SELECT metric_code FROM fact WHERE report_id = @reportId AND origin = 'corrected';";

    public const string DeleteUncorrectedFactsSql = "DELETE FROM fact WHERE report_id = @reportId AND origin <> 'corrected';";

    public const string DeleteReportListsSql = """
        DELETE FROM task WHERE report_id = @reportId;
        DELETE FROM indicator WHERE report_id = @reportId;
        DELETE FROM finding WHERE report_id = @reportId;
        """;

    public const string InsertFactSql = """
        INSERT INTO fact (report_id, metric_code, value, unit, source_value, source_unit, excerpt, start_offset, end_offset, origin, parts)
        VALUES (@ReportId, @Code, @Value, @Unit, @SourceValue, @SourceUnit, @Excerpt, @Start, @End, @Origin, @Parts);
        """;

    /// <summary>A corrected fact keeps its corrected value; its source words are refreshed from the new extraction.</summary>
    public const string RefreshCorrectedFactSql = """
        UPDATE fact SET source_value = @SourceValue, source_unit = @SourceUnit, excerpt = @Excerpt,
            start_offset = @Start, end_offset = @End, parts = @Parts
        WHERE report_id = @ReportId AND metric_code = @Code AND origin = 'corrected';
        """;

    public const string InsertTaskSql = """
        INSERT INTO task (report_id, ordinal, name, amount, excerpt, start_offset, end_offset)
        VALUES (@ReportId, @Ordinal, @Name, @Amount, @Excerpt, @Start, @End);
        """;

    public const string InsertIndicatorSql = """
        INSERT INTO indicator (report_id, ordinal, level1, level2, name, target, actual, target_value, target_unit,
            actual_value, actual_unit, start_offset, end_offset)
        VALUES (@ReportId, @Ordinal, @Level1, @Level2, @Name, @Target, @Actual, @TargetValue, @TargetUnit,
            @ActualValue, @ActualUnit, @Start, @End);
        """;

    public const string InsertFindingSql = """
        INSERT INTO finding (report_id, ordinal, code, severity, message, metrics)
        VALUES (@ReportId, @Ordinal, @Code, @Severity, @Message, @Metrics);
        """;
}
