using System.Globalization;

namespace FalseReject.Benchmarks;

/// <summary>
/// Represents a synthetic, seeded extraction output at the scale of a large seed set: 100,000 distinct entities,
/// 1,000,000 relations with 40 labels over 20,000 seeds, 5 entity mentions per seed.
/// </summary>
/// <remarks>
/// Entities are drawn with a skew (the square of a uniform number), so a few entities appear in many seeds, as real
/// harm topics do. The same seed gives the same workload.
/// </remarks>
internal sealed class GraphWorkload
{
    public const int EntityCount = 100_000;
    public const int RelationCount = 1_000_000;
    public const int SeedCount = 20_000;
    public const int LabelCount = 40;
    public const int MentionsPerSeed = EntityCount / SeedCount;

    private static readonly string[] Types = [EntityTypes.Person, EntityTypes.Location, EntityTypes.ObjectOrSubstance, EntityTypes.Activity, EntityTypes.Concept];

    private GraphWorkload(SeedPrompt[] seeds, Entity[][] mentions, EntityRelation[][] relations)
    {
        Seeds = seeds;
        Mentions = mentions;
        Relations = relations;
    }

    public SeedPrompt[] Seeds { get; }

    public Entity[][] Mentions { get; }

    public EntityRelation[][] Relations { get; }

    public static GraphWorkload Create(int randomSeed = 12345)
    {
        var random = new Random(randomSeed);
        var entities = new Entity[EntityCount];
        for (var i = 0; i < entities.Length; i++)
        {
            entities[i] = new Entity(string.Create(CultureInfo.InvariantCulture, $"entity {i}"), Types[i % Types.Length]);
        }

        var labels = Enumerable.Range(0, LabelCount).Select(i => string.Create(CultureInfo.InvariantCulture, $"relation {i}")).ToArray();
        var seeds = new SeedPrompt[SeedCount];
        var mentions = new Entity[SeedCount][];
        var relations = new EntityRelation[SeedCount][];
        var relationsPerSeed = RelationCount / SeedCount;
        for (var s = 0; s < SeedCount; s++)
        {
            seeds[s] = new SeedPrompt(string.Create(CultureInfo.InvariantCulture, $"seed-{s}"), "synthetic", string.Create(CultureInfo.InvariantCulture, $"category-{s % 12}"));

            // Every entity is mentioned at least once: seed s mentions entities s*5 .. s*5+4, then relations mix in skewed picks.
            mentions[s] = Enumerable.Range(s * MentionsPerSeed, MentionsPerSeed).Select(i => entities[i]).ToArray();
            relations[s] = new EntityRelation[relationsPerSeed];
            for (var r = 0; r < relationsPerSeed; r++)
            {
                var source = r % 2 == 0 ? mentions[s][random.Next(MentionsPerSeed)] : entities[Skewed(random)];
                var target = entities[Skewed(random)];
                relations[s][r] = new EntityRelation(source, labels[random.Next(LabelCount)], target);
            }
        }

        return new GraphWorkload(seeds, mentions, relations);
    }

    public EntityGraph Build()
    {
        var graph = new EntityGraph(EntityCount, RelationCount);
        for (var s = 0; s < Seeds.Length; s++)
        {
            var seedId = Seeds[s].Id;
            graph.AddSeed(Seeds[s]);
            foreach (var entity in Mentions[s])
            {
                graph.AddEntity(entity, seedId);
            }

            foreach (var relation in Relations[s])
            {
                graph.AddRelation(relation, seedId);
            }
        }

        return graph;
    }

    private static int Skewed(Random random)
    {
        var u = random.NextDouble();
        return (int)(u * u * EntityCount);
    }
}
