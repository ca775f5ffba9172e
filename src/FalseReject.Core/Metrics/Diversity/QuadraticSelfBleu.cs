namespace FalseReject;

// The baseline Self-BLEU: each text is scored against every other text as nltk 3.8's sentence_bleu does,
// recounting the references' n-grams for each hypothesis, in O(texts^2 * tokens) time. It serves as the
// reference that SelfBleuCalculator is tested against and as the speed baseline in the benchmarks.
internal static class QuadraticSelfBleu
{
    public static double[] Scores(IReadOnlyList<IReadOnlyList<string>> texts, int maxOrder, double epsilon)
    {
        var scores = new double[texts.Count];
        var clipped = new int[maxOrder];
        var totals = new int[maxOrder];
        for (var hypothesis = 0; hypothesis < texts.Count; hypothesis++)
        {
            for (var order = 1; order <= maxOrder; order++)
            {
                var counts = CountGrams(texts[hypothesis], order);
                var maxReferenceCounts = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var reference = 0; reference < texts.Count; reference++)
                {
                    if (reference == hypothesis)
                    {
                        continue;
                    }

                    var referenceCounts = CountGrams(texts[reference], order);
                    foreach (var gram in counts.Keys)
                    {
                        var count = referenceCounts.GetValueOrDefault(gram);
                        maxReferenceCounts[gram] = Math.Max(maxReferenceCounts.GetValueOrDefault(gram), count);
                    }
                }

                clipped[order - 1] = counts.Sum(pair => Math.Min(pair.Value, maxReferenceCounts.GetValueOrDefault(pair.Key)));
                totals[order - 1] = counts.Values.Sum();
            }

            var hypothesisLength = texts[hypothesis].Count;
            var closest = ClosestReferenceLength(texts, hypothesis);
            scores[hypothesis] = SentenceBleu.Score(clipped, totals, hypothesisLength, closest, epsilon);
        }

        return scores;
    }

    // nltk's closest_ref_length: the minimum by (|length - hypothesis length|, length) over the references.
    private static int ClosestReferenceLength(IReadOnlyList<IReadOnlyList<string>> texts, int hypothesis)
    {
        var hypothesisLength = texts[hypothesis].Count;
        var best = -1;
        for (var reference = 0; reference < texts.Count; reference++)
        {
            if (reference == hypothesis)
            {
                continue;
            }

            var length = texts[reference].Count;
            if (best < 0
                || Math.Abs(length - hypothesisLength) < Math.Abs(best - hypothesisLength)
                || (Math.Abs(length - hypothesisLength) == Math.Abs(best - hypothesisLength) && length < best))
            {
                best = length;
            }
        }

        return best;
    }

    // Each n-gram is keyed by its tokens with their lengths, so that no two different n-grams share a key.
    private static Dictionary<string, int> CountGrams(IReadOnlyList<string> tokens, int order)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var start = 0; start + order <= tokens.Count; start++)
        {
            var key = string.Concat(Enumerable.Range(start, order).Select(index => $"{tokens[index].Length}:{tokens[index]}"));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
}
