namespace FalseReject;

/// <summary>
/// Specifies how the generation loop ended for one seed.
/// </summary>
public enum GenerationStatus
{
    /// <summary>A candidate passed every check and was kept as an over-refusal case.</summary>
    Accepted,

    /// <summary>No candidate passed within the maximum number of rounds.</summary>
    Rejected,

    /// <summary>A role threw or returned output that could not be read; the error and the trail are kept.</summary>
    Failed,

    /// <summary>The seed's category had reached its quota, so the seed was not used or its case was not kept.</summary>
    QuotaReached,
}
