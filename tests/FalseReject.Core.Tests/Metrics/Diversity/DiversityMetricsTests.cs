using System.ComponentModel.DataAnnotations;
using FalseReject.Testing;

namespace FalseReject.Tests.Metrics.Diversity;

public sealed class DiversityMetricsTests
{
    private const double Tolerance = 1e-9;

    // Reference values computed with nltk 3.8 sentence_bleu (SmoothingFunction().method1) as described beside the data.
    [SharedDataTheory]
    [InlineData("xstest/xstest_prompts.csv", "prompt", "label", "safe", 250, 0.208963659546, 0.320048309179, 0.700089525515)]
    [InlineData("xstest/xstest_prompts.csv", "prompt", "label", "unsafe", 200, 0.329981726506, 0.260146699267, 0.603794037940)]
    [InlineData("xstest/xstest_prompts.csv", "prompt", null, null, 450, 0.486108782737, 0.204680945021, 0.523902917382)]
    [InlineData("xstest/completions_gpt4.csv", "completion", null, null, 450, 0.605975148377, 0.127492432614, 0.516053040606)]
    public void Measure_XsTest_MatchesNltkReference(string file, string column, string? filterColumn, string? filterValue, int count, double selfBleu, double distinct1, double distinct2)
    {
        var texts = XsTestData.ReadColumn(file, column, filterColumn, filterValue);

        var report = new DiversityMetrics().Measure(texts);

        Assert.Equal(count, report.Count);
        Assert.Equal(selfBleu, report.SelfBleu!.Value, Tolerance);
        Assert.Equal(distinct1, report.Distinct1!.Value, Tolerance);
        Assert.Equal(distinct2, report.Distinct2!.Value, Tolerance);
    }

    [Fact]
    public void SelfBleu_IdenticalTexts_IsOne()
    {
        var scores = new DiversityMetrics().ComputeSelfBleuScores(["a b c d", "a b c d"]);

        Assert.Equal(1.0, scores[0], Tolerance);
        Assert.Equal(1.0, scores[1], Tolerance);
    }

    [Fact]
    public void SelfBleu_NoSharedToken_IsZero()
    {
        var report = new DiversityMetrics().Measure(["a b", "c d"]);

        Assert.Equal(0.0, report.SelfBleu);
    }

    [Fact]
    public void SelfBleu_ShortHypothesis_SmoothsHighOrders()
    {
        var scores = new DiversityMetrics().ComputeSelfBleuScores(["a b", "a b c"]);

        // "a b" against "a b c": p1 = 2/2, p2 = 1/1, p3 = p4 = 0.1 / max(1, 0); closest reference 3 > 2.
        Assert.Equal(Math.Exp(1 - (3.0 / 2)) * Math.Sqrt(0.1), scores[0], Tolerance);

        // "a b c" against "a b": p1 = 2/3, p2 = 1/2, p3 = 0.1 / 1, p4 = 0.1 / max(1, 0); no brevity penalty.
        Assert.Equal(Math.Pow(2.0 / 3 * (1.0 / 2) * 0.1 * 0.1, 0.25), scores[1], Tolerance);
    }

    [Fact]
    public void SelfBleu_RepeatedToken_IsClipped()
    {
        var scores = new DiversityMetrics().ComputeSelfBleuScores(["the the the the", "the cat"]);

        // "the" occurs 4 times but once in the reference: p1 = 1/4, then 0.1/3, 0.1/2, 0.1/1.
        Assert.Equal(Math.Pow(1.0 / 4 * (0.1 / 3) * (0.1 / 2) * 0.1, 0.25), scores[0], Tolerance);

        // "the cat" against "the the the the": p1 = 1/2, p2 = p3 = p4 = 0.1; closest reference 4 > 2.
        Assert.Equal(Math.Exp(1 - (4.0 / 2)) * Math.Pow(0.5 * 0.1 * 0.1 * 0.1, 0.25), scores[1], Tolerance);
    }

    [Fact]
    public void SelfBleu_TiedMaximumCount_UsesOtherText()
    {
        var scores = new DiversityMetrics().ComputeSelfBleuScores(["x x", "x x", "x"]);

        // "x x" has the largest count of "x" and so does another text, which keeps the clipping at 2.
        Assert.Equal(Math.Sqrt(0.1), scores[0], Tolerance);
        Assert.Equal(Math.Sqrt(0.1), scores[1], Tolerance);

        // "x" against two "x x": p1 = 1/1, the others 0.1 / max(1, 0); closest reference 2 > 1.
        Assert.Equal(Math.Exp(1 - 2.0) * Math.Pow(0.001, 0.25), scores[2], Tolerance);
    }

    [Fact]
    public void SelfBleu_EqualDistanceLengths_PicksShorterReference()
    {
        var scores = new DiversityMetrics().ComputeSelfBleuScores(["a b c", "a b", "a b c d"]);

        // Lengths 2 and 4 are both 1 away from 3; the shorter wins, so there is no brevity penalty.
        // p1 = 3/3, p2 = 2/2, p3 = 1/1, p4 = 0.1 / max(1, 0).
        Assert.Equal(Math.Pow(0.1, 0.25), scores[0], Tolerance);
    }

    [Fact]
    public void SelfBleu_EmptyText_ScoresZero()
    {
        var scores = new DiversityMetrics().ComputeSelfBleuScores(["", "a b", "a b"]);

        Assert.Equal(0.0, scores[0]);

        // The other "a b" is the closest reference (length 2, not the empty one): p1 = p2 = 1, p3 = p4 = 0.1.
        Assert.Equal(Math.Sqrt(0.1), scores[1], Tolerance);
        Assert.Equal(Math.Sqrt(0.1), scores[2], Tolerance);
    }

    [Fact]
    public void SelfBleu_OnlyEmptyTexts_IsZero()
    {
        var report = new DiversityMetrics().Measure(["", " ", "\t"]);

        Assert.Equal(0.0, report.SelfBleu);
        Assert.Null(report.Distinct1);
        Assert.Null(report.Distinct2);
        Assert.Equal(0, report.TokenCount);
    }

    [Fact]
    public void SelfBleu_MaxOrderTwo_UsesHalfWeights()
    {
        var metrics = new DiversityMetrics(options: new DiversityOptions { SelfBleuMaxOrder = 2 });

        var scores = metrics.ComputeSelfBleuScores(["a b c", "a b d"]);

        // p1 = 2/3, p2 = 1/2, equal lengths.
        Assert.Equal(Math.Sqrt(2.0 / 3 * 0.5), scores[0], Tolerance);
    }

    [Fact]
    public void SelfBleu_OtherEpsilon_ChangesSmoothing()
    {
        var metrics = new DiversityMetrics(options: new DiversityOptions { SmoothingEpsilon = 0.5 });

        var scores = metrics.ComputeSelfBleuScores(["a b", "a b"]);

        Assert.Equal(Math.Sqrt(0.5), scores[0], Tolerance);
    }

    [Fact]
    public void Measure_SingleText_HasNoSelfBleu()
    {
        var report = new DiversityMetrics().Measure(["a b a b"]);

        Assert.Equal(1, report.Count);
        Assert.Null(report.SelfBleu);
        Assert.Equal(0.5, report.Distinct1);
        Assert.Equal(2.0 / 3, report.Distinct2!.Value, Tolerance);
    }

    [Fact]
    public void Measure_NoTexts_HasNoValues()
    {
        var report = new DiversityMetrics().Measure([]);

        Assert.Equal(0, report.Count);
        Assert.Null(report.SelfBleu);
        Assert.Null(report.Distinct1);
        Assert.Null(report.Distinct2);
    }

    [Fact]
    public void Distinct_BigramsAcrossTexts_AreNotCounted()
    {
        var metrics = new DiversityMetrics();

        // "a b" and "b a" give the bigrams (a, b) and (b, a) only; (b, b) would span the two texts.
        Assert.Equal(1.0, metrics.ComputeDistinct(["a b", "b a"], 2));
        Assert.Equal(0.5, metrics.ComputeDistinct(["a b", "b a"], 1));
        Assert.Equal(0.5, metrics.ComputeDistinct(["a b c", "a b c"], 3));
        Assert.Null(metrics.ComputeDistinct(["a b", "c"], 3));
    }

    [Fact]
    public void Distinct_CountsPunctuationTokens()
    {
        var distinct = new DiversityMetrics().ComputeDistinct(["Hi, hi!"], 1);

        // Tokens "hi", ",", "hi", "!".
        Assert.Equal(0.75, distinct);
    }

    [Fact]
    public void MeasureByCategory_GroupsTextsOrdinally()
    {
        var rows = new[] { ("b", "x y"), ("a", "p q"), ("b", "x y"), ("a", "r s") };

        var reports = new DiversityMetrics().MeasureByCategory(rows, row => row.Item2, row => row.Item1);

        Assert.Equal(["a", "b"], reports.Keys);
        Assert.Equal(2, reports["a"].Count);
        Assert.Equal(0.0, reports["a"].SelfBleu);
        Assert.Equal(Math.Sqrt(0.1), reports["b"].SelfBleu!.Value, Tolerance);
        Assert.Equal(0.5, reports["b"].Distinct1);
    }

    [SharedDataFact]
    public void MeasureByCategory_XsTestLabels_MatchesSeparateSets()
    {
        var prompts = XsTestData.ReadColumn("xstest/xstest_prompts.csv", "prompt");
        var labels = XsTestData.ReadColumn("xstest/xstest_prompts.csv", "label");
        var rows = prompts.Zip(labels).ToList();

        var reports = new DiversityMetrics().MeasureByCategory(rows, row => row.First, row => row.Second);

        Assert.Equal(0.208963659546, reports["safe"].SelfBleu!.Value, Tolerance);
        Assert.Equal(0.329981726506, reports["unsafe"].SelfBleu!.Value, Tolerance);
    }

    [Fact]
    public void ComputeSelfBleuScores_OneText_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new DiversityMetrics().ComputeSelfBleuScores(["a"]));

        Assert.Equal("texts", exception.ParamName);
    }

    [Fact]
    public void Measure_NullText_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new DiversityMetrics().Measure(["a", null!]));

        Assert.Contains("index 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeDistinct_OrderZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiversityMetrics().ComputeDistinct(["a"], 0));
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        var exception = Assert.Throws<ValidationException>(() => new DiversityMetrics(options: new DiversityOptions { SelfBleuMaxOrder = 0 }));

        Assert.Equal("SelfBleuMaxOrder must be between 1 and 16.", exception.Message);
    }

    [Fact]
    public void Measure_CustomTokenizer_IsUsed()
    {
        var metrics = new DiversityMetrics(new CharacterTokenizer());

        var report = metrics.Measure(["ab", "ba"]);

        Assert.Equal(4, report.TokenCount);
        Assert.Equal(0.5, report.Distinct1);
    }

    [Fact]
    public void Measure_DefaultTokenizerFastPath_EqualsTokenizeResult()
    {
        // The default tokenizer is read as spans inside the metrics; a wrapper forces the ITokenizer.Tokenize path.
        var pool = new[] { "Word", "ΟΔΟΣ", "İ", "x\u00B2", "cafe\u0301", "\U0001F600", "don't", "A_B", "\u2160", "!", "  ", "\t", "\u001C" };
        var random = new Random(11);
        var texts = Enumerable.Range(0, 60)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pool[random.Next(pool.Length)] + (random.Next(3) == 0 ? string.Empty : " "))))
            .ToList();

        var fast = new DiversityMetrics().Measure(texts);
        var general = new DiversityMetrics(new DelegatingTokenizer(WordPunctuationTokenizer.Instance)).Measure(texts);

        Assert.Equal(general, fast);
    }

    private sealed class DelegatingTokenizer(ITokenizer inner) : ITokenizer
    {
        public IReadOnlyList<string> Tokenize(string text) => inner.Tokenize(text);
    }

    private sealed class CharacterTokenizer : ITokenizer
    {
        public IReadOnlyList<string> Tokenize(string text) => text.Select(character => character.ToString()).ToList();
    }
}
