using BenchmarkDotNet.Attributes;

namespace FalseReject.Benchmarks.Diversity;

// Self-BLEU-4, Distinct-1 and Distinct-2 in one DiversityMetrics.Measure call, tokenization included.
// Targets: under 40 ms for the 450 XSTest GPT-4 completions (nltk 3.8 takes about 37 s) and under 2 s for
// 80,000 short prompts.
[MemoryDiagnoser]
public class DiversityMetricsBenchmarks
{
    private readonly DiversityMetrics _metrics = new();
    private List<string> _completions = [];
    private List<string> _prompts = [];

    [GlobalSetup]
    public void Setup()
    {
        _completions = BenchmarkData.ReadXsTestColumn("completions_gpt4.csv", "completion");
        _prompts = SyntheticPrompts.Create(80_000, seed: 42);
    }

    [Benchmark]
    public DiversityReport XsTestCompletions450() => _metrics.Measure(_completions);

    [Benchmark]
    public DiversityReport SyntheticPrompts80000() => _metrics.Measure(_prompts);

    [Benchmark]
    public IReadOnlyList<NearDuplicatePair> NearDuplicates80000() => new NearDuplicateDetector(0.8).Find(_prompts);
}
