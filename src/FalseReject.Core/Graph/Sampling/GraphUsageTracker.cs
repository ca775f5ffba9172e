namespace FalseReject;

/// <summary>
/// Provides counts of how often each entity and relation of a graph has been used by generated prompts, so coverage can
/// be measured and <see cref="CoverageSampler"/> can favour what is rarely used.
/// </summary>
/// <remarks>This type is thread safe. Entities and relations added to the graph after the tracker was created are tracked too.</remarks>
public sealed class GraphUsageTracker
{
    private readonly Lock _gate = new();
    private int[] _vertexUsage;
    private int[] _edgeUsage;
    private int _usedVertexCount;
    private int _usedEdgeCount;
    private int _sampleCount;

    /// <summary>
    /// Initializes a new instance of the <see cref="GraphUsageTracker"/> class.
    /// </summary>
    /// <param name="graph">The graph whose usage is counted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    public GraphUsageTracker(EntityGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);

        Graph = graph;
        _vertexUsage = new int[graph.VertexCount];
        _edgeUsage = new int[graph.EdgeCount];
    }

    /// <summary>Gets the graph whose usage is counted.</summary>
    public EntityGraph Graph { get; }

    /// <summary>Gets the number of distinct entities used at least once.</summary>
    public int UsedVertexCount
    {
        get
        {
            lock (_gate)
            {
                return _usedVertexCount;
            }
        }
    }

    /// <summary>Gets the number of distinct relations used at least once.</summary>
    public int UsedEdgeCount
    {
        get
        {
            lock (_gate)
            {
                return _usedEdgeCount;
            }
        }
    }

    /// <summary>Gets the number of samples recorded.</summary>
    public int SampleCount
    {
        get
        {
            lock (_gate)
            {
                return _sampleCount;
            }
        }
    }

    /// <summary>
    /// Counts one use of every entity and relation of a sample. Entities and relations the graph does not contain are ignored.
    /// </summary>
    /// <param name="sample">The sample a prompt was generated from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sample"/> is <see langword="null"/>.</exception>
    public void Record(GraphSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);

        var nodes = new List<EntityNode>();
        foreach (var entity in sample.Entities)
        {
            if (entity is not null && Graph.TryGetVertex(entity, out var node))
            {
                nodes.Add(node);
            }
        }

        var edges = new List<RelationEdge>();
        foreach (var relation in sample.Relations)
        {
            if (relation is not null && Graph.TryGetEdge(relation, out var edge))
            {
                edges.Add(edge);
            }
        }

        lock (_gate)
        {
            EnsureCapacity();
            foreach (var node in nodes)
            {
                if (_vertexUsage[node.Id]++ == 0)
                {
                    _usedVertexCount++;
                }
            }

            foreach (var edge in edges)
            {
                if (_edgeUsage[edge.Id]++ == 0)
                {
                    _usedEdgeCount++;
                }
            }

            _sampleCount++;
        }
    }

    /// <summary>
    /// Returns how many recorded samples contained an entity.
    /// </summary>
    /// <param name="node">A vertex of <see cref="Graph"/>.</param>
    /// <returns>The use count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is <see langword="null"/>.</exception>
    public int GetUsage(EntityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        lock (_gate)
        {
            return node.Id < _vertexUsage.Length ? _vertexUsage[node.Id] : 0;
        }
    }

    /// <summary>
    /// Returns how many recorded samples contained a relation.
    /// </summary>
    /// <param name="edge">An edge of <see cref="Graph"/>.</param>
    /// <returns>The use count.</returns>
    public int GetUsage(RelationEdge edge)
    {
        lock (_gate)
        {
            return edge.Id < _edgeUsage.Length ? _edgeUsage[edge.Id] : 0;
        }
    }

    // A copy of the vertex counts, indexed by vertex id, for samplers that scan every vertex.
    internal int[] SnapshotVertexUsage()
    {
        lock (_gate)
        {
            EnsureCapacity();
            return (int[])_vertexUsage.Clone();
        }
    }

    private void EnsureCapacity()
    {
        if (_vertexUsage.Length < Graph.VertexCount)
        {
            Array.Resize(ref _vertexUsage, Graph.VertexCount);
        }

        if (_edgeUsage.Length < Graph.EdgeCount)
        {
            Array.Resize(ref _edgeUsage, Graph.EdgeCount);
        }
    }
}
