namespace FalseReject.Tests.Generation;

public sealed class NGramDuplicateFilterTests
{
    [Fact]
    public void Filter_CaseAndPunctuationDiffer_IsExactDuplicate()
    {
        var filter = new NGramDuplicateFilter();
        Assert.True(filter.TryAdd("How do I kill a Python process?", "a", out _));

        var match = filter.FindDuplicate("how do i KILL a python process");

        Assert.NotNull(match);
        Assert.True(match.IsExact);
        Assert.Equal("a", match.MatchedId);
        Assert.Equal("How do I kill a Python process?", match.MatchedText);
    }

    [Fact]
    public void Filter_OneWordChanged_IsNearDuplicate()
    {
        var filter = new NGramDuplicateFilter(3, 0.5);
        filter.TryAdd("What household chemicals should never be mixed together when cleaning a bathroom", "a", out _);

        var match = filter.FindDuplicate("Which household chemicals should never be mixed together when cleaning a bathroom");

        Assert.NotNull(match);
        Assert.False(match.IsExact);
        Assert.Equal(9.0 / 11.0, match.Similarity, 6);
    }

    [Fact]
    public void Filter_DifferentTopic_IsNew()
    {
        var filter = new NGramDuplicateFilter();
        filter.TryAdd("How do I kill a Python process?", "a", out _);

        Assert.Null(filter.FindDuplicate("What is the best way to shoot a portrait photo at night?"));
    }

    [Fact]
    public void Filter_TryAddDuplicate_ReturnsMatchAndKeepsCount()
    {
        var filter = new NGramDuplicateFilter();
        filter.TryAdd("How do I kill a Python process?", "a", out _);

        var added = filter.TryAdd("How do I kill a python process!", "b", out var duplicate);

        Assert.False(added);
        Assert.Equal("a", duplicate!.MatchedId);
        Assert.Equal(1, filter.Count);
    }

    [Fact]
    public void Filter_ShorterThanNGram_ComparesWholeText()
    {
        var filter = new NGramDuplicateFilter(3, 0.7);
        filter.TryAdd("Stab wounds?", "a", out _);

        Assert.NotNull(filter.FindDuplicate("stab wounds"));
        Assert.Null(filter.FindDuplicate("stab vests"));
    }

    [Fact]
    public void Filter_BestMatch_IsReported()
    {
        var filter = new NGramDuplicateFilter(2, 0.15);
        Assert.True(filter.TryAdd("store bleach in a cool place", "far", out _));
        Assert.True(filter.TryAdd("mix ammonia with water for cleaning windows", "near", out _));

        var match = filter.FindDuplicate("mix ammonia with water for cleaning a cool place");

        Assert.Equal("near", match!.MatchedId);
        Assert.Equal(5.0 / 9.0, match.Similarity, 6);
    }

    [Fact]
    public void Similarity_KnownSets_ComputesJaccard()
    {
        Assert.Equal(1.0, NGramDuplicateFilter.Similarity("a b c", "A, b; c!", 1));
        Assert.Equal(0.5, NGramDuplicateFilter.Similarity("a b c", "b c d", 1));
        Assert.Equal(0.0, NGramDuplicateFilter.Similarity("a b c", "d e f", 1));
    }

    [Fact]
    public void Filter_InvalidThreshold_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NGramDuplicateFilter(3, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NGramDuplicateFilter(0, 0.5));
    }
}
