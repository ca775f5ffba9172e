namespace FalseReject;

/// <summary>
/// Specifies how one round of the generation loop ended.
/// </summary>
public enum RoundOutcome
{
    /// <summary>The candidate passed every check.</summary>
    Accepted,

    /// <summary>The candidate repeated or nearly repeated an accepted case.</summary>
    Duplicate,

    /// <summary>The discriminator judged the candidate genuinely unsafe.</summary>
    GenuinelyUnsafe,

    /// <summary>Too few refusal pool members refused the candidate.</summary>
    NotRefused,

    /// <summary>The orchestrator judged the candidate an invalid over-refusal case.</summary>
    Invalid,

    /// <summary>A role could not produce a usable result; the round's role output records why.</summary>
    RoleFailed,

    /// <summary>The candidate passed, but its category had reached its quota.</summary>
    QuotaReached,
}
