using QuikGraph;

namespace FalseReject;

/// <summary>
/// Represents an edge of an <see cref="EntityGraph"/>: one labelled relation between two entities, merged across
/// every seed that states it.
/// </summary>
/// <remarks>
/// An edge is a handle: its graph stores the label, weight and seeds in arrays indexed by <see cref="Id"/>, so a graph of
/// a million relations has no object per edge for the garbage collector to trace. Reading an edge while its graph is
/// being built is not thread safe. The default instance belongs to no graph and must not be used.
/// </remarks>
public readonly struct RelationEdge : IEdge<EntityNode>, IEquatable<RelationEdge>
{
    private readonly EntityGraph _graph;

    internal RelationEdge(EntityGraph graph, int id)
    {
        _graph = graph;
        Id = id;
    }

    /// <summary>Gets the dense index of the edge in its graph, from 0 to <see cref="EntityGraph.EdgeCount"/> - 1.</summary>
    public int Id { get; }

    /// <summary>Gets the source entity.</summary>
    public EntityNode Source => _graph.Vertices[_graph.EdgeStore.Source[Id]];

    /// <summary>Gets the target entity.</summary>
    public EntityNode Target => _graph.Vertices[_graph.EdgeStore.Target[Id]];

    /// <summary>Gets the normalised relation label, such as <c>used to make</c>.</summary>
    public string Label => _graph.LabelOf(_graph.EdgeStore.Label[Id]);

    /// <summary>Gets the edge weight: the sum of the weights of every extraction that stated the relation, 1 each by default.</summary>
    public double Weight => _graph.EdgeStore.Weight[Id];

    /// <summary>Gets the number of distinct seeds that state the relation.</summary>
    public int SeedCount => _graph.EdgeStore.Seeds[Id].Count;

    /// <summary>Gets the ids of the seeds that state the relation, in the order the seeds were added to the graph.</summary>
    public IReadOnlyList<string> SeedIds => _graph.ToSeedIds(_graph.EdgeStore.Seeds[Id].ToSortedArray());

    internal EntityGraph Graph => _graph;

    /// <summary>Returns whether two edges are the same edge of the same graph.</summary>
    /// <param name="left">The first edge.</param>
    /// <param name="right">The second edge.</param>
    /// <returns><see langword="true"/> when both are the same edge.</returns>
    public static bool operator ==(RelationEdge left, RelationEdge right) => left.Equals(right);

    /// <summary>Returns whether two edges differ.</summary>
    /// <param name="left">The first edge.</param>
    /// <param name="right">The second edge.</param>
    /// <returns><see langword="true"/> when they are different edges.</returns>
    public static bool operator !=(RelationEdge left, RelationEdge right) => !left.Equals(right);

    /// <summary>
    /// Returns the relation this edge stands for.
    /// </summary>
    /// <returns>The relation between the two entities.</returns>
    public EntityRelation ToRelation() => new(Source.Entity, Label, Target.Entity);

    /// <inheritdoc />
    public bool Equals(RelationEdge other) => ReferenceEquals(_graph, other._graph) && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RelationEdge other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Id;

    /// <inheritdoc />
    public override string ToString() => _graph is null ? "(no edge)" : $"{Source.Entity.Name} -[{Label}]-> {Target.Entity.Name}";
}
