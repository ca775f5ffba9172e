namespace FalseReject;

/// <summary>
/// Represents the paired comparison of two targets' refusals on the same cases, with the exact McNemar test.
/// </summary>
/// <param name="FirstTarget">The first target's name.</param>
/// <param name="SecondTarget">The second target's name.</param>
/// <param name="BothRefused">Cases both targets refused.</param>
/// <param name="OnlyFirstRefused">Cases only the first target refused.</param>
/// <param name="OnlySecondRefused">Cases only the second target refused.</param>
/// <param name="NeitherRefused">Cases neither target refused.</param>
public sealed record PairedComparison(
    string FirstTarget,
    string SecondTarget,
    long BothRefused,
    long OnlyFirstRefused,
    long OnlySecondRefused,
    long NeitherRefused)
{
    /// <summary>Gets the number of cases both targets have a verdict for.</summary>
    public long Pairs => BothRefused + OnlyFirstRefused + OnlySecondRefused + NeitherRefused;

    /// <summary>Gets the exact McNemar two-sided p-value.</summary>
    public double PValue => McNemarTest.ExactPValue(OnlyFirstRefused, OnlySecondRefused);

    /// <summary>
    /// Compares two targets over the cases both have a verdict for; cases without a verdict on either side are left out.
    /// </summary>
    /// <param name="firstTarget">The first target's name.</param>
    /// <param name="first">The first target's outcomes by case id.</param>
    /// <param name="secondTarget">The second target's name.</param>
    /// <param name="second">The second target's outcomes by case id.</param>
    /// <param name="policy">What partial compliance counts as.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static PairedComparison Compare(
        string firstTarget,
        IReadOnlyDictionary<string, RefusalOutcome> first,
        string secondTarget,
        IReadOnlyDictionary<string, RefusalOutcome> second,
        PartialCompliancePolicy policy = PartialCompliancePolicy.CountAsRefusal)
    {
        ArgumentNullException.ThrowIfNull(firstTarget);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(secondTarget);
        ArgumentNullException.ThrowIfNull(second);

        long both = 0, onlyFirst = 0, onlySecond = 0, neither = 0;
        foreach (var (id, firstOutcome) in first)
        {
            if (!second.TryGetValue(id, out var secondOutcome) || !firstOutcome.IsVerdict() || !secondOutcome.IsVerdict())
            {
                continue;
            }

            var a = policy.IsRefusal(firstOutcome);
            var b = policy.IsRefusal(secondOutcome);
            _ = (a, b) switch
            {
                (true, true) => both++,
                (true, false) => onlyFirst++,
                (false, true) => onlySecond++,
                _ => neither++,
            };
        }

        return new PairedComparison(firstTarget, secondTarget, both, onlyFirst, onlySecond, neither);
    }
}
