using static FalseReject.Tests.Graph.GraphTestData;

namespace FalseReject.Tests.Graph;

public sealed class EntityGraphTests
{
    [Fact]
    public void AddExtraction_SmallGraph_MergesEntitiesAcrossSeeds()
    {
        var graph = CreateSmallGraph();

        Assert.Equal(7, graph.VertexCount);
        Assert.Equal(4, graph.EdgeCount);
        Assert.Equal(["s1", "s2", "s3", "s4"], graph.Seeds.Select(seed => seed.Id));
        Assert.True(graph.TryGetVertex(Bomb, out var bomb));
        Assert.Equal(0, bomb.Id);
        Assert.Equal(2, bomb.SeedCount);
        Assert.Equal(["s1", "s2"], bomb.SeedIds);
    }

    [Fact]
    public void AddRelation_SameSourceLabelTarget_MergesIntoOneEdge()
    {
        var graph = CreateSmallGraph();

        Assert.True(graph.TryGetEdge(new EntityRelation(Bomb, "targets", Crowd), out var edge));
        Assert.Equal(2.0, edge.Weight);
        Assert.Equal(["s1", "s2"], edge.SeedIds);
        Assert.Single(graph.Edges, candidate => candidate.Source.Entity == Bomb && candidate.Target.Entity == Crowd);
    }

    [Fact]
    public void AddRelation_DifferentLabelSamePair_AddsParallelEdge()
    {
        var graph = CreateSmallGraph();

        graph.AddRelation(new EntityRelation(Bomb, "injures", Crowd), "s1");

        Assert.Equal(5, graph.EdgeCount);
        Assert.Equal(2, graph.Graph.OutEdges(graph.Vertices[0]).Count(edge => edge.Target.Entity == Crowd));
    }

    [Fact]
    public void AddRelation_SameSeedTwice_CountsWeightButOneSeed()
    {
        var graph = new EntityGraph();

        graph.AddRelation(new EntityRelation(Bomb, "targets", Crowd), "s1");
        var edge = graph.AddRelation(new EntityRelation(Bomb, "targets", Crowd), "s1", weight: 0.5);

        Assert.Equal(1.5, edge.Weight);
        Assert.Equal(1, edge.SeedCount);
        Assert.Single(graph.GetSeedRelations("s1"));
    }

    [Fact]
    public void AddEntity_UnnormalisedName_MapsToSameVertex()
    {
        var graph = new EntityGraph();

        var first = graph.AddEntity(new Entity("  The Pipe   Bomb. ", "OBJECT"), "s1");
        var second = graph.AddEntity(new Entity("pipe bomb", "object"), "s2");

        Assert.Same(first, second);
        Assert.Equal(new Entity("pipe bomb", "object"), first.Entity);
        Assert.Equal(2, first.SeedCount);
    }

    [Fact]
    public void AddEntity_SameNameOtherType_AddsSeparateVertex()
    {
        var graph = new EntityGraph();

        graph.AddEntity(new Entity("china", EntityTypes.Location), "s1");
        graph.AddEntity(new Entity("china", EntityTypes.ObjectOrSubstance), "s1");

        Assert.Equal(2, graph.VertexCount);
    }

    [Fact]
    public void AddEntity_EmptyAfterNormalising_Throws()
    {
        var graph = new EntityGraph();

        Assert.Throws<ArgumentException>(() => graph.AddEntity(new Entity(" '...' ", EntityTypes.Concept), "s1"));
    }

    [Fact]
    public void AddRelation_NullEntity_Throws()
    {
        var graph = new EntityGraph();

        Assert.Throws<ArgumentNullException>(() => graph.AddRelation(new EntityRelation(null!, "targets", Crowd), "s1"));
    }

    [Fact]
    public void AddRelation_NegativeWeight_Throws()
    {
        var graph = new EntityGraph();

        Assert.Throws<ArgumentOutOfRangeException>(() => graph.AddRelation(new EntityRelation(Bomb, "targets", Crowd), "s1", -1));
    }

    [Fact]
    public void AddSeed_SameIdTwice_KeepsFirst()
    {
        var graph = new EntityGraph();

        var first = graph.AddSeed(new SeedPrompt("s1", "first", "a"));
        var second = graph.AddSeed(new SeedPrompt("s1", "second", "b"));

        Assert.Equal(first, second);
        Assert.Equal("first", graph.Seeds.Single().Text);
    }

    [Fact]
    public void GetSeedEntities_Seed_IncludesRelationEndpointsInOrder()
    {
        var graph = CreateSmallGraph();

        Assert.Equal([Bomb, Fertilizer, Crowd], graph.GetSeedEntities("s2").Select(node => node.Entity));
        Assert.Empty(graph.GetSeedEntities("unknown"));
    }

    [Fact]
    public void GetDegree_SmallGraph_CountsInAndOut()
    {
        var graph = CreateSmallGraph();

        Assert.Equal([2, 2, 1, 1, 1, 1, 0], graph.Vertices.Select(graph.GetDegree));
    }

    [Fact]
    public void GetIncidentEdges_ForeignVertex_Throws()
    {
        var graph = CreateSmallGraph();
        var other = CreateSmallGraph();

        Assert.Throws<ArgumentException>(() => graph.GetIncidentEdges(other.Vertices[0]).ToList());
    }

    [Fact]
    public void TryGetEdge_UnnormalisedLabel_FindsEdge()
    {
        var graph = CreateSmallGraph();

        Assert.True(graph.TryGetEdge(new EntityRelation(new Entity("Fertilizer", "object"), " Used_To  Make ", new Entity("the bomb", "OBJECT")), out var edge));
        Assert.Equal("used to make", edge.Label);
    }
}
