using System.Globalization;

namespace FalseReject.Cli;

/// <summary>
/// Provides the plain-text form of <see cref="GraphStatistics"/> that <c>graph build</c> and <c>graph stats</c> print.
/// </summary>
internal static class GraphStatisticsWriter
{
    public static async Task WriteAsync(GraphStatistics statistics, TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(culture, $"Entities: {statistics.VertexCount}"));
        await output.WriteLineAsync(string.Create(culture, $"Relations: {statistics.EdgeCount}"));
        await output.WriteLineAsync(string.Create(culture, $"Seeds: {statistics.SeedCount}"));
        await output.WriteLineAsync(string.Create(culture, $"Degree: mean {statistics.MeanDegree:0.##}, max {statistics.MaxDegree}"));
        await output.WriteLineAsync("Degree distribution: " + string.Join(", ", statistics.DegreeDistribution.Select(pair => string.Create(culture, $"{pair.Key}: {pair.Value}"))));
        await output.WriteLineAsync(string.Create(culture, $"Weakly connected components: {statistics.WeaklyConnectedComponentCount} (largest: {statistics.LargestComponentSize} entities)"));
        await output.WriteLineAsync("Entity types: " + string.Join(", ", statistics.EntityTypeCounts.Select(pair => string.Create(culture, $"{pair.Key} {pair.Value}"))));
        if (statistics.UsedVertexCount is { } usedVertices)
        {
            await output.WriteLineAsync(string.Create(culture, $"Used by prompts: {usedVertices} entities ({statistics.VertexCoverage:P1}), {statistics.UsedEdgeCount} relations ({statistics.EdgeCoverage:P1})"));
        }

        if (statistics.Categories.Length > 0)
        {
            await output.WriteLineAsync("Categories:");
        }

        foreach (var category in statistics.Categories)
        {
            await output.WriteLineAsync(string.Create(
                culture,
                $"  {category.CategoryId ?? "(none)"}: {category.SeedCount} seeds ({category.SeedsWithEntitiesCount} with entities), {category.EntityCount} entities, {category.RelationCount} relations"));
        }
    }
}
