namespace PerfAnalytics.Data.Tests;

// The warehouse suite, once per engine.

public sealed class SqliteWarehouseTests : WarehouseTests<SqliteEngine>;

[RequiresEnvironment(SqlServerEngine.Variable, "SQL Server tests need a connection string in PERFANALYTICS_TEST_SQLSERVER")]
public sealed class SqlServerWarehouseTests : WarehouseTests<SqlServerEngine>;

public sealed class SqliteQueryTests : QueryTests<SqliteEngine>;

[RequiresEnvironment(SqlServerEngine.Variable, "SQL Server tests need a connection string in PERFANALYTICS_TEST_SQLSERVER")]
public sealed class SqlServerQueryTests : QueryTests<SqlServerEngine>;
