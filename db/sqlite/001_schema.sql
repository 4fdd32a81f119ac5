-- PerfAnalytics warehouse, embedded SQLite: the same shape as db/sqlserver/001_schema.sql.
-- DECIMAL columns have SQLite's NUMERIC affinity; the metric rows are written from MetricCatalogue after migrating.

CREATE TABLE metric (
    code         TEXT NOT NULL PRIMARY KEY,
    metric_group TEXT NOT NULL,
    unit         TEXT NOT NULL,
    name_zh      TEXT NOT NULL,
    name_en      TEXT NOT NULL
);

CREATE TABLE jurisdiction (
    id          INTEGER PRIMARY KEY,
    code        TEXT NULL,
    name        TEXT NOT NULL UNIQUE,
    province    TEXT NULL,
    admin_level TEXT NULL
);

CREATE TABLE agency (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    jurisdiction_id INTEGER NULL REFERENCES jurisdiction (id)
);

CREATE TABLE source_document (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL UNIQUE,
    file_name   TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    content     BLOB NOT NULL,
    normalized_text TEXT NOT NULL,
    error       TEXT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);

CREATE TABLE report (
    id                 INTEGER PRIMARY KEY,
    source_document_id INTEGER NOT NULL UNIQUE REFERENCES source_document (id),
    agency_id          INTEGER NULL REFERENCES agency (id),
    jurisdiction_id    INTEGER NULL REFERENCES jurisdiction (id),
    fiscal_year        INTEGER NULL,
    doc_kind           TEXT NULL,
    report_date        TEXT NULL,
    self_grade         TEXT NULL,
    extractor_version  TEXT NOT NULL,
    extracted_at       TEXT NOT NULL
);
CREATE INDEX ix_report_jurisdiction_year ON report (jurisdiction_id, fiscal_year);

CREATE TABLE fact (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES report (id),
    metric_code  TEXT NOT NULL REFERENCES metric (code),
    value        DECIMAL(18,6) NOT NULL,
    unit         TEXT NOT NULL,
    source_value DECIMAL(18,6) NULL,
    source_unit  TEXT NULL,
    excerpt      TEXT NULL,
    start_offset INTEGER NULL,
    end_offset   INTEGER NULL,
    origin       TEXT NOT NULL CHECK (origin IN ('extracted', 'derived', 'corrected')),
    parts        TEXT NULL,
    UNIQUE (report_id, metric_code)
);
CREATE INDEX ix_fact_metric_report ON fact (metric_code, report_id, value);

CREATE TABLE correction (
    id           INTEGER PRIMARY KEY,
    fact_id      INTEGER NOT NULL REFERENCES fact (id),
    report_id    INTEGER NOT NULL REFERENCES report (id),
    metric_code  TEXT NOT NULL,
    old_value    DECIMAL(18,6) NULL,
    new_value    DECIMAL(18,6) NOT NULL,
    reason       TEXT NOT NULL,
    corrected_by TEXT NOT NULL,
    corrected_at TEXT NOT NULL
);
CREATE INDEX ix_correction_report ON correction (report_id, metric_code);

CREATE TABLE task (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES report (id),
    ordinal      INTEGER NOT NULL,
    name         TEXT NOT NULL,
    amount       DECIMAL(18,6) NULL,
    excerpt      TEXT NULL,
    start_offset INTEGER NULL,
    end_offset   INTEGER NULL
);
CREATE INDEX ix_task_report ON task (report_id);

CREATE TABLE indicator (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES report (id),
    ordinal      INTEGER NOT NULL,
    level1       TEXT NOT NULL,
    level2       TEXT NOT NULL,
    name         TEXT NOT NULL,
    target       TEXT NULL,
    actual       TEXT NULL,
    target_value DECIMAL(18,6) NULL,
    target_unit  TEXT NULL,
    actual_value DECIMAL(18,6) NULL,
    actual_unit  TEXT NULL,
    start_offset INTEGER NULL,
    end_offset   INTEGER NULL
);
CREATE INDEX ix_indicator_report ON indicator (report_id);

CREATE TABLE finding (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES report (id),
    ordinal   INTEGER NOT NULL,
    code      TEXT NOT NULL,
    severity  TEXT NOT NULL,
    message   TEXT NOT NULL,
    metrics   TEXT NOT NULL
);
CREATE INDEX ix_finding_report ON finding (report_id);
CREATE INDEX ix_finding_code ON finding (code, severity);
