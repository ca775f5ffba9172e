namespace FalseReject;

// The JSON form of an entity graph. Seeds list their entity and relation ids in the order they were added, so
// the per-seed order, vertex ids and edge ids all survive a round trip. Per-entity seed lists follow from them.
internal sealed class EntityGraphDocument
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public List<SeedDocument> Seeds { get; set; } = [];

    public List<EntityDocument> Entities { get; set; } = [];

    public List<RelationDocument> Relations { get; set; } = [];

    public static EntityGraphDocument FromGraph(EntityGraph graph)
    {
        var document = new EntityGraphDocument();
        foreach (var seed in graph.Seeds)
        {
            document.Seeds.Add(new SeedDocument
            {
                Id = seed.Id,
                Text = seed.Text,
                CategoryId = seed.CategoryId,
                Entities = graph.GetSeedEntities(seed.Id).Select(node => node.Id).ToList(),
                Relations = graph.GetSeedRelations(seed.Id).Select(edge => edge.Id).ToList(),
            });
        }

        foreach (var node in graph.Vertices)
        {
            document.Entities.Add(new EntityDocument { Id = node.Id, Name = node.Entity.Name, Type = node.Entity.Type });
        }

        foreach (var edge in graph.Edges)
        {
            document.Relations.Add(new RelationDocument { Id = edge.Id, Source = edge.Source.Id, Label = edge.Label, Target = edge.Target.Id, Weight = edge.Weight });
        }

        return document;
    }

    public EntityGraph ToGraph()
    {
        if (Version != CurrentVersion)
        {
            throw new InvalidDataException($"The graph file has version {Version}; this library reads version {CurrentVersion}.");
        }

        var graph = new EntityGraph();
        foreach (var (entity, position) in (Entities ?? []).Select((entity, position) => (entity, position)))
        {
            if (entity.Id != position || string.IsNullOrWhiteSpace(entity.Name) || string.IsNullOrWhiteSpace(entity.Type))
            {
                throw new InvalidDataException($"Entity {position} has id {entity.Id} or an empty name or type; ids must run from 0 in order.");
            }

            graph.ImportVertex(new Entity(entity.Name, entity.Type));
        }

        foreach (var (relation, position) in (Relations ?? []).Select((relation, position) => (relation, position)))
        {
            if (relation.Id != position || string.IsNullOrWhiteSpace(relation.Label) || !double.IsFinite(relation.Weight) || relation.Weight < 0)
            {
                throw new InvalidDataException($"Relation {position} has id {relation.Id}, an empty label or an invalid weight; ids must run from 0 in order.");
            }

            graph.ImportEdge(relation.Source, relation.Label, relation.Target, relation.Weight);
        }

        foreach (var seed in Seeds ?? [])
        {
            if (string.IsNullOrWhiteSpace(seed.Id))
            {
                throw new InvalidDataException("A seed has an empty id.");
            }

            var seedCount = graph.Seeds.Count;
            var seedIndex = graph.AddSeed(new SeedPrompt(seed.Id, seed.Text ?? string.Empty, seed.CategoryId));
            if (graph.Seeds.Count == seedCount)
            {
                throw new InvalidDataException($"The seed '{seed.Id}' appears twice.");
            }

            graph.ImportSeedMembership(seedIndex, seed.Entities ?? [], seed.Relations ?? []);
        }

        return graph;
    }
}

internal sealed class SeedDocument
{
    public string Id { get; set; } = string.Empty;

    public string? Text { get; set; }

    public string? CategoryId { get; set; }

    public List<int> Entities { get; set; } = [];

    public List<int> Relations { get; set; } = [];
}

internal sealed class EntityDocument
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;
}

internal sealed class RelationDocument
{
    public int Id { get; set; }

    public int Source { get; set; }

    public string Label { get; set; } = string.Empty;

    public int Target { get; set; }

    public double Weight { get; set; }
}
