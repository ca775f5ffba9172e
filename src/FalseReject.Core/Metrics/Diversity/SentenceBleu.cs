namespace FalseReject;

// The final step of nltk 3.8's sentence_bleu with uniform weights and SmoothingFunction(epsilon).method1,
// given the clipped and total n-gram counts of one hypothesis and the length of its closest reference.
internal static class SentenceBleu
{
    // clippedCounts[k] and totalCounts[k] are the counts of the n-grams of order k + 1.
    public static double Score(ReadOnlySpan<int> clippedCounts, ReadOnlySpan<int> totalCounts, int hypothesisLength, int closestReferenceLength, double epsilon)
    {
        // nltk returns 0 without smoothing when no unigram matches, which also covers an empty hypothesis.
        if (clippedCounts[0] == 0)
        {
            return 0;
        }

        var order = clippedCounts.Length;
        var weight = 1.0 / order;
        Span<double> terms = stackalloc double[order];
        for (var k = 0; k < order; k++)
        {
            // nltk's denominator is at least 1, so an order longer than the hypothesis gives epsilon / 1.
            double denominator = Math.Max(1, totalCounts[k]);
            var precision = clippedCounts[k] == 0 ? epsilon / denominator : clippedCounts[k] / denominator;
            terms[k] = weight * Math.Log(precision);
        }

        return BrevityPenalty(closestReferenceLength, hypothesisLength) * Math.Exp(Sum(terms));
    }

    public static double BrevityPenalty(int closestReferenceLength, int hypothesisLength)
    {
        if (hypothesisLength > closestReferenceLength)
        {
            return 1;
        }

        if (hypothesisLength == 0)
        {
            return 0;
        }

        return Math.Exp(1 - ((double)closestReferenceLength / hypothesisLength));
    }

    // Sums without intermediate rounding error, as Python's math.fsum does: the running total is kept as
    // non-overlapping partials (Shewchuk's algorithm), which are added from the largest at the end.
    // The result can still differ from fsum's correctly rounded one by one unit in the last place.
    private static double Sum(ReadOnlySpan<double> values)
    {
        Span<double> partials = stackalloc double[values.Length];
        var partialCount = 0;
        foreach (var value in values)
        {
            var x = value;
            var keptCount = 0;
            for (var i = 0; i < partialCount; i++)
            {
                var y = partials[i];
                if (Math.Abs(x) < Math.Abs(y))
                {
                    (x, y) = (y, x);
                }

                var high = x + y;
                var low = y - (high - x);
                if (low != 0)
                {
                    partials[keptCount++] = low;
                }

                x = high;
            }

            partials[keptCount] = x;
            partialCount = keptCount + 1;
        }

        var total = 0.0;
        for (var i = partialCount - 1; i >= 0; i--)
        {
            total += partials[i];
        }

        return total;
    }
}
