namespace FalseReject.Tests.Metrics;

public sealed class McNemarTestTests
{
    [Theory]
    [InlineData(1, 6, 0.125)]
    [InlineData(6, 1, 0.125)]
    [InlineData(0, 5, 0.0625)]
    [InlineData(3, 3, 1.0)]
    [InlineData(0, 0, 1.0)]
    [InlineData(2, 10, 0.0385742188)]
    public void ExactPValue_MatchesBinomialTail(long onlyFirst, long onlySecond, double expected)
    {
        Assert.Equal(expected, McNemarTest.ExactPValue(onlyFirst, onlySecond), 9);
    }

    [Fact]
    public void ExactPValue_LargeCounts_StaysFinite()
    {
        var p = McNemarTest.ExactPValue(5_000, 5_300);

        Assert.InRange(p, 0.0, 1.0);
        Assert.True(p < 0.01);
    }

    [Fact]
    public void Compare_CountsDiscordantPairs_AndSkipsNonVerdicts()
    {
        var first = new Dictionary<string, RefusalOutcome>
        {
            ["a"] = RefusalOutcome.FullRefusal,
            ["b"] = RefusalOutcome.FullRefusal,
            ["c"] = RefusalOutcome.FullCompliance,
            ["d"] = RefusalOutcome.PartialCompliance,
            ["e"] = RefusalOutcome.TargetError,
        };
        var second = new Dictionary<string, RefusalOutcome>
        {
            ["a"] = RefusalOutcome.FullRefusal,
            ["b"] = RefusalOutcome.FullCompliance,
            ["c"] = RefusalOutcome.FullCompliance,
            ["d"] = RefusalOutcome.FullCompliance,
            ["e"] = RefusalOutcome.FullRefusal,
        };

        var asRefusal = PairedComparison.Compare("x", first, "y", second);
        var asCompliance = PairedComparison.Compare("x", first, "y", second, PartialCompliancePolicy.CountAsCompliance);

        Assert.Equal(4, asRefusal.Pairs);
        Assert.Equal(1, asRefusal.BothRefused);
        Assert.Equal(2, asRefusal.OnlyFirstRefused);
        Assert.Equal(0, asRefusal.OnlySecondRefused);
        Assert.Equal(1, asCompliance.OnlyFirstRefused);
        Assert.Equal(2, asCompliance.NeitherRefused);
    }
}
