namespace FalseReject;

/// <summary>
/// Specifies which step of the generation loop sent a candidate back to the generator.
/// </summary>
public enum FeedbackSource
{
    /// <summary>The candidate repeats or nearly repeats an accepted case.</summary>
    Duplicate,

    /// <summary>The discriminator judged the candidate genuinely unsafe.</summary>
    Discriminator,

    /// <summary>No member of the refusal pool refused the candidate.</summary>
    RefusalPool,

    /// <summary>The orchestrator judged the candidate an invalid over-refusal case.</summary>
    Orchestrator,
}
