namespace FalseReject;

/// <summary>
/// Represents a vertex of an <see cref="EntityGraph"/>: one entity, merged across every seed that mentions it.
/// </summary>
/// <remarks>Instances are created and updated only by their graph; reading them while the graph is being built is not thread safe.</remarks>
public sealed class EntityNode
{
    private readonly EntityGraph _owner;
    private SeedIndexSet _seeds;

    // Adjacency as growable arrays of edge ids on the vertex, because QuikGraph's BidirectionalGraph, which keeps an
    // edge object in a list per vertex, took several times longer to add a million edges than the rest of the build.
    private int[] _outEdges = [];
    private int[] _inEdges = [];

    internal EntityNode(EntityGraph owner, int id, Entity entity)
    {
        _owner = owner;
        Id = id;
        Entity = entity;
    }

    /// <summary>Gets the dense index of the vertex in its graph, from 0 to <see cref="EntityGraph.VertexCount"/> - 1.</summary>
    public int Id { get; }

    /// <summary>Gets the entity with its normalised name and type.</summary>
    public Entity Entity { get; }

    /// <summary>Gets the number of distinct seeds that mention the entity.</summary>
    public int SeedCount => _seeds.Count;

    /// <summary>Gets the ids of the seeds that mention the entity, in the order the seeds were added to the graph.</summary>
    public IReadOnlyList<string> SeedIds => _owner.ToSeedIds(_seeds.ToSortedArray());

    /// <summary>Gets the edges that leave the entity, in the order they were added.</summary>
    public IReadOnlyList<RelationEdge> OutEdges => new RelationEdgeList(_owner, new ArraySegment<int>(_outEdges, 0, OutDegree));

    /// <summary>Gets the edges that enter the entity, in the order they were added.</summary>
    public IReadOnlyList<RelationEdge> InEdges => new RelationEdgeList(_owner, new ArraySegment<int>(_inEdges, 0, InDegree));

    /// <summary>Gets the number of edges that leave the entity.</summary>
    public int OutDegree { get; private set; }

    /// <summary>Gets the number of edges that enter the entity.</summary>
    public int InDegree { get; private set; }

    /// <summary>Gets the number of edges that leave or enter the entity; a self-loop counts twice.</summary>
    public int Degree => OutDegree + InDegree;

    internal RelationEdge OutEdgeAt(int index) => new(_owner, _outEdges[index]);

    // Out-edges first, then in-edges; index < Degree.
    internal RelationEdge IncidentEdgeAt(int index) => new(_owner, index < OutDegree ? _outEdges[index] : _inEdges[index - OutDegree]);

    internal void AddOutEdge(int edgeId) => OutDegree = Append(ref _outEdges, OutDegree, edgeId);

    internal void AddInEdge(int edgeId) => InDegree = Append(ref _inEdges, InDegree, edgeId);

    internal bool AddSeed(int seedIndex) => _seeds.Add(seedIndex);

    internal bool HasSeed(int seedIndex) => _seeds.Contains(seedIndex);

    private static int Append(ref int[] edges, int count, int edge)
    {
        if (count == edges.Length)
        {
            Array.Resize(ref edges, Math.Max(4, count * 2));
        }

        edges[count] = edge;
        return count + 1;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Entity.Name} ({Entity.Type})";
}
