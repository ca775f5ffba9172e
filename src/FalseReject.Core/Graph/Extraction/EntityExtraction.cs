namespace FalseReject;

/// <summary>
/// Represents the candidate entity lists one seed produced, one per successful extraction sample.
/// </summary>
/// <param name="Candidates">The candidate lists, in sample order; empty when every sample failed.</param>
/// <param name="Failures">The failed samples and attempts, with their raw output.</param>
public sealed record EntityExtraction(IReadOnlyList<IReadOnlyList<Entity>> Candidates, IReadOnlyList<ExtractionFailure> Failures);
