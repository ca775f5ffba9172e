namespace FalseReject;

// Steps shared by the samplers: argument checks, choosing the start seed and turning chosen vertices and edges
// into a GraphSample with its provenance.
internal static class GraphSampling
{
    private const int RandomSeedAttempts = 32;

    public static void Validate(EntityGraph graph, GraphSampleRequest request, Random random)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxEntities, 1, nameof(request));
    }

    // The requested seed, or a random seed that mentions at least one entity; null when there is none.
    public static SeedPrompt? ChooseSeed(EntityGraph graph, GraphSampleRequest request, Random random)
    {
        if (request.SeedId is not null)
        {
            return graph.TryGetSeed(request.SeedId, out var requested) ? requested : null;
        }

        var seeds = graph.Seeds;
        if (seeds.Count == 0)
        {
            return null;
        }

        for (var attempt = 0; attempt < RandomSeedAttempts; attempt++)
        {
            var candidate = seeds[random.Next(seeds.Count)];
            if (graph.GetSeedEntities(candidate.Id).Count > 0)
            {
                return candidate;
            }
        }

        // When random picks keep finding seeds without entities, scan once from a random offset.
        var offset = random.Next(seeds.Count);
        for (var i = 0; i < seeds.Count; i++)
        {
            var candidate = seeds[(offset + i) % seeds.Count];
            if (graph.GetSeedEntities(candidate.Id).Count > 0)
            {
                return candidate;
            }
        }

        return null;
    }

    public static void Shuffle<T>(IList<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    // Edges of the graph whose both ends are among the chosen vertices.
    public static List<RelationEdge> InducedEdges(EntityGraph graph, IReadOnlyCollection<EntityNode> nodes, HashSet<EntityNode> chosen)
    {
        var edges = new List<RelationEdge>();
        foreach (var node in nodes)
        {
            for (var i = 0; i < node.OutDegree; i++)
            {
                var edge = node.OutEdgeAt(i);
                if (chosen.Contains(edge.Target))
                {
                    edges.Add(edge);
                }
            }
        }

        return edges;
    }

    // SeedIds lists the start seed, then every seed that states an included relation, then the first seed of each
    // entity that no included relation covers, each once. The category is the start seed's, or else the most
    // frequent category among the sample's seeds.
    public static GraphSample Create(EntityGraph graph, SeedPrompt? startSeed, IReadOnlyList<EntityNode> nodes, IReadOnlyList<RelationEdge> edges)
    {
        var seedIds = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (startSeed is not null && seen.Add(startSeed.Id))
        {
            seedIds.Add(startSeed.Id);
        }

        var covered = new HashSet<EntityNode>();
        foreach (var edge in edges)
        {
            covered.Add(edge.Source);
            covered.Add(edge.Target);
            foreach (var seedId in edge.SeedIds)
            {
                if (seen.Add(seedId))
                {
                    seedIds.Add(seedId);
                }
            }
        }

        foreach (var node in nodes)
        {
            if (!covered.Contains(node) && node.SeedCount > 0)
            {
                var firstSeed = node.SeedIds[0];
                if (seen.Add(firstSeed))
                {
                    seedIds.Add(firstSeed);
                }
            }
        }

        return new GraphSample(
            nodes.Select(node => node.Entity).ToArray(),
            edges.Select(edge => edge.ToRelation()).ToArray(),
            seedIds)
        {
            CategoryId = startSeed?.CategoryId ?? MostFrequentCategory(graph, seedIds),
            SeedText = string.IsNullOrEmpty(startSeed?.Text) ? null : startSeed.Text,
        };
    }

    public static GraphSample Empty(SeedPrompt? startSeed) => new([], [], startSeed is null ? [] : [startSeed.Id])
    {
        CategoryId = startSeed?.CategoryId,
        SeedText = string.IsNullOrEmpty(startSeed?.Text) ? null : startSeed.Text,
    };

    private static string? MostFrequentCategory(EntityGraph graph, List<string> seedIds)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        foreach (var seedId in seedIds)
        {
            if (graph.TryGetSeed(seedId, out var seed) && seed.CategoryId is { } category)
            {
                counts[category] = counts.GetValueOrDefault(category) + 1;
                if (best is null || counts[category] > counts[best])
                {
                    best = category;
                }
            }
        }

        return best;
    }
}
