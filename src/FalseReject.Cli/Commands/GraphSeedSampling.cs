namespace FalseReject.Cli;

/// <summary>
/// Provides the graph side of <c>falsereject generate --graph</c>: each seed found in a saved entity graph is replaced by
/// a sample of that graph around it, so the generator sees related concepts from other seeds too.
/// </summary>
internal static class GraphSeedSampling
{
    public const string SamplerNames = "seed-subgraph, neighborhood, random-walk";

    public static IGraphSampler CreateSampler(string name) => name.Trim().ToLowerInvariant() switch
    {
        "seed-subgraph" => new SeedSubgraphSampler(),
        "neighborhood" => new NeighborhoodSampler(),
        "random-walk" => new RandomWalkSampler(),
        _ => throw new CliInputException($"Unknown --sampler '{name}'; use one of: {SamplerNames}."),
    };

    /// <summary>
    /// Samples the graph for every seed it knows; seeds it does not know keep their text-only sample.
    /// </summary>
    /// <returns>The samples in seed order, and how many seeds the graph did not know.</returns>
    public static (IReadOnlyList<GraphSample> Samples, int Missing) Apply(
        IReadOnlyList<GraphSample> seeds, EntityGraph graph, IGraphSampler sampler, int randomSeed)
    {
        var random = new Random(randomSeed);
        var samples = new List<GraphSample>(seeds.Count);
        var missing = 0;
        foreach (var seed in seeds)
        {
            var seedId = seed.SeedIds.Count > 0 ? seed.SeedIds[0] : null;
            if (seedId is null || !graph.TryGetSeed(seedId, out _))
            {
                missing++;
                samples.Add(seed);
                continue;
            }

            var sample = sampler.Sample(graph, new GraphSampleRequest(seedId), random);
            samples.Add(sample with { SeedText = seed.SeedText, CategoryId = seed.CategoryId ?? sample.CategoryId });
        }

        return (samples, missing);
    }
}
