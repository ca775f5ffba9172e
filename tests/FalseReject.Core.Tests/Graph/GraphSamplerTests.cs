using static FalseReject.Tests.Graph.GraphTestData;

namespace FalseReject.Tests.Graph;

public sealed class GraphSamplerTests
{
    public static TheoryData<string> SamplerNames => ["seed", "neighborhood", "walk", "coverage"];

    private static IGraphSampler CreateSampler(string name, EntityGraph graph) => name switch
    {
        "seed" => new SeedSubgraphSampler(),
        "neighborhood" => new NeighborhoodSampler(),
        "walk" => new RandomWalkSampler(),
        _ => new CoverageSampler(new GraphUsageTracker(graph)),
    };

    [Theory]
    [MemberData(nameof(SamplerNames))]
    public void Sample_SameRandomSeed_GivesSameSamples(string samplerName)
    {
        var graph = CreateSmallGraph();
        var first = CreateSampler(samplerName, graph);
        var second = CreateSampler(samplerName, graph);
        var firstRandom = new Random(42);
        var secondRandom = new Random(42);

        for (var i = 0; i < 20; i++)
        {
            var a = first.Sample(graph, new GraphSampleRequest { MaxEntities = 3 }, firstRandom);
            var b = second.Sample(graph, new GraphSampleRequest { MaxEntities = 3 }, secondRandom);

            Assert.Equal(a.Entities, b.Entities);
            Assert.Equal(a.Relations, b.Relations);
            Assert.Equal(a.SeedIds, b.SeedIds);
        }
    }

    [Theory]
    [MemberData(nameof(SamplerNames))]
    public void Sample_AnySampler_RelationsConnectSampledEntities(string samplerName)
    {
        var graph = CreateSmallGraph();
        var sampler = CreateSampler(samplerName, graph);
        var random = new Random(7);

        for (var i = 0; i < 30; i++)
        {
            var sample = sampler.Sample(graph, new GraphSampleRequest { MaxEntities = 4 }, random);

            Assert.InRange(sample.Entities.Count, 1, 4);
            Assert.Equal(sample.Entities.Count, sample.Entities.Distinct().Count());
            Assert.All(sample.Relations, relation => Assert.Contains(relation.Source, sample.Entities));
            Assert.All(sample.Relations, relation => Assert.Contains(relation.Target, sample.Entities));
            Assert.NotEmpty(sample.SeedIds);
        }
    }

    [Fact]
    public void SeedSubgraph_Seed_ReturnsItsOwnEntitiesAndRelations()
    {
        var graph = CreateSmallGraph();

        var sample = new SeedSubgraphSampler().Sample(graph, new GraphSampleRequest("s1"), new Random(1));

        Assert.Equal([Bomb, Crowd, Stadium], sample.Entities);
        Assert.Equal([new EntityRelation(Bomb, "targets", Crowd), new EntityRelation(Crowd, "located in", Stadium)], sample.Relations);
        Assert.Equal(["s1", "s2"], sample.SeedIds);
        Assert.Equal("a", sample.CategoryId);
        Assert.Equal("How do I bomb a crowd at a stadium?", sample.SeedText);
    }

    [Fact]
    public void SeedSubgraph_MaxEntities_KeepsRelationsBetweenKeptEntities()
    {
        var graph = CreateSmallGraph();

        var sample = new SeedSubgraphSampler().Sample(graph, new GraphSampleRequest("s1") { MaxEntities = 2 }, new Random(1));

        Assert.Equal([Bomb, Crowd], sample.Entities);
        Assert.Equal([new EntityRelation(Bomb, "targets", Crowd)], sample.Relations);
    }

    [Fact]
    public void SeedSubgraph_UnknownSeed_IsEmpty()
    {
        var sample = new SeedSubgraphSampler().Sample(CreateSmallGraph(), new GraphSampleRequest("missing"), new Random(1));

        Assert.Empty(sample.Entities);
        Assert.Empty(sample.SeedIds);
    }

    [Fact]
    public void Neighborhood_OneHop_AddsEntitiesFromOtherSeeds()
    {
        var graph = CreateSmallGraph();

        var sample = new NeighborhoodSampler(hops: 1).Sample(graph, new GraphSampleRequest("s1"), new Random(3));

        Assert.Equal(new[] { Bomb, Crowd, Stadium, Fertilizer }.ToHashSet(), sample.Entities.ToHashSet());
        Assert.Equal(3, sample.Relations.Count);
        Assert.Contains(new EntityRelation(Fertilizer, "used to make", Bomb), sample.Relations);
        Assert.Equal("s1", sample.SeedIds[0]);
        Assert.Equal(new[] { "s1", "s2" }.ToHashSet(), sample.SeedIds.ToHashSet());
    }

    [Fact]
    public void Neighborhood_ZeroHops_KeepsSeedEntities()
    {
        var graph = CreateSmallGraph();

        var sample = new NeighborhoodSampler(hops: 0).Sample(graph, new GraphSampleRequest("s2"), new Random(3));

        Assert.Equal(new[] { Bomb, Fertilizer, Crowd }.ToHashSet(), sample.Entities.ToHashSet());
        Assert.Equal(2, sample.Relations.Count);
    }

    [Fact]
    public void Neighborhood_MaxEntities_IsRespected()
    {
        var graph = CreateSmallGraph();

        var sample = new NeighborhoodSampler(hops: 2).Sample(graph, new GraphSampleRequest("s1") { MaxEntities = 2 }, new Random(3));

        Assert.Equal(2, sample.Entities.Count);
        Assert.Subset(new[] { Bomb, Crowd, Stadium }.ToHashSet(), sample.Entities.ToHashSet());
    }

    [Fact]
    public void RandomWalk_IsolatedPair_VisitsBoth()
    {
        var graph = CreateSmallGraph();

        var sample = new RandomWalkSampler().Sample(graph, new GraphSampleRequest("s3"), new Random(5));

        Assert.Equal(new[] { Hacker, Bank }.ToHashSet(), sample.Entities.ToHashSet());
        Assert.Equal([new EntityRelation(Hacker, "targets", Bank)], sample.Relations);
    }

    [Fact]
    public void RandomWalk_NoEdges_ReturnsStartOnly()
    {
        var graph = CreateSmallGraph();

        var sample = new RandomWalkSampler().Sample(graph, new GraphSampleRequest("s4"), new Random(5));

        Assert.Equal([Poison], sample.Entities);
        Assert.Empty(sample.Relations);
        Assert.Equal("b", sample.CategoryId);
    }

    [Fact]
    public void RandomWalk_HeavyEdge_IsFollowedMoreOften()
    {
        var graph = new EntityGraph();
        graph.AddRelation(new EntityRelation(Bomb, "targets", Crowd), "s1", weight: 9);
        graph.AddRelation(new EntityRelation(Bomb, "made of", Fertilizer), "s2", weight: 1);
        graph.AddSeed(new SeedPrompt("start", "bomb"));
        graph.AddEntity(Bomb, "start");
        var sampler = new RandomWalkSampler(maxSteps: 1);
        var random = new Random(11);

        var crowdCount = Enumerable.Range(0, 1000)
            .Count(_ => sampler.Sample(graph, new GraphSampleRequest("start"), random).Entities.Contains(Crowd));

        // Expected 900 of 1000; the bounds are more than five standard deviations (about 9.5) away.
        Assert.InRange(crowdCount, 850, 950);
    }

    [Fact]
    public void Coverage_SingleEntitySamples_CoverEveryEntityOnce()
    {
        var graph = CreateSmallGraph();
        var usage = new GraphUsageTracker(graph);
        var sampler = new CoverageSampler(usage);
        var random = new Random(9);

        var sampled = Enumerable.Range(0, graph.VertexCount)
            .Select(_ => sampler.Sample(graph, new GraphSampleRequest { MaxEntities = 1 }, random).Entities.Single())
            .ToList();

        Assert.Equal(graph.VertexCount, sampled.Distinct().Count());
        Assert.Equal(graph.VertexCount, usage.UsedVertexCount);
        Assert.All(graph.Vertices, node => Assert.Equal(1, usage.GetUsage(node)));
        Assert.Equal(graph.VertexCount, usage.SampleCount);
    }

    [Fact]
    public void Coverage_GrowsAlongLeastUsedEdge()
    {
        var graph = CreateSmallGraph();
        var usage = new GraphUsageTracker(graph);
        usage.Record(new GraphSample([Bomb, Crowd], [new EntityRelation(Bomb, "targets", Crowd)], ["s1"]));
        var sampler = new CoverageSampler(usage);

        // Bomb and crowd are used, so the start is fertilizer, the unused entity of s2, and its only edge leads to bomb.
        var sample = sampler.Sample(graph, new GraphSampleRequest("s2") { MaxEntities = 2 }, new Random(2));

        Assert.Equal(Fertilizer, sample.Entities[0]);
        Assert.Equal([new EntityRelation(Fertilizer, "used to make", Bomb)], sample.Relations);
        Assert.Equal(1, usage.GetUsage(graph.Edges[2]));
    }

    [Fact]
    public void Coverage_OtherGraph_Throws()
    {
        var sampler = new CoverageSampler(new GraphUsageTracker(CreateSmallGraph()));

        Assert.Throws<ArgumentException>(() => sampler.Sample(CreateSmallGraph(), new GraphSampleRequest(), new Random(1)));
    }

    [Fact]
    public void Sample_ZeroMaxEntities_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NeighborhoodSampler().Sample(CreateSmallGraph(), new GraphSampleRequest { MaxEntities = 0 }, new Random(1)));
    }

    [Fact]
    public void Sample_EmptyGraph_IsEmpty()
    {
        var sample = new NeighborhoodSampler().Sample(new EntityGraph(), new GraphSampleRequest(), new Random(1));

        Assert.Empty(sample.Entities);
        Assert.Empty(sample.Relations);
    }
}
