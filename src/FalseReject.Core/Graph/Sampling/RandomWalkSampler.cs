namespace FalseReject;

/// <summary>
/// Provides samples drawn by a weighted random walk over the merged graph from one of a seed's entities: each step
/// follows an incident edge, in either direction, with probability proportional to its weight.
/// </summary>
/// <remarks>
/// The walk returns to its start with the restart probability at each step, and stops when it has visited
/// <see cref="GraphSampleRequest.MaxEntities"/> entities, reached a vertex with no edges, or taken the maximum number of
/// steps. The relations are the edges the walk followed, each once. This type is thread safe.
/// </remarks>
public sealed class RandomWalkSampler : IGraphSampler
{
    /// <summary>
    /// Initializes a new instance of the <see cref="RandomWalkSampler"/> class.
    /// </summary>
    /// <param name="maxSteps">The maximum number of steps of one walk.</param>
    /// <param name="restartProbability">The probability of returning to the start vertex before each step, from 0 to below 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSteps"/> is less than 1, or <paramref name="restartProbability"/> is outside [0, 1).</exception>
    public RandomWalkSampler(int maxSteps = FalseRejectDefaults.RandomWalkSamplerMaxSteps, double restartProbability = FalseRejectDefaults.RandomWalkSamplerRestartProbability)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        if (!(restartProbability >= 0 && restartProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(restartProbability), restartProbability, "The restart probability must be at least 0 and below 1.");
        }

        MaxSteps = maxSteps;
        RestartProbability = restartProbability;
    }

    /// <summary>Gets the maximum number of steps of one walk.</summary>
    public int MaxSteps { get; }

    /// <summary>Gets the probability of returning to the start vertex before each step.</summary>
    public double RestartProbability { get; }

    /// <inheritdoc />
    public GraphSample Sample(EntityGraph graph, GraphSampleRequest request, Random random)
    {
        GraphSampling.Validate(graph, request, random);

        var seed = GraphSampling.ChooseSeed(graph, request, random);
        var seedEntities = seed is null ? [] : graph.GetSeedEntities(seed.Id);
        if (seedEntities.Count == 0)
        {
            return GraphSampling.Empty(seed);
        }

        var start = seedEntities[random.Next(seedEntities.Count)];
        var nodes = new List<EntityNode> { start };
        var chosen = new HashSet<EntityNode> { start };
        var edges = new List<RelationEdge>();
        var followed = new HashSet<RelationEdge>();
        var current = start;
        for (var step = 0; step < MaxSteps && nodes.Count < request.MaxEntities; step++)
        {
            if (step > 0 && random.NextDouble() < RestartProbability)
            {
                current = start;
            }

            if (ChooseEdge(current, random) is not { } edge)
            {
                break;
            }

            if (followed.Add(edge))
            {
                edges.Add(edge);
            }

            current = ReferenceEquals(edge.Source, current) ? edge.Target : edge.Source;
            if (chosen.Add(current))
            {
                nodes.Add(current);
            }
        }

        return GraphSampling.Create(graph, seed, nodes, edges);
    }

    // An incident edge with probability proportional to its weight; uniform when every weight is 0.
    private static RelationEdge? ChooseEdge(EntityNode node, Random random)
    {
        var degree = node.Degree;
        if (degree == 0)
        {
            return null;
        }

        var total = 0.0;
        for (var i = 0; i < degree; i++)
        {
            total += node.IncidentEdgeAt(i).Weight;
        }

        if (total <= 0)
        {
            return node.IncidentEdgeAt(random.Next(degree));
        }

        var threshold = random.NextDouble() * total;
        for (var i = 0; i < degree; i++)
        {
            var edge = node.IncidentEdgeAt(i);
            threshold -= edge.Weight;
            if (threshold < 0)
            {
                return edge;
            }
        }

        return node.IncidentEdgeAt(degree - 1);
    }
}
