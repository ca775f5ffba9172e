namespace FalseReject;

/// <summary>
/// Represents what the generator works from in one round: the graph sample, the target category and the feedback so far.
/// </summary>
/// <param name="Sample">The graph sample (seed text, entities and relations).</param>
/// <param name="Category">The category the candidate should fall in.</param>
/// <param name="Feedback">Why earlier candidates of this seed were sent back, oldest first.</param>
/// <param name="Round">The one-based round number.</param>
public sealed record GenerationRequest(GraphSample Sample, TaxonomyCategory Category, IReadOnlyList<GenerationFeedback> Feedback, int Round);
