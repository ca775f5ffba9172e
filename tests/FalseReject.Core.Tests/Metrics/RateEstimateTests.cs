namespace FalseReject.Tests.Metrics;

public sealed class RateEstimateTests
{
    [Fact]
    public void Wilson_EightOfTen_MatchesHandComputedBounds()
    {
        var estimate = new RateEstimate(8, 10);

        Assert.Equal(0.8, estimate.Rate, 12);
        Assert.Equal(0.490162, estimate.Lower, 5);
        Assert.Equal(0.943318, estimate.Upper, 5);
    }

    [Fact]
    public void Wilson_ZeroSuccesses_LowerBoundIsZero()
    {
        var estimate = new RateEstimate(0, 20);

        Assert.Equal(0, estimate.Lower, 12);
        Assert.Equal(0.1611252, estimate.Upper, 6);
    }

    [Fact]
    public void Wilson_AllSuccesses_UpperBoundIsOne()
    {
        var estimate = new RateEstimate(5, 5);

        Assert.Equal(1, estimate.Upper, 12);
        Assert.Equal(0.565518, estimate.Lower, 5);
    }

    [Fact]
    public void Rate_NoTrials_IsNaN()
    {
        var estimate = new RateEstimate(0, 0);

        Assert.True(double.IsNaN(estimate.Rate));
        Assert.True(double.IsNaN(estimate.Lower));
        Assert.Equal("n/a (0 judged)", estimate.ToString());
    }

    [Fact]
    public void Wilson_MoreSuccessesThanTrials_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RateEstimate.Wilson(3, 2, RateEstimate.Z95));
    }
}
