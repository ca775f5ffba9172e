namespace FalseReject;

/// <summary>
/// Represents what the discriminator judges: a candidate prompt, its category and the sample it came from.
/// </summary>
/// <param name="Prompt">The candidate prompt.</param>
/// <param name="Category">The target category.</param>
/// <param name="Sample">The graph sample the candidate came from.</param>
public sealed record DiscriminationRequest(string Prompt, TaxonomyCategory Category, GraphSample Sample);
