namespace FalseReject;

// Self-BLEU in O(total tokens * max order) time plus sorting the text lengths, with results equal to
// scoring every text with nltk 3.8's sentence_bleu against all other texts.
//
// For an n-gram g with count c in the hypothesis, nltk clips c to the maximum count of g over the references,
// that is over all other texts. Keeping, per n-gram, the largest count, the text that has it and the second
// largest count (from another text, equal to the largest on a tie) gives that maximum in O(1): the second
// largest when the hypothesis is the text with the largest count, the largest otherwise. The closest reference
// length is the closest other length in the sorted lengths, found by binary search after excluding the
// hypothesis itself once, with ties going to the shorter length as in nltk's closest_ref_length.
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
        var gramCount = corpus.DistinctCount(order);
        var maxCount = new int[gramCount];
        var maxText = new int[gramCount];
        var secondCount = new int[gramCount];
        var countInText = new int[gramCount];
        var lastText = new int[gramCount];
        Array.Fill(lastText, -1);
        var distinct = new List<int>();

        for (var text = 0; text < textCount; text++)
        {
            CountGrams(corpus.GramsOf(text, order), text, countInText, lastText, distinct);
            foreach (var gram in distinct)
            {
                var count = countInText[gram];
                if (count > maxCount[gram])
                {
                    secondCount[gram] = maxCount[gram];
                    maxCount[gram] = count;
                    maxText[gram] = text;
                }
                else if (count > secondCount[gram])
                {
                    secondCount[gram] = count;
                }
            }
        }

        var clipped = new int[textCount];
        Array.Fill(lastText, -1);
        for (var text = 0; text < textCount; text++)
        {
            CountGrams(corpus.GramsOf(text, order), text, countInText, lastText, distinct);
            var sum = 0;
            foreach (var gram in distinct)
            {
                var maxInOthers = maxText[gram] == text ? secondCount[gram] : maxCount[gram];
                sum += Math.Min(countInText[gram], maxInOthers);
            }

            clipped[text] = sum;
        }

        return clipped;
    }

    // Counts each n-gram of one text into countInText, listing each distinct n-gram once in distinct;
    // lastText marks which text a count belongs to, so the arrays need no clearing between texts.
    private static void CountGrams(ReadOnlySpan<int> grams, int text, int[] countInText, int[] lastText, List<int> distinct)
    {
        distinct.Clear();
        foreach (var gram in grams)
        {
            if (lastText[gram] != text)
            {
                lastText[gram] = text;
                countInText[gram] = 0;
                distinct.Add(gram);
            }

            countInText[gram]++;
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
}
