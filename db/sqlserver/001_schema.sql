-- PerfAnalytics warehouse, SQL Server. Money and other figures as DECIMAL(18,6), Chinese text as NVARCHAR.
-- The metric rows are written from PerfAnalytics.Extraction.MetricCatalogue after every migration run.

CREATE TABLE metric (
    code         NVARCHAR(64)  NOT NULL CONSTRAINT pk_metric PRIMARY KEY,
    metric_group NVARCHAR(32)  NOT NULL,
    unit         NVARCHAR(16)  NOT NULL,
    name_zh      NVARCHAR(100) NOT NULL,
    name_en      NVARCHAR(200) NOT NULL
);

CREATE TABLE jurisdiction (
    id          BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_jurisdiction PRIMARY KEY,
    code        NVARCHAR(12)  NULL,
    name        NVARCHAR(100) NOT NULL,
    province    NVARCHAR(50)  NULL,
    admin_level NVARCHAR(32)  NULL,
    CONSTRAINT ux_jurisdiction_name UNIQUE (name)
);

CREATE TABLE agency (
    id              BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_agency PRIMARY KEY,
    name            NVARCHAR(200) NOT NULL,
    jurisdiction_id BIGINT NULL CONSTRAINT fk_agency_jurisdiction REFERENCES jurisdiction (id),
    CONSTRAINT ux_agency_name UNIQUE (name)
);

CREATE TABLE source_document (
    id          BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_source_document PRIMARY KEY,
    sha256      NVARCHAR(64)   NOT NULL CONSTRAINT ux_source_document_sha256 UNIQUE,
    file_name   NVARCHAR(400)  NOT NULL,
    media_type  NVARCHAR(100)  NOT NULL,
    content     VARBINARY(MAX) NOT NULL,
    normalized_text NVARCHAR(MAX) NOT NULL,
    error       NVARCHAR(MAX)  NULL,
    imported_at DATETIME2      NOT NULL,
    imported_by NVARCHAR(100)  NOT NULL
);

CREATE TABLE report (
    id                 BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_report PRIMARY KEY,
    source_document_id BIGINT NOT NULL CONSTRAINT fk_report_source_document REFERENCES source_document (id),
    agency_id          BIGINT NULL CONSTRAINT fk_report_agency REFERENCES agency (id),
    jurisdiction_id    BIGINT NULL CONSTRAINT fk_report_jurisdiction REFERENCES jurisdiction (id),
    fiscal_year        INT           NULL,
    doc_kind           NVARCHAR(40)  NULL,
    report_date        DATE          NULL,
    self_grade         NVARCHAR(4)   NULL,
    extractor_version  NVARCHAR(64)  NOT NULL,
    extracted_at       DATETIME2     NOT NULL,
    CONSTRAINT ux_report_source_document UNIQUE (source_document_id)
);
CREATE INDEX ix_report_jurisdiction_year ON report (jurisdiction_id, fiscal_year);

CREATE TABLE fact (
    id           BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_fact PRIMARY KEY,
    report_id    BIGINT NOT NULL CONSTRAINT fk_fact_report REFERENCES report (id),
    metric_code  NVARCHAR(64)   NOT NULL CONSTRAINT fk_fact_metric REFERENCES metric (code),
    value        DECIMAL(18,6)  NOT NULL,
    unit         NVARCHAR(16)   NOT NULL,
    source_value DECIMAL(18,6)  NULL,
    source_unit  NVARCHAR(16)   NULL,
    excerpt      NVARCHAR(MAX)  NULL,
    start_offset INT            NULL,
    end_offset   INT            NULL,
    origin       NVARCHAR(16)   NOT NULL CONSTRAINT ck_fact_origin CHECK (origin IN (N'extracted', N'derived', N'corrected')),
    parts        NVARCHAR(MAX)  NULL,
    CONSTRAINT ux_fact_report_metric UNIQUE (report_id, metric_code)
);
CREATE INDEX ix_fact_metric_report ON fact (metric_code, report_id) INCLUDE (value);

CREATE TABLE correction (
    id           BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_correction PRIMARY KEY,
    fact_id      BIGINT NOT NULL CONSTRAINT fk_correction_fact REFERENCES fact (id),
    report_id    BIGINT NOT NULL CONSTRAINT fk_correction_report REFERENCES report (id),
    metric_code  NVARCHAR(64)   NOT NULL,
    old_value    DECIMAL(18,6)  NULL,
    new_value    DECIMAL(18,6)  NOT NULL,
    reason       NVARCHAR(1000) NOT NULL,
    corrected_by NVARCHAR(100)  NOT NULL,
    corrected_at DATETIME2      NOT NULL
);
CREATE INDEX ix_correction_report ON correction (report_id, metric_code);

CREATE TABLE task (
    id           BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_task PRIMARY KEY,
    report_id    BIGINT NOT NULL CONSTRAINT fk_task_report REFERENCES report (id),
    ordinal      INT            NOT NULL,
    name         NVARCHAR(400)  NOT NULL,
    amount       DECIMAL(18,6)  NULL,
    excerpt      NVARCHAR(MAX)  NULL,
    start_offset INT            NULL,
    end_offset   INT            NULL
);
CREATE INDEX ix_task_report ON task (report_id);

CREATE TABLE indicator (
    id           BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_indicator PRIMARY KEY,
    report_id    BIGINT NOT NULL CONSTRAINT fk_indicator_report REFERENCES report (id),
    ordinal      INT            NOT NULL,
    level1       NVARCHAR(100)  NOT NULL,
    level2       NVARCHAR(100)  NOT NULL,
    name         NVARCHAR(400)  NOT NULL,
    target       NVARCHAR(400)  NULL,
    actual       NVARCHAR(400)  NULL,
    target_value DECIMAL(18,6)  NULL,
    target_unit  NVARCHAR(16)   NULL,
    actual_value DECIMAL(18,6)  NULL,
    actual_unit  NVARCHAR(16)   NULL,
    start_offset INT            NULL,
    end_offset   INT            NULL
);
CREATE INDEX ix_indicator_report ON indicator (report_id);

CREATE TABLE finding (
    id        BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT pk_finding PRIMARY KEY,
    report_id BIGINT NOT NULL CONSTRAINT fk_finding_report REFERENCES report (id),
    ordinal   INT            NOT NULL,
    code      NVARCHAR(64)   NOT NULL,
    severity  NVARCHAR(16)   NOT NULL,
    message   NVARCHAR(1000) NOT NULL,
    metrics   NVARCHAR(400)  NOT NULL
);
CREATE INDEX ix_finding_report ON finding (report_id);
CREATE INDEX ix_finding_code ON finding (code, severity);
