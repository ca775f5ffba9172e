using System.Diagnostics.CodeAnalysis;
using QuikGraph;

namespace FalseReject;

/// <summary>
/// Represents the entity graph merged from the extractions of many seeds: vertices are entities keyed by
/// normalised name and type, edges are labelled relations, and every vertex and edge keeps the ids of the seeds it came from.
/// </summary>
/// <remarks>
/// <para>Parallel edges: two relations with the same source, label and target are one edge, whose weight adds up and
/// whose seed ids are merged. Relations with different labels between the same two entities are separate edges.</para>
/// <para>Entity keys, labels and seed ids are interned to integers, and edges are found through a dictionary keyed by
/// (source, label, target), so adding a relation costs a few hash lookups regardless of graph size.</para>
/// <para>This type is not thread safe for writes; concurrent reads are safe once building is finished.</para>
/// </remarks>
public sealed class EntityGraph
{
    private readonly Dictionary<(string Name, string Type), EntityNode> _vertexByKey;
    private readonly List<EntityNode> _vertices;
    private readonly Dictionary<string, int> _labelIds = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly Dictionary<(int Source, int Label, int Target), int> _edgeByKey;
    private readonly Dictionary<string, int> _seedIndexes = new(StringComparer.Ordinal);
    private readonly List<SeedPrompt> _seeds = [];
    private readonly List<List<EntityNode>> _seedVertices = [];
    private readonly List<List<int>> _seedEdges = [];

    /// <summary>Gets the number of entities.</summary>
    public int VertexCount => _vertices.Count;

    /// <summary>Gets the number of merged relations.</summary>
    public int EdgeCount => EdgeStore.Count;

    /// <summary>Gets the entities, indexed by <see cref="EntityNode.Id"/>.</summary>
    public IReadOnlyList<EntityNode> Vertices => _vertices;

    /// <summary>Gets the merged relations, indexed by <see cref="RelationEdge.Id"/>.</summary>
    public IReadOnlyList<RelationEdge> Edges { get; }

    /// <summary>Gets the seeds added so far, in the order they were added.</summary>
    public IReadOnlyList<SeedPrompt> Seeds => _seeds;

    /// <summary>Gets the graph as a QuikGraph bidirectional graph, for running QuikGraph algorithms on it.</summary>
    /// <remarks>The view is read-only and live: it reflects entities and relations added later.</remarks>
    public IBidirectionalGraph<EntityNode, RelationEdge> Graph { get; }

    /// <summary>
    /// Initializes a new instance of the <see cref="EntityGraph"/> class, empty.
    /// </summary>
    public EntityGraph()
        : this(0, 0)
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="EntityGraph"/> class, empty, with room for the expected number of
    /// entities and relations. Sizing large graphs up front avoids regrowing the lookup tables, whose large arrays
    /// otherwise force full garbage collections while the graph is built.
    /// </summary>
    /// <param name="vertexCapacity">The expected number of entities.</param>
    /// <param name="edgeCapacity">The expected number of merged relations.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vertexCapacity"/> or <paramref name="edgeCapacity"/> is negative.</exception>
    public EntityGraph(int vertexCapacity, int edgeCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCapacity);
        ArgumentOutOfRangeException.ThrowIfNegative(edgeCapacity);

        _vertexByKey = new Dictionary<(string Name, string Type), EntityNode>(vertexCapacity);
        _vertices = new List<EntityNode>(vertexCapacity);
        _edgeByKey = new Dictionary<(int Source, int Label, int Target), int>(edgeCapacity);
        EdgeStore = new RelationEdgeStore(edgeCapacity);
        Edges = new RelationEdgeList(this, null);
        Graph = new EntityGraphView(this);
    }

    /// <summary>
    /// Adds a seed, or returns the index of the seed with the same id. A seed added again keeps its first text and category.
    /// </summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The dense index of the seed in <see cref="Seeds"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The seed id is empty.</exception>
    public int AddSeed(SeedPrompt seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentException.ThrowIfNullOrWhiteSpace(seed.Id, nameof(seed));

        if (_seedIndexes.TryGetValue(seed.Id, out var index))
        {
            return index;
        }

        index = _seeds.Count;
        _seedIndexes.Add(seed.Id, index);
        _seeds.Add(seed);
        _seedVertices.Add([]);
        _seedEdges.Add([]);
        return index;
    }

    /// <summary>
    /// Adds an entity mentioned by a seed, merging it with the vertex of the same normalised name and type.
    /// </summary>
    /// <param name="entity">The entity; its name and type are normalised.</param>
    /// <param name="seedId">The id of the seed that mentions it; an unknown id is added as a seed without text.</param>
    /// <returns>The vertex of the entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The normalised name or type is empty, or <paramref name="seedId"/> is empty.</exception>
    public EntityNode AddEntity(Entity entity, string seedId)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(seedId);

        var seedIndex = ResolveSeed(seedId);
        var node = GetOrAddVertex(entity);
        AddVertexSeed(node, seedIndex);
        return node;
    }

    /// <summary>
    /// Adds a relation stated by a seed. Both entities are added as with <see cref="AddEntity"/>; a relation with the
    /// same source, label and target as an existing edge is merged into it.
    /// </summary>
    /// <param name="relation">The relation; entity names, types and the label are normalised.</param>
    /// <param name="seedId">The id of the seed that states it; an unknown id is added as a seed without text.</param>
    /// <param name="weight">The weight added to the edge.</param>
    /// <returns>The edge of the relation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relation"/> or one of its entities is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A normalised name, type or the label is empty, or <paramref name="seedId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is negative, infinite or not a number.</exception>
    public RelationEdge AddRelation(EntityRelation relation, string seedId, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentNullException.ThrowIfNull(relation.Source, nameof(relation));
        ArgumentNullException.ThrowIfNull(relation.Target, nameof(relation));
        ArgumentException.ThrowIfNullOrWhiteSpace(seedId);
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "The weight must be a finite number of 0 or more.");
        }

        var seedIndex = ResolveSeed(seedId);
        var source = GetOrAddVertex(relation.Source);
        var target = GetOrAddVertex(relation.Target);
        AddVertexSeed(source, seedIndex);
        AddVertexSeed(target, seedIndex);
        var edgeId = GetOrAddEdge(source, relation.Label, target);
        EdgeStore.Weight[edgeId] += weight;
        if (EdgeStore.Seeds[edgeId].Add(seedIndex))
        {
            _seedEdges[seedIndex].Add(edgeId);
        }

        return new RelationEdge(this, edgeId);
    }

    /// <summary>
    /// Adds the outcome of one seed's extraction: the seed, its chosen entities and its relations.
    /// </summary>
    /// <param name="extraction">The extraction.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extraction"/> is <see langword="null"/>.</exception>
    public void AddExtraction(SeedExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);

        AddSeed(extraction.Seed);
        foreach (var entity in extraction.Entities)
        {
            AddEntity(entity, extraction.Seed.Id);
        }

        foreach (var relation in extraction.Relations)
        {
            AddRelation(relation, extraction.Seed.Id);
        }
    }

    /// <summary>
    /// Builds a graph from seed extractions.
    /// </summary>
    /// <param name="extractions">The extractions, such as those a checkpoint file holds.</param>
    /// <returns>The merged graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractions"/> is <see langword="null"/>.</exception>
    public static EntityGraph FromExtractions(IEnumerable<SeedExtraction> extractions)
    {
        ArgumentNullException.ThrowIfNull(extractions);

        var graph = new EntityGraph();
        foreach (var extraction in extractions)
        {
            graph.AddExtraction(extraction);
        }

        return graph;
    }

    /// <summary>
    /// Finds the vertex of an entity; the name and type are normalised first.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="node">The vertex, when found.</param>
    /// <returns><see langword="true"/> when the graph contains the entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is <see langword="null"/>.</exception>
    public bool TryGetVertex(Entity entity, [NotNullWhen(true)] out EntityNode? node)
    {
        ArgumentNullException.ThrowIfNull(entity);

        if (_vertexByKey.TryGetValue((entity.Name, entity.Type), out node))
        {
            return true;
        }

        return _vertexByKey.TryGetValue(
            (EntityNormalizer.NormalizeName(entity.Name), EntityNormalizer.NormalizeType(entity.Type)),
            out node);
    }

    /// <summary>
    /// Finds the edge of a relation; names, types and the label are normalised first.
    /// </summary>
    /// <param name="relation">The relation.</param>
    /// <param name="edge">The edge, when found.</param>
    /// <returns><see langword="true"/> when the graph contains the relation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="relation"/> is <see langword="null"/>.</exception>
    public bool TryGetEdge(EntityRelation relation, out RelationEdge edge)
    {
        ArgumentNullException.ThrowIfNull(relation);

        edge = default;
        if (relation.Source is not null
            && relation.Target is not null
            && TryGetVertex(relation.Source, out var source)
            && TryGetVertex(relation.Target, out var target)
            && _labelIds.TryGetValue(EntityNormalizer.NormalizeLabel(relation.Label), out var labelId)
            && _edgeByKey.TryGetValue((source.Id, labelId, target.Id), out var edgeId))
        {
            edge = new RelationEdge(this, edgeId);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Finds a seed by id.
    /// </summary>
    /// <param name="seedId">The seed id.</param>
    /// <param name="seed">The seed, when found.</param>
    /// <returns><see langword="true"/> when the graph contains the seed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seedId"/> is <see langword="null"/>.</exception>
    public bool TryGetSeed(string seedId, [NotNullWhen(true)] out SeedPrompt? seed)
    {
        ArgumentNullException.ThrowIfNull(seedId);

        seed = _seedIndexes.TryGetValue(seedId, out var index) ? _seeds[index] : null;
        return seed is not null;
    }

    /// <summary>
    /// Returns the entities a seed mentions, in the order they were added.
    /// </summary>
    /// <param name="seedId">The seed id.</param>
    /// <returns>The seed's entities, or an empty list for an unknown seed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seedId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<EntityNode> GetSeedEntities(string seedId)
    {
        ArgumentNullException.ThrowIfNull(seedId);

        return _seedIndexes.TryGetValue(seedId, out var index) ? _seedVertices[index] : [];
    }

    /// <summary>
    /// Returns the relations a seed states, in the order they were added.
    /// </summary>
    /// <param name="seedId">The seed id.</param>
    /// <returns>The seed's relations, or an empty list for an unknown seed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seedId"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<RelationEdge> GetSeedRelations(string seedId)
    {
        ArgumentNullException.ThrowIfNull(seedId);

        return _seedIndexes.TryGetValue(seedId, out var index) ? new RelationEdgeList(this, _seedEdges[index]) : [];
    }

    /// <summary>
    /// Returns the edges that leave or enter a vertex.
    /// </summary>
    /// <param name="node">The vertex.</param>
    /// <returns>The outgoing edges followed by the incoming ones; a self-loop appears twice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="node"/> belongs to another graph.</exception>
    public IEnumerable<RelationEdge> GetIncidentEdges(EntityNode node)
    {
        EnsureOwnVertex(node);

        return node.OutEdges.Concat(node.InEdges);
    }

    /// <summary>
    /// Returns the number of edges that leave or enter a vertex.
    /// </summary>
    /// <param name="node">The vertex.</param>
    /// <returns>The in-degree plus the out-degree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="node"/> belongs to another graph.</exception>
    public int GetDegree(EntityNode node)
    {
        EnsureOwnVertex(node);

        return node.Degree;
    }

    internal bool Owns(EntityNode node) => node.Id < _vertices.Count && ReferenceEquals(_vertices[node.Id], node);

    internal bool Owns(RelationEdge edge) => ReferenceEquals(edge.Graph, this) && edge.Id < EdgeStore.Count;

    internal RelationEdgeStore EdgeStore { get; }

    internal string LabelOf(int labelId) => _labels[labelId];

    internal int SeedIndexOf(string seedId) => _seedIndexes.TryGetValue(seedId, out var index) ? index : -1;

    internal IReadOnlyList<string> ToSeedIds(int[] seedIndexes)
    {
        var ids = new string[seedIndexes.Length];
        for (var i = 0; i < seedIndexes.Length; i++)
        {
            ids[i] = _seeds[seedIndexes[i]].Id;
        }

        return ids;
    }

    // Import adds vertices, edges and seed memberships separately, so ids and per-seed order survive a round trip.
    internal EntityNode ImportVertex(Entity entity)
    {
        var count = _vertices.Count;
        var node = GetOrAddVertex(entity);
        if (_vertices.Count == count)
        {
            throw new InvalidDataException($"The entity '{entity.Name}' ({entity.Type}) appears twice.");
        }

        return node;
    }

    internal void ImportEdge(int sourceId, string label, int targetId, double weight)
    {
        if ((uint)sourceId >= (uint)_vertices.Count || (uint)targetId >= (uint)_vertices.Count)
        {
            throw new InvalidDataException($"The relation '{label}' refers to entity {sourceId} or {targetId}, but there are only {_vertices.Count} entities.");
        }

        var count = EdgeStore.Count;
        var edgeId = GetOrAddEdge(_vertices[sourceId], label, _vertices[targetId]);
        if (EdgeStore.Count == count)
        {
            throw new InvalidDataException($"The relation '{new RelationEdge(this, edgeId)}' appears twice.");
        }

        EdgeStore.Weight[edgeId] = weight;
    }

    internal void ImportSeedMembership(int seedIndex, IEnumerable<int> vertexIds, IEnumerable<int> edgeIds)
    {
        foreach (var vertexId in vertexIds)
        {
            if ((uint)vertexId >= (uint)_vertices.Count)
            {
                throw new InvalidDataException($"Seed '{_seeds[seedIndex].Id}' refers to entity {vertexId}, but there are only {_vertices.Count} entities.");
            }

            AddVertexSeed(_vertices[vertexId], seedIndex);
        }

        foreach (var edgeId in edgeIds)
        {
            if ((uint)edgeId >= (uint)EdgeStore.Count)
            {
                throw new InvalidDataException($"Seed '{_seeds[seedIndex].Id}' refers to relation {edgeId}, but there are only {EdgeStore.Count} relations.");
            }

            if (EdgeStore.Seeds[edgeId].Add(seedIndex))
            {
                _seedEdges[seedIndex].Add(edgeId);
            }
        }
    }

    private void EnsureOwnVertex(EntityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!Owns(node))
        {
            throw new ArgumentException($"The vertex '{node}' belongs to another graph.", nameof(node));
        }
    }

    private int ResolveSeed(string seedId) =>
        _seedIndexes.TryGetValue(seedId, out var index) ? index : AddSeed(new SeedPrompt(seedId, string.Empty));

    private void AddVertexSeed(EntityNode node, int seedIndex)
    {
        if (node.AddSeed(seedIndex))
        {
            _seedVertices[seedIndex].Add(node);
        }
    }

    private EntityNode GetOrAddVertex(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);

        // Keys are normalised and normalisation is idempotent, so a hit on the raw key needs no normalising.
        if (entity.Name is not null && entity.Type is not null && _vertexByKey.TryGetValue((entity.Name, entity.Type), out var node))
        {
            return node;
        }

        var name = EntityNormalizer.NormalizeName(entity.Name);
        var type = EntityNormalizer.NormalizeType(entity.Type);
        if (name.Length == 0 || type.Length == 0)
        {
            throw new ArgumentException($"The entity '{entity.Name}' of type '{entity.Type}' has an empty name or type after normalisation.", nameof(entity));
        }

        if (_vertexByKey.TryGetValue((name, type), out node))
        {
            return node;
        }

        var normalized = name == entity.Name && type == entity.Type ? entity : new Entity(name, type);
        node = new EntityNode(this, _vertices.Count, normalized);
        _vertexByKey.Add((name, type), node);
        _vertices.Add(node);
        return node;
    }

    private int GetOrAddEdge(EntityNode source, string label, EntityNode target)
    {
        if (label is null || !_labelIds.TryGetValue(label, out var labelId))
        {
            var normalizedLabel = EntityNormalizer.NormalizeLabel(label);
            if (normalizedLabel.Length == 0)
            {
                throw new ArgumentException($"The relation from '{source}' to '{target}' has an empty label.", nameof(label));
            }

            if (!_labelIds.TryGetValue(normalizedLabel, out labelId))
            {
                labelId = _labels.Count;
                _labelIds.Add(normalizedLabel, labelId);
                _labels.Add(normalizedLabel);
            }
        }

        if (_edgeByKey.TryGetValue((source.Id, labelId, target.Id), out var edgeId))
        {
            return edgeId;
        }

        edgeId = EdgeStore.Add(source.Id, labelId, target.Id);
        _edgeByKey.Add((source.Id, labelId, target.Id), edgeId);
        source.AddOutEdge(edgeId);
        target.AddInEdge(edgeId);
        return edgeId;
    }
}
