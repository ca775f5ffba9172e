namespace FalseReject;

/// <summary>
/// Represents what a generator asks an <see cref="IGraphSampler"/> for.
/// </summary>
/// <param name="SeedId">The seed to start from, or <see langword="null"/> to let the sampler choose one with the given random source.</param>
public sealed record GraphSampleRequest(string? SeedId = null)
{
    /// <summary>Gets the maximum number of entities in the sample; must be at least 1.</summary>
    /// <value>The default value is 8.</value>
    public int MaxEntities { get; init; } = FalseRejectDefaults.GraphSampleMaxEntities;
}
