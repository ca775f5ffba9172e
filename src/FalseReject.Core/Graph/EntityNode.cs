namespace FalseReject;

/// <summary>
/// Represents a vertex of an <see cref="EntityGraph"/>: one entity, merged across every seed that mentions it.
/// </summary>
/// <remarks>Instances are created and updated only by their graph; reading them while the graph is being built is not thread safe.</remarks>
public sealed class EntityNode
{
    private readonly EntityGraph _owner;
    private SeedIndexSet _seeds;

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

    internal bool AddSeed(int seedIndex) => _seeds.Add(seedIndex);

    internal bool HasSeed(int seedIndex) => _seeds.Contains(seedIndex);

    /// <inheritdoc />
    public override string ToString() => $"{Entity.Name} ({Entity.Type})";
}
