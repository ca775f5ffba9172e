namespace FalseReject;

/// <summary>
/// Represents one round of the generation loop for a seed: the candidate and every check it went through.
/// </summary>
public sealed record GenerationRound
{
    /// <summary>Gets the one-based round number.</summary>
    public required int Number { get; init; }

    /// <summary>Gets the generator's output: the candidate and its rationale, or why there is none.</summary>
    public required GeneratedCandidate Generation { get; init; }

    /// <summary>Gets the accepted case the candidate duplicated, or <see langword="null"/>.</summary>
    public DuplicateMatch? Duplicate { get; init; }

    /// <summary>Gets the discriminator's verdict, or <see langword="null"/> when the round ended earlier.</summary>
    public RoleVerdict? Discrimination { get; init; }

    /// <summary>Gets the refusal pool's answers and labels, or <see langword="null"/> when the round ended earlier.</summary>
    public RefusalPoolResult? Pool { get; init; }

    /// <summary>Gets the orchestrator's verdict, or <see langword="null"/> when the round ended earlier.</summary>
    public RoleVerdict? Orchestration { get; init; }

    /// <summary>Gets the feedback sent to the generator for the next round, or <see langword="null"/> when none was sent.</summary>
    public GenerationFeedback? Feedback { get; init; }

    /// <summary>Gets how the round ended.</summary>
    public required RoundOutcome Outcome { get; init; }
}
