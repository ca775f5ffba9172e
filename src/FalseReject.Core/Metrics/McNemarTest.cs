namespace FalseReject;

/// <summary>
/// Provides the exact McNemar test for paired binary outcomes: a two-sided binomial test on the discordant pairs.
/// </summary>
public static class McNemarTest
{
    /// <summary>
    /// Computes the exact two-sided p-value from the two discordant counts.
    /// </summary>
    /// <param name="onlyFirst">The pairs where only the first target had the outcome.</param>
    /// <param name="onlySecond">The pairs where only the second target had the outcome.</param>
    /// <returns>The p-value; 1 when there are no discordant pairs.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static double ExactPValue(long onlyFirst, long onlySecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onlyFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(onlySecond);

        var n = onlyFirst + onlySecond;
        if (n == 0)
        {
            return 1.0;
        }

        var k = Math.Min(onlyFirst, onlySecond);

        // P(X <= k) for X ~ Binomial(n, 1/2), summed in log space so large n does not overflow.
        var logHalfToN = -n * Math.Log(2);
        var tail = 0.0;
        var logChoose = 0.0;
        for (long i = 0; i <= k; i++)
        {
            if (i > 0)
            {
                logChoose += Math.Log(n - i + 1) - Math.Log(i);
            }

            tail += Math.Exp(logChoose + logHalfToN);
        }

        return Math.Min(1.0, 2 * tail);
    }
}
