namespace FalseReject.Tests.Metrics.Diversity;

public sealed class SelfBleuCalculatorTests
{
    [Fact]
    public void Scores_RandomCorpora_EqualQuadraticBaseline()
    {
        var random = new Random(20250611);
        for (var trial = 0; trial < 300; trial++)
        {
            var vocabularySize = random.Next(1, 7);
            var textCount = random.Next(2, 16);
            var maxOrder = random.Next(1, 6);
            var texts = new List<IReadOnlyList<string>>();
            for (var text = 0; text < textCount; text++)
            {
                var length = random.Next(0, 13);
                texts.Add(Enumerable.Range(0, length).Select(_ => ((char)('a' + random.Next(vocabularySize))).ToString()).ToList());
            }

            var corpus = NGramCorpus.Create(texts.Select(tokens => string.Join(' ', tokens)).ToList(), WordPunctuationTokenizer.Instance, maxOrder);

            var fast = SelfBleuCalculator.Scores(corpus, maxOrder, 0.1);
            var baseline = QuadraticSelfBleu.Scores(texts, maxOrder, 0.1);

            Assert.Equal(baseline, fast);
        }
    }

    [Fact]
    public void ClosestOtherLength_RandomLengths_EqualsNltkRule()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 500; trial++)
        {
            var lengths = Enumerable.Range(0, random.Next(2, 10)).Select(_ => random.Next(0, 12)).ToArray();
            var sorted = lengths.Order().ToArray();
            for (var self = 0; self < lengths.Length; self++)
            {
                var hypothesis = lengths[self];

                // nltk's closest_ref_length: the minimum by (distance, length) over the other texts.
                var expected = lengths.Where((_, index) => index != self)
                    .OrderBy(length => Math.Abs(length - hypothesis))
                    .ThenBy(length => length)
                    .First();

                Assert.Equal(expected, SelfBleuCalculator.ClosestOtherLength(sorted, hypothesis));
            }
        }
    }

    [Fact]
    public void ClosestOtherLength_SmallCases()
    {
        Assert.Equal(5, SelfBleuCalculator.ClosestOtherLength([1, 5, 5, 9], 5));
        Assert.Equal(1, SelfBleuCalculator.ClosestOtherLength([1, 5, 9], 5));
        Assert.Equal(9, SelfBleuCalculator.ClosestOtherLength([5, 9], 5));
        Assert.Equal(5, SelfBleuCalculator.ClosestOtherLength([5, 9], 9));
    }
}
