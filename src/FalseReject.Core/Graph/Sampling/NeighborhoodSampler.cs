namespace FalseReject;

/// <summary>
/// Provides samples from the k-hop neighbourhood of a seed's entities in the merged graph, following edges in both
/// directions, so a sample mixes a seed's entities with related entities from other seeds.
/// </summary>
/// <remarks>
/// The seed's entities come first, in random order. Each further hop adds neighbours of the previous hop in random order
/// until <see cref="GraphSampleRequest.MaxEntities"/> is reached. The relations are every edge between the chosen entities.
/// This type is thread safe.
/// </remarks>
public sealed class NeighborhoodSampler : IGraphSampler
{
    /// <summary>
    /// Initializes a new instance of the <see cref="NeighborhoodSampler"/> class.
    /// </summary>
    /// <param name="hops">The number of hops from the seed's entities; 0 keeps only the seed's entities.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hops"/> is negative.</exception>
    public NeighborhoodSampler(int hops = FalseRejectDefaults.NeighborhoodSamplerHops)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hops);

        Hops = hops;
    }

    /// <summary>Gets the number of hops from the seed's entities.</summary>
    public int Hops { get; }

    /// <inheritdoc />
    public GraphSample Sample(EntityGraph graph, GraphSampleRequest request, Random random)
    {
        GraphSampling.Validate(graph, request, random);

        var seed = GraphSampling.ChooseSeed(graph, request, random);
        if (seed is null)
        {
            return GraphSampling.Empty(null);
        }

        var frontier = graph.GetSeedEntities(seed.Id).ToList();
        GraphSampling.Shuffle(frontier, random);
        var nodes = new List<EntityNode>();
        var chosen = new HashSet<EntityNode>();
        AddUpToLimit(frontier, nodes, chosen, request.MaxEntities);

        for (var hop = 0; hop < Hops && nodes.Count < request.MaxEntities && frontier.Count > 0; hop++)
        {
            var next = new List<EntityNode>();
            var queued = new HashSet<EntityNode>();
            foreach (var node in frontier)
            {
                for (var i = 0; i < node.Degree; i++)
                {
                    var edge = node.IncidentEdgeAt(i);
                    var neighbor = ReferenceEquals(edge.Source, node) ? edge.Target : edge.Source;
                    if (!chosen.Contains(neighbor) && queued.Add(neighbor))
                    {
                        next.Add(neighbor);
                    }
                }
            }

            GraphSampling.Shuffle(next, random);
            frontier = next;
            AddUpToLimit(frontier, nodes, chosen, request.MaxEntities);
        }

        return GraphSampling.Create(graph, seed, nodes, GraphSampling.InducedEdges(graph, nodes, chosen));
    }

    private static void AddUpToLimit(List<EntityNode> candidates, List<EntityNode> nodes, HashSet<EntityNode> chosen, int maxEntities)
    {
        foreach (var candidate in candidates)
        {
            if (nodes.Count == maxEntities)
            {
                return;
            }

            if (chosen.Add(candidate))
            {
                nodes.Add(candidate);
            }
        }
    }
}
