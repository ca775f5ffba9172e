namespace FalseReject;

/// <summary>
/// Provides samples that favour rarely used entities and relations, so that coverage of the graph grows across a run.
/// </summary>
/// <remarks>
/// <para>The sample starts at the least used entity: among the requested seed's entities when the request names a seed,
/// otherwise among all entities; ties are broken at random. It then grows one entity at a time along the incident edge
/// with the lowest use count, ties going to the less used neighbour and then to chance, until
/// <see cref="GraphSampleRequest.MaxEntities"/> is reached or no edge leads further. The relations are the edges it grew along.</para>
/// <para>Every sample returned is recorded in the tracker, because a drawn sample is taken to be used. Choosing the start
/// among all entities scans every vertex, so one sample costs time linear in the vertex count.</para>
/// <para>This type is thread safe; concurrent callers may draw overlapping samples because usage is recorded after each one is drawn.</para>
/// </remarks>
public sealed class CoverageSampler : IGraphSampler
{
    /// <summary>
    /// Initializes a new instance of the <see cref="CoverageSampler"/> class.
    /// </summary>
    /// <param name="usage">The usage counts to favour rare entities by and to record samples in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="usage"/> is <see langword="null"/>.</exception>
    public CoverageSampler(GraphUsageTracker usage)
    {
        ArgumentNullException.ThrowIfNull(usage);

        Usage = usage;
    }

    /// <summary>Gets the usage counts.</summary>
    public GraphUsageTracker Usage { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="graph"/> is not the graph of <see cref="Usage"/>.</exception>
    public GraphSample Sample(EntityGraph graph, GraphSampleRequest request, Random random)
    {
        GraphSampling.Validate(graph, request, random);
        if (!ReferenceEquals(graph, Usage.Graph))
        {
            throw new ArgumentException("The graph differs from the graph the usage tracker counts; create the tracker for this graph.", nameof(graph));
        }

        SeedPrompt? seed = null;
        if (request.SeedId is not null && !graph.TryGetSeed(request.SeedId, out seed))
        {
            return GraphSampling.Empty(null);
        }

        var usage = Usage.SnapshotVertexUsage();
        var start = seed is null
            ? LeastUsed(graph.Vertices, usage, random)
            : LeastUsed(graph.GetSeedEntities(seed.Id), usage, random);
        if (start is null)
        {
            return GraphSampling.Empty(seed);
        }

        var nodes = new List<EntityNode> { start };
        var chosen = new HashSet<EntityNode> { start };
        var edges = new List<RelationEdge>();
        while (nodes.Count < request.MaxEntities)
        {
            var next = LeastUsedEdgeOut(nodes, chosen, usage, random);
            if (next is null)
            {
                break;
            }

            var (edge, neighbor) = next.Value;
            edges.Add(edge);
            chosen.Add(neighbor);
            nodes.Add(neighbor);
        }

        var sample = GraphSampling.Create(graph, seed ?? FirstSeedOf(graph, start), nodes, edges);
        Usage.Record(sample);
        return sample;
    }

    private static SeedPrompt? FirstSeedOf(EntityGraph graph, EntityNode node) =>
        node.SeedCount > 0 && graph.TryGetSeed(node.SeedIds[0], out var seed) ? seed : null;

    // Reservoir sampling over the vertices with the lowest count, so each of them is equally likely.
    private static EntityNode? LeastUsed(IReadOnlyList<EntityNode> nodes, int[] usage, Random random)
    {
        EntityNode? best = null;
        var bestUsage = int.MaxValue;
        var ties = 0;
        foreach (var node in nodes)
        {
            var count = usage[node.Id];
            if (count < bestUsage)
            {
                best = node;
                bestUsage = count;
                ties = 1;
            }
            else if (count == bestUsage && random.Next(++ties) == 0)
            {
                best = node;
            }
        }

        return best;
    }

    private (RelationEdge Edge, EntityNode Neighbor)? LeastUsedEdgeOut(List<EntityNode> nodes, HashSet<EntityNode> chosen, int[] usage, Random random)
    {
        (RelationEdge Edge, EntityNode Neighbor)? best = null;
        (int EdgeUsage, int VertexUsage) bestKey = (int.MaxValue, int.MaxValue);
        var ties = 0;
        foreach (var node in nodes)
        {
            for (var i = 0; i < node.Degree; i++)
            {
                var edge = node.IncidentEdgeAt(i);
                var neighbor = ReferenceEquals(edge.Source, node) ? edge.Target : edge.Source;
                if (chosen.Contains(neighbor))
                {
                    continue;
                }

                var key = (Usage.GetUsage(edge), usage[neighbor.Id]);
                var order = key.CompareTo(bestKey);
                if (order < 0)
                {
                    best = (edge, neighbor);
                    bestKey = key;
                    ties = 1;
                }
                else if (order == 0 && random.Next(++ties) == 0)
                {
                    best = (edge, neighbor);
                }
            }
        }

        return best;
    }
}
