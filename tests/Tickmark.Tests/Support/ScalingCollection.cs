namespace Tickmark.Tests.Support;

/// <summary>
/// The tests that compare times per byte between two input sizes run alone, after the others: beside the rest of
/// the suite (tens of tests in parallel on two cores) the larger input's runs were slowed more than the smaller's
/// (a 3.7x "growth" of linear work once, under a load average of 16), so the ratio measured the neighbours, not the code.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScalingCollection
{
    public const string Name = "Scaling: times per byte, run alone";
}
