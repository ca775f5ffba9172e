using QuikGraph.Algorithms.ConnectedComponents;
using static FalseReject.Tests.Graph.GraphTestData;

namespace FalseReject.Tests.Graph;

public sealed class GraphStatisticsTests
{
    [Fact]
    public void Compute_SmallGraph_MatchesHandCountedValues()
    {
        var statistics = GraphStatistics.Compute(CreateSmallGraph());

        Assert.Equal(7, statistics.VertexCount);
        Assert.Equal(4, statistics.EdgeCount);
        Assert.Equal(4, statistics.SeedCount);
        Assert.Equal(8.0 / 7, statistics.MeanDegree, precision: 12);
        Assert.Equal(2, statistics.MaxDegree);
        Assert.Equal([KeyValuePair.Create(0, 1), KeyValuePair.Create(1, 4), KeyValuePair.Create(2, 2)], statistics.DegreeDistribution);
        Assert.Equal(3, statistics.WeaklyConnectedComponentCount);
        Assert.Equal(4, statistics.LargestComponentSize);
        Assert.Equal(
            [KeyValuePair.Create("location", 2), KeyValuePair.Create("object", 3), KeyValuePair.Create("person", 2)],
            statistics.EntityTypeCounts);
    }

    [Fact]
    public void Compute_SmallGraph_CountsCategoryCoverage()
    {
        var statistics = GraphStatistics.Compute(CreateSmallGraph());

        Assert.Equal(
            new[] { new CategoryGraphCoverage("a", 2, 2, 4, 3), new CategoryGraphCoverage("b", 2, 2, 3, 1) },
            statistics.Categories.ToArray());
        Assert.Null(statistics.UsedVertexCount);
        Assert.Null(statistics.VertexCoverage);
    }

    [Fact]
    public void Compute_Usage_ReportsCoverageByPrompts()
    {
        var graph = CreateSmallGraph();
        var usage = new GraphUsageTracker(graph);
        usage.Record(new GraphSample([Bomb, Crowd, new Entity("unknown", "object")], [new EntityRelation(Bomb, "targets", Crowd)], ["s1"]));
        usage.Record(new GraphSample([Bomb], [], ["s1"]));

        var statistics = GraphStatistics.Compute(graph, usage);

        Assert.Equal(2, statistics.UsedVertexCount);
        Assert.Equal(1, statistics.UsedEdgeCount);
        Assert.Equal(2.0 / 7, statistics.VertexCoverage!.Value, precision: 12);
        Assert.Equal(0.25, statistics.EdgeCoverage);
        Assert.Equal(2, statistics.Categories[0].UsedEntityCount);
        Assert.Equal(0, statistics.Categories[1].UsedEntityCount);
        Assert.Equal(2, usage.GetUsage(graph.Vertices[0]));
    }

    [Fact]
    public void Compute_SeedsWithoutCategory_ComeFirst()
    {
        var graph = CreateSmallGraph();
        graph.AddSeed(new SeedPrompt("s5", "no category"));

        var statistics = GraphStatistics.Compute(graph);

        Assert.Equal(new CategoryGraphCoverage(null, 1, 0, 0, 0), statistics.Categories[0]);
    }

    [Fact]
    public void Compute_EmptyGraph_IsAllZero()
    {
        var statistics = GraphStatistics.Compute(new EntityGraph());

        Assert.Equal(0, statistics.VertexCount);
        Assert.Equal(0, statistics.MeanDegree);
        Assert.Equal(0, statistics.WeaklyConnectedComponentCount);
        Assert.Equal(0, statistics.LargestComponentSize);
        Assert.Empty(statistics.Categories);
    }

    [Fact]
    public void Compute_RandomGraph_ComponentsMatchQuikGraph()
    {
        var random = new Random(17);
        var graph = new EntityGraph();
        for (var i = 0; i < 300; i++)
        {
            var source = new Entity($"e{random.Next(200)}", "object");
            var target = new Entity($"e{random.Next(200)}", "object");
            graph.AddRelation(new EntityRelation(source, "r", target), $"s{i % 20}");
        }

        var quikGraph = new WeaklyConnectedComponentsAlgorithm<EntityNode, RelationEdge>(graph.Graph);
        quikGraph.Compute();

        var statistics = GraphStatistics.Compute(graph);
        Assert.Equal(quikGraph.ComponentCount, statistics.WeaklyConnectedComponentCount);
        Assert.Equal(quikGraph.Components.GroupBy(pair => pair.Value).Max(group => group.Count()), statistics.LargestComponentSize);
    }
}
