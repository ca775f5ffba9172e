namespace FalseReject;

/// <summary>
/// Represents a proportion estimated from raw counts, with its Wilson score interval.
/// </summary>
/// <param name="Successes">The number of trials that count toward the rate.</param>
/// <param name="Trials">The number of trials.</param>
public readonly record struct RateEstimate(long Successes, long Trials)
{
    /// <summary>The normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Gets the rate, or <see cref="double.NaN"/> when there are no trials.</summary>
    public double Rate => Trials == 0 ? double.NaN : (double)Successes / Trials;

    /// <summary>Gets the lower bound of the Wilson 95% interval, or <see cref="double.NaN"/> when there are no trials.</summary>
    public double Lower => Wilson(Successes, Trials, Z95).Lower;

    /// <summary>Gets the upper bound of the Wilson 95% interval, or <see cref="double.NaN"/> when there are no trials.</summary>
    public double Upper => Wilson(Successes, Trials, Z95).Upper;

    /// <summary>
    /// Computes the Wilson score interval of a binomial proportion.
    /// </summary>
    /// <param name="successes">The number of successes.</param>
    /// <param name="trials">The number of trials.</param>
    /// <param name="z">The normal quantile; 1.96 for a 95% interval.</param>
    /// <returns>The bounds, or NaN bounds when <paramref name="trials"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The counts are negative or <paramref name="successes"/> exceeds <paramref name="trials"/>.</exception>
    public static (double Lower, double Upper) Wilson(long successes, long trials, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);

        if (trials == 0)
        {
            return (double.NaN, double.NaN);
        }

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + z2 / n;
        var center = (p + z2 / (2 * n)) / denominator;
        var margin = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return (Math.Max(0, center - margin), Math.Min(1, center + margin));
    }

    /// <inheritdoc />
    public override string ToString() => Trials == 0
        ? "n/a (0 judged)"
        : FormattableString.Invariant($"{Rate:P1} [{Lower:P1}, {Upper:P1}] ({Successes}/{Trials})");
}
