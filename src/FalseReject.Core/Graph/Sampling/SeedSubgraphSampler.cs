namespace FalseReject;

/// <summary>
/// Provides samples that are one seed's own subgraph: the entities it mentions and the relations it states, in extraction order.
/// </summary>
/// <remarks>
/// When the seed mentions more than <see cref="GraphSampleRequest.MaxEntities"/> entities, the first ones are kept with the
/// relations between them. The random source is used only to choose a seed when the request names none. This type is thread safe.
/// </remarks>
public sealed class SeedSubgraphSampler : IGraphSampler
{
    /// <inheritdoc />
    public GraphSample Sample(EntityGraph graph, GraphSampleRequest request, Random random)
    {
        GraphSampling.Validate(graph, request, random);

        var seed = GraphSampling.ChooseSeed(graph, request, random);
        if (seed is null)
        {
            return GraphSampling.Empty(null);
        }

        var nodes = graph.GetSeedEntities(seed.Id).Take(request.MaxEntities).ToArray();
        var chosen = nodes.ToHashSet();
        var edges = graph.GetSeedRelations(seed.Id)
            .Where(edge => chosen.Contains(edge.Source) && chosen.Contains(edge.Target))
            .ToArray();
        return GraphSampling.Create(graph, seed, nodes, edges);
    }
}
