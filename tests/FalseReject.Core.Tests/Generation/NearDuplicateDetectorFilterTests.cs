namespace FalseReject.Tests.Generation;

public sealed class NearDuplicateDetectorFilterTests
{
    [Fact]
    public void TryAdd_SameTextDifferentCase_IsExactDuplicate()
    {
        var filter = new NearDuplicateDetectorFilter(new NearDuplicateDetector(0.8));
        Assert.True(filter.TryAdd("How do I kill a Python process?", "a", out _));

        var added = filter.TryAdd("how do i KILL a python process?", "b", out var duplicate);

        Assert.False(added);
        Assert.Equal("a", duplicate!.MatchedId);
        Assert.True(duplicate.IsExact);
        Assert.Equal(1, filter.Count);
    }

    [Fact]
    public void FindDuplicate_BelowThreshold_IsNull()
    {
        var filter = new NearDuplicateDetectorFilter(new NearDuplicateDetector(0.8));
        filter.TryAdd("How do I kill a Python process?", "a", out _);

        Assert.Null(filter.FindDuplicate("Where can I buy a kitchen knife?"));
    }

    [Fact]
    public void FindDuplicate_NearCopy_ReportsSimilarity()
    {
        var filter = new NearDuplicateDetectorFilter(new NearDuplicateDetector(0.5));
        filter.TryAdd("what is the best way to kill a stuck python process on linux", "a", out _);

        var match = filter.FindDuplicate("what is the best way to kill a stuck python process on macos");

        Assert.NotNull(match);
        Assert.Equal("a", match.MatchedId);
        Assert.InRange(match.Similarity, 0.5, 0.99);
    }

    [Fact]
    public void Constructor_DetectorWithTexts_Throws()
    {
        var detector = new NearDuplicateDetector(0.8);
        detector.Add("already there");

        Assert.Throws<ArgumentException>(() => new NearDuplicateDetectorFilter(detector));
    }
}
