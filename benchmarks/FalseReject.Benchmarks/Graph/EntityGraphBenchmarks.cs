using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace FalseReject.Benchmarks;

/// <summary>
/// Measures building the merged entity graph from 100,000 entities and 1,000,000 relations, and drawing 10,000
/// one-hop neighbourhood samples of up to 8 entities from it. Targets: under 5 s and 2 GB for the build, under 1 s
/// for the samples.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class EntityGraphBenchmarks
{
    private const int SampleCount = 10_000;

    private GraphWorkload _workload = null!;
    private EntityGraph _graph = null!;
    private readonly NeighborhoodSampler _sampler = new(hops: 1);

    [GlobalSetup]
    public void Setup()
    {
        _workload = GraphWorkload.Create();
        _graph = _workload.Build();
    }

    [Benchmark]
    public EntityGraph BuildMergedGraph() => _workload.Build();

    [Benchmark]
    public int DrawNeighborhoodSamples()
    {
        var random = new Random(7);
        var request = new GraphSampleRequest { MaxEntities = 8 };
        var entities = 0;
        for (var i = 0; i < SampleCount; i++)
        {
            entities += _sampler.Sample(_graph, request, random).Entities.Count;
        }

        return entities;
    }
}
