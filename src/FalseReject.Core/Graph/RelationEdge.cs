using QuikGraph;

namespace FalseReject;

/// <summary>
/// Represents an edge of an <see cref="EntityGraph"/>: one labelled relation between two entities, merged across
/// every seed that states it.
/// </summary>
/// <remarks>Instances are created and updated only by their graph; reading them while the graph is being built is not thread safe.</remarks>
public sealed class RelationEdge : IEdge<EntityNode>
{
    private readonly EntityGraph _owner;
    private SeedIndexSet _seeds;

    internal RelationEdge(EntityGraph owner, int id, EntityNode source, int labelId, string label, EntityNode target)
    {
        _owner = owner;
        Id = id;
        Source = source;
        LabelId = labelId;
        Label = label;
        Target = target;
    }

    /// <summary>Gets the dense index of the edge in its graph, from 0 to <see cref="EntityGraph.EdgeCount"/> - 1.</summary>
    public int Id { get; }

    /// <summary>Gets the source entity.</summary>
    public EntityNode Source { get; }

    /// <summary>Gets the target entity.</summary>
    public EntityNode Target { get; }

    /// <summary>Gets the normalised relation label, such as <c>used to make</c>.</summary>
    public string Label { get; }

    /// <summary>Gets the edge weight: the sum of the weights of every extraction that stated the relation, 1 each by default.</summary>
    public double Weight { get; internal set; }

    /// <summary>Gets the number of distinct seeds that state the relation.</summary>
    public int SeedCount => _seeds.Count;

    /// <summary>Gets the ids of the seeds that state the relation, in the order the seeds were added to the graph.</summary>
    public IReadOnlyList<string> SeedIds => _owner.ToSeedIds(_seeds.ToSortedArray());

    internal int LabelId { get; }

    internal bool AddSeed(int seedIndex) => _seeds.Add(seedIndex);

    internal bool HasSeed(int seedIndex) => _seeds.Contains(seedIndex);

    /// <summary>
    /// Returns the relation this edge stands for.
    /// </summary>
    /// <returns>The relation between the two entities.</returns>
    public EntityRelation ToRelation() => new(Source.Entity, Label, Target.Entity);

    /// <inheritdoc />
    public override string ToString() => $"{Source.Entity.Name} -[{Label}]-> {Target.Entity.Name}";
}
