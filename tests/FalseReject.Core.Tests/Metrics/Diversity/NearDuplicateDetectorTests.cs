using FalseReject.Testing;

namespace FalseReject.Tests.Metrics.Diversity;

public sealed class NearDuplicateDetectorTests
{
    [Theory]
    [InlineData(1, 0.3)]
    [InlineData(1, 0.75)]
    [InlineData(2, 0.5)]
    [InlineData(2, 0.8)]
    [InlineData(3, 0.4)]
    [InlineData(2, 1.0)]
    public void Find_RandomTexts_EqualsAllPairsComparison(int shingleSize, double threshold)
    {
        var random = new Random(shingleSize * 1000 + (int)(threshold * 100));
        for (var trial = 0; trial < 40; trial++)
        {
            var texts = Enumerable.Range(0, random.Next(2, 40))
                .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(0, 9)).Select(_ => ((char)('a' + random.Next(5))).ToString())))
                .ToList();
            var detector = new NearDuplicateDetector(threshold, shingleSize: shingleSize);

            var expected = new List<NearDuplicatePair>();
            for (var first = 0; first < texts.Count; first++)
            {
                for (var second = first + 1; second < texts.Count; second++)
                {
                    var similarity = detector.ComputeSimilarity(texts[first], texts[second]);
                    if (similarity >= threshold)
                    {
                        expected.Add(new NearDuplicatePair(first, second, similarity));
                    }
                }
            }

            Assert.Equal(expected, detector.Find(texts));
        }
    }

    [Fact]
    public void ComputeSimilarity_Bigrams_IsJaccardOfShingleSets()
    {
        var detector = new NearDuplicateDetector(0.5);

        // Bigrams {how do, do i, i kill, kill a, a process, process ?} and {how can, can i, i kill, ...}: 4 shared of 8.
        var similarity = detector.ComputeSimilarity("How do I kill a process?", "How can I kill a process?");

        Assert.Equal(0.5, similarity);
    }

    [Fact]
    public void ComputeSimilarity_RepeatedShingles_CountOnce()
    {
        var detector = new NearDuplicateDetector(0.5, shingleSize: 1);

        Assert.Equal(1.0, detector.ComputeSimilarity("a a b", "a b b"));
    }

    [Fact]
    public void ComputeSimilarity_ShortText_IsOneShingle()
    {
        var detector = new NearDuplicateDetector(0.5, shingleSize: 3);

        Assert.Equal(1.0, detector.ComputeSimilarity("hi there", "Hi there"));
        Assert.Equal(0.0, detector.ComputeSimilarity("hi there", "hi there you"));
    }

    [Fact]
    public void ComputeSimilarity_EmptyTexts_AreIdentical()
    {
        var detector = new NearDuplicateDetector(0.5);

        Assert.Equal(1.0, detector.ComputeSimilarity("", "  "));
        Assert.Equal(0.0, detector.ComputeSimilarity("", "a"));
    }

    [Fact]
    public void TryAdd_NearDuplicate_IsRejected()
    {
        var detector = new NearDuplicateDetector(0.6);

        Assert.True(detector.TryAdd("How do I kill a Python process?"));
        Assert.True(detector.TryAdd("What is the capital of France?"));
        Assert.False(detector.TryAdd("how do I kill a python process"));
        Assert.True(detector.TryAdd("How do I kill time at an airport?"));
        Assert.Equal(3, detector.Count);
    }

    [Fact]
    public void IsNearDuplicate_DoesNotAdd()
    {
        var detector = new NearDuplicateDetector(0.8);
        detector.Add("a b c d e");

        Assert.True(detector.IsNearDuplicate("a b c d e"));
        Assert.False(detector.IsNearDuplicate("e d c b a"));
        Assert.Equal(1, detector.Count);
    }

    [Fact]
    public void FindMatches_ReturnsEveryMatchByIndex()
    {
        var detector = new NearDuplicateDetector(0.5, shingleSize: 1);
        detector.Add("a b c d");
        detector.Add("x y z");
        detector.Add("a b c");
        detector.Add("");

        var matches = detector.FindMatches("a b c d");

        Assert.Equal([new NearDuplicateMatch(0, 1.0), new NearDuplicateMatch(2, 0.75)], matches);
        Assert.Equal([new NearDuplicateMatch(3, 1.0)], detector.FindMatches(""));
    }

    [Fact]
    public void Find_OtherThreshold_IgnoresAddedTexts()
    {
        var detector = new NearDuplicateDetector(0.9, shingleSize: 1);
        detector.Add("a b");

        var pairs = detector.Find(["a b c", "a b", "x"], 0.5);

        Assert.Equal([new NearDuplicatePair(0, 1, 2.0 / 3)], pairs);
        Assert.Equal(1, detector.Count);
    }

    [SharedDataFact]
    public void Find_XsTestPrompts_EqualsAllPairsComparison()
    {
        var prompts = XsTestData.ReadColumn("xstest/xstest_prompts.csv", "prompt");
        var detector = new NearDuplicateDetector(0.5);

        var pairs = detector.Find(prompts);

        var expected = 0;
        for (var first = 0; first < prompts.Count; first++)
        {
            for (var second = first + 1; second < prompts.Count; second++)
            {
                if (detector.ComputeSimilarity(prompts[first], prompts[second]) >= 0.5)
                {
                    expected++;
                }
            }
        }

        Assert.Equal(expected, pairs.Count);
        Assert.NotEmpty(pairs);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Constructor_InvalidThreshold_Throws(double threshold)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateDetector(threshold));

        Assert.Equal("threshold", exception.ParamName);
    }

    [Fact]
    public void Constructor_ZeroShingleSize_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateDetector(0.5, shingleSize: 0));

        Assert.Equal("shingleSize", exception.ParamName);
    }
}
