namespace FalseReject;

// Self-BLEU in O(total tokens * max order) time plus sorting the text lengths, with results equal to
// scoring every text with nltk 3.8's sentence_bleu against all other texts.
//
// For an n-gram g with count c in the hypothesis, nltk clips c to the maximum count of g over the references,
// that is over all other texts. Per n-gram, the calculator keeps the largest count, the text that has it, and
// the second largest count (from another text, so equal to the largest on a tie). The maximum over the other
// texts is then the second largest when the hypothesis is the text with the largest count, and the largest
// otherwise. The closest reference length is the closest other length in the sorted lengths. A binary search
// finds it after the hypothesis's own length is excluded once, and ties go to the shorter length as in nltk's
// closest_ref_length.
internal static class SelfBleuCalculator
{
    // Returns the score of each text; the corpus must have at least two texts and n-grams up to maxOrder.
    public static double[] Scores(NGramCorpus corpus, int maxOrder, double epsilon)
    {
        var textCount = corpus.TextCount;
        var clippedByOrder = new int[maxOrder][];
        for (var order = 1; order <= maxOrder; order++)
        {
            clippedByOrder[order - 1] = ClippedCounts(corpus, order);
        }

        var sortedLengths = new int[textCount];
        for (var text = 0; text < textCount; text++)
        {
            sortedLengths[text] = corpus.LengthOf(text);
        }

        Array.Sort(sortedLengths);

        var scores = new double[textCount];
        Span<int> clipped = stackalloc int[maxOrder];
        Span<int> totals = stackalloc int[maxOrder];
        for (var text = 0; text < textCount; text++)
        {
            var length = corpus.LengthOf(text);
            for (var order = 1; order <= maxOrder; order++)
            {
                clipped[order - 1] = clippedByOrder[order - 1][text];
                totals[order - 1] = Math.Max(0, length - order + 1);
            }

            scores[text] = SentenceBleu.Score(clipped, totals, length, ClosestOtherLength(sortedLengths, length), epsilon);
        }

        return scores;
    }

    // The sum over the text's n-grams of min(count in the text, maximum count in any other text), per text.
    private static int[] ClippedCounts(NGramCorpus corpus, int order)
    {
        var textCount = corpus.TextCount;

        // One array of structs, so that the random access per n-gram occurrence touches one cache line.
        var stats = new GramStatistics[corpus.DistinctCount(order)];
        for (var gram = 0; gram < stats.Length; gram++)
        {
            stats[gram].LastText = -1;
        }

        var distinct = new List<int>();
        for (var text = 0; text < textCount; text++)
        {
            CountGrams(corpus.GramsOf(text, order), text, stats, distinct);
            foreach (var gram in distinct)
            {
                ref var entry = ref stats[gram];
                if (entry.CountInText > entry.MaxCount)
                {
                    entry.SecondCount = entry.MaxCount;
                    entry.MaxCount = entry.CountInText;
                    entry.MaxText = text;
                }
                else if (entry.CountInText > entry.SecondCount)
                {
                    entry.SecondCount = entry.CountInText;
                }
            }
        }

        var clipped = new int[textCount];
        for (var gram = 0; gram < stats.Length; gram++)
        {
            stats[gram].LastText = -1;
        }

        for (var text = 0; text < textCount; text++)
        {
            CountGrams(corpus.GramsOf(text, order), text, stats, distinct);
            var sum = 0;
            foreach (var gram in distinct)
            {
                ref var entry = ref stats[gram];
                var maxInOthers = entry.MaxText == text ? entry.SecondCount : entry.MaxCount;
                sum += Math.Min(entry.CountInText, maxInOthers);
            }

            clipped[text] = sum;
        }

        return clipped;
    }

    // Counts each n-gram of one text into CountInText, listing each distinct n-gram once in distinct;
    // LastText marks which text a count belongs to, so the counts need no clearing between texts.
    private static void CountGrams(ReadOnlySpan<int> grams, int text, GramStatistics[] stats, List<int> distinct)
    {
        distinct.Clear();
        foreach (var gram in grams)
        {
            ref var entry = ref stats[gram];
            if (entry.LastText != text)
            {
                entry.LastText = text;
                entry.CountInText = 0;
                distinct.Add(gram);
            }

            entry.CountInText++;
        }
    }

    // The length in sortedLengths closest to length after removing one element equal to length (the
    // hypothesis itself); on a tie the shorter one.
    internal static int ClosestOtherLength(int[] sortedLengths, int length)
    {
        var first = LowerBound(sortedLengths, length);
        var afterLast = LowerBound(sortedLengths, length + 1);
        if (afterLast - first >= 2)
        {
            return length;
        }

        var hasShorter = first > 0;
        var hasLonger = afterLast < sortedLengths.Length;
        if (!hasLonger)
        {
            return sortedLengths[first - 1];
        }

        if (!hasShorter)
        {
            return sortedLengths[afterLast];
        }

        var shorter = sortedLengths[first - 1];
        var longer = sortedLengths[afterLast];
        return length - shorter <= longer - length ? shorter : longer;
    }

    // The index of the first element not less than value.
    private static int LowerBound(int[] sorted, int value)
    {
        var low = 0;
        var high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private struct GramStatistics
    {
        public int MaxCount;
        public int MaxText;
        public int SecondCount;
        public int CountInText;
        public int LastText;
    }
}
