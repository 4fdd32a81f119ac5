namespace PerfAnalytics.Data.Ingest;

public enum IngestStatus
{
    /// <summary>A new source document and its report were written.</summary>
    Imported,
    /// <summary>The same bytes (SHA-256) were already in the warehouse; nothing was written.</summary>
    Duplicate,
    /// <summary>Extraction failed: the source document is kept with its error, no report was written.</summary>
    Failed,
    /// <summary>An existing source document was extracted again; staff corrections were kept.</summary>
    Reextracted,
}

/// <summary>What happened to one file.</summary>
public sealed record IngestOutcome(
    string File,
    IngestStatus Status,
    long? SourceDocumentId,
    long? ReportId,
    int FactCount,
    string? Message)
{
    public string StatusText => Status switch
    {
        IngestStatus.Imported => "已导入",
        IngestStatus.Duplicate => "已导入过",
        IngestStatus.Failed => "失败",
        _ => "已重新抽取",
    };
}
