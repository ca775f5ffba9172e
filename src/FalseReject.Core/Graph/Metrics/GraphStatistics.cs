using System.Collections.Immutable;

namespace FalseReject;

/// <summary>
/// Represents statistics of an entity graph, computed once: size, degrees, weakly connected components, the entity
/// type mix, per-category coverage and, when usage is given, how much of the graph generated prompts have used.
/// </summary>
public sealed record GraphStatistics
{
    /// <summary>Gets the number of entities.</summary>
    public required int VertexCount { get; init; }

    /// <summary>Gets the number of merged relations.</summary>
    public required int EdgeCount { get; init; }

    /// <summary>Gets the number of seeds.</summary>
    public required int SeedCount { get; init; }

    /// <summary>Gets the mean degree (in plus out) of an entity, or 0 for an empty graph.</summary>
    public required double MeanDegree { get; init; }

    /// <summary>Gets the highest degree (in plus out) of an entity, or 0 for an empty graph.</summary>
    public required int MaxDegree { get; init; }

    /// <summary>Gets the number of entities of each degree (in plus out), by ascending degree.</summary>
    public required ImmutableSortedDictionary<int, int> DegreeDistribution { get; init; }

    /// <summary>Gets the number of weakly connected components; an entity without relations is a component of its own.</summary>
    public required int WeaklyConnectedComponentCount { get; init; }

    /// <summary>Gets the number of entities in the largest weakly connected component, or 0 for an empty graph.</summary>
    public required int LargestComponentSize { get; init; }

    /// <summary>Gets the number of entities of each type, by type name.</summary>
    public required ImmutableSortedDictionary<string, int> EntityTypeCounts { get; init; }

    /// <summary>Gets the coverage of each harm category, seeds without a category first, then by category id.</summary>
    public required ImmutableArray<CategoryGraphCoverage> Categories { get; init; }

    /// <summary>Gets the number of entities used by generated prompts, or <see langword="null"/> when usage was not given.</summary>
    public int? UsedVertexCount { get; init; }

    /// <summary>Gets the number of relations used by generated prompts, or <see langword="null"/> when usage was not given.</summary>
    public int? UsedEdgeCount { get; init; }

    /// <summary>Gets the share of entities used by generated prompts, from 0 to 1, or <see langword="null"/> when usage was not given or the graph is empty.</summary>
    public double? VertexCoverage => UsedVertexCount is { } used && VertexCount > 0 ? (double)used / VertexCount : null;

    /// <summary>Gets the share of relations used by generated prompts, from 0 to 1, or <see langword="null"/> when usage was not given or the graph has no relations.</summary>
    public double? EdgeCoverage => UsedEdgeCount is { } used && EdgeCount > 0 ? (double)used / EdgeCount : null;

    /// <summary>
    /// Computes the statistics of a graph.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="usage">The usage counts of generated prompts, or <see langword="null"/> to leave coverage by prompts out.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="usage"/> counts another graph.</exception>
    public static GraphStatistics Compute(EntityGraph graph, GraphUsageTracker? usage = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (usage is not null && !ReferenceEquals(usage.Graph, graph))
        {
            throw new ArgumentException("The usage tracker counts another graph; create it for this graph.", nameof(usage));
        }

        var degrees = new SortedDictionary<int, int>();
        var types = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long degreeSum = 0;
        var maxDegree = 0;
        foreach (var node in graph.Vertices)
        {
            var degree = graph.GetDegree(node);
            degrees[degree] = degrees.GetValueOrDefault(degree) + 1;
            degreeSum += degree;
            maxDegree = Math.Max(maxDegree, degree);
            types[node.Entity.Type] = types.GetValueOrDefault(node.Entity.Type) + 1;
        }

        var (componentCount, largestComponent) = WeaklyConnectedComponents.Count(graph);
        return new GraphStatistics
        {
            VertexCount = graph.VertexCount,
            EdgeCount = graph.EdgeCount,
            SeedCount = graph.Seeds.Count,
            MeanDegree = graph.VertexCount == 0 ? 0 : (double)degreeSum / graph.VertexCount,
            MaxDegree = maxDegree,
            DegreeDistribution = degrees.ToImmutableSortedDictionary(),
            WeaklyConnectedComponentCount = componentCount,
            LargestComponentSize = largestComponent,
            EntityTypeCounts = types.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Categories = ComputeCategories(graph, usage),
            UsedVertexCount = usage?.UsedVertexCount,
            UsedEdgeCount = usage?.UsedEdgeCount,
        };
    }

    private static ImmutableArray<CategoryGraphCoverage> ComputeCategories(EntityGraph graph, GraphUsageTracker? usage)
    {
        var noCategory = new CategoryAccumulator();
        var categories = new SortedDictionary<string, CategoryAccumulator>(StringComparer.Ordinal);
        foreach (var seed in graph.Seeds)
        {
            CategoryAccumulator? accumulator = noCategory;
            if (seed.CategoryId is not null && !categories.TryGetValue(seed.CategoryId, out accumulator))
            {
                accumulator = new CategoryAccumulator();
                categories.Add(seed.CategoryId, accumulator);
            }

            var entities = graph.GetSeedEntities(seed.Id);
            accumulator.SeedCount++;
            accumulator.SeedsWithEntitiesCount += entities.Count > 0 ? 1 : 0;
            accumulator.Nodes.UnionWith(entities);
            accumulator.Edges.UnionWith(graph.GetSeedRelations(seed.Id));
        }

        var result = ImmutableArray.CreateBuilder<CategoryGraphCoverage>();
        if (noCategory.SeedCount > 0)
        {
            result.Add(noCategory.ToCoverage(null, usage));
        }

        foreach (var (categoryId, accumulator) in categories)
        {
            result.Add(accumulator.ToCoverage(categoryId, usage));
        }

        return result.ToImmutable();
    }

    private sealed class CategoryAccumulator
    {
        public int SeedCount { get; set; }

        public int SeedsWithEntitiesCount { get; set; }

        public HashSet<EntityNode> Nodes { get; } = [];

        public HashSet<RelationEdge> Edges { get; } = [];

        public CategoryGraphCoverage ToCoverage(string? categoryId, GraphUsageTracker? usage) =>
            new(categoryId, SeedCount, SeedsWithEntitiesCount, Nodes.Count, Edges.Count)
            {
                UsedEntityCount = usage is null ? null : Nodes.Count(node => usage.GetUsage(node) > 0),
            };
    }
}
