namespace FalseReject;

/// <summary>
/// Provides the keyed-service keys of the graph samplers <c>AddFalseReject</c> registers. The unkeyed
/// <see cref="IGraphSampler"/> is the neighbourhood sampler. <see cref="CoverageSampler"/> is not registered, because it
/// needs the <see cref="GraphUsageTracker"/> of one graph.
/// </summary>
public static class GraphSamplerKeys
{
    /// <summary>The key of the <see cref="SeedSubgraphSampler"/>.</summary>
    public const string SeedSubgraph = "falsereject:sampler:seed-subgraph";

    /// <summary>The key of the one-hop <see cref="NeighborhoodSampler"/>.</summary>
    public const string Neighborhood = "falsereject:sampler:neighborhood";

    /// <summary>The key of the <see cref="RandomWalkSampler"/> with default settings.</summary>
    public const string RandomWalk = "falsereject:sampler:random-walk";
}
