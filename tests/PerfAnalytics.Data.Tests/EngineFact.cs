using Xunit.Abstractions;
using Xunit.Sdk;

namespace PerfAnalytics.Data.Tests;

/// <summary>Marks an engine's test class as needing an environment variable; without it its tests are skipped.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;
    public string Reason { get; } = reason;

    /// <summary>The skip reason of a test class: the first variable it requires that is not set, else null.</summary>
    public static string? SkipReason(Type testClass) =>
        testClass.GetCustomAttributes(typeof(RequiresEnvironmentAttribute), inherit: true).Cast<RequiresEnvironmentAttribute>()
            .FirstOrDefault(a => string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(a.Variable)))?.Reason;
}

/// <summary>
/// A fact of the shared warehouse suite: skipped, with the reason, when the concrete test class (the engine) is marked
/// <see cref="RequiresEnvironmentAttribute"/> and the variable is not set.
/// </summary>
[XunitTestCaseDiscoverer("PerfAnalytics.Data.Tests.EngineFactDiscoverer", "PerfAnalytics.Data.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineFactAttribute : FactAttribute;

public sealed class EngineFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new EngineTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
}

/// <summary>A test case whose skip reason comes from the engine's test class (computed, so nothing to serialise).</summary>
public sealed class EngineTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public EngineTestCase() { }

    public EngineTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute) ?? RequiresEnvironmentAttribute.SkipReason(TestMethod.TestClass.Class.ToRuntimeType())!;
}
