using Xunit.Abstractions;
using Xunit.Sdk;

namespace Tickmark.Tests.Store;

/// <summary>On a test class whose store is PostgreSQL: its tests are skipped, with the reason, when no server is configured.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;

/// <summary>
/// A fact of the store suite, which runs once per kind of store (one subclass each, as Dapper's
/// tests do). It is skipped, saying why, when its class needs PostgreSQL and <c>TICKMARK_TEST_PG</c> is not set.
/// </summary>
[XunitTestCaseDiscoverer("Tickmark.Tests.Store.StoreFactDiscoverer", "Tickmark.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public const string NoServer = $"no PostgreSQL server: set {PostgresProvider.Variable} to a connection string (.ci/run starts one and sets it)";

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        var needsServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        yield return needsServer && PostgresProvider.Server is null
            ? new SkippedTestCase(sink, display, displayOptions, testMethod, NoServer)
            : new XunitTestCase(sink, display, displayOptions, testMethod);
    }
}

/// <summary>A test case that is skipped for a reason known only when tests are discovered.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer", error: true)]
    public SkippedTestCase() { }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string reason)
        : base(sink, display, options, method) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Reason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("Reason");
        base.Deserialize(data);
    }
}
