namespace FalseReject;

/// <summary>
/// Represents why one round's candidate was sent back, as the generator sees it in the next round.
/// </summary>
/// <param name="Round">The one-based round the candidate came from.</param>
/// <param name="Candidate">The candidate prompt that was sent back.</param>
/// <param name="Source">The step that sent it back.</param>
/// <param name="Message">The critique or reason, in words the generator can act on.</param>
public sealed record GenerationFeedback(int Round, string Candidate, FeedbackSource Source, string Message);
