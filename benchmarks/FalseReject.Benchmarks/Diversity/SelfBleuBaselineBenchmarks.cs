using BenchmarkDotNet.Attributes;

namespace FalseReject.Benchmarks.Diversity;

// The linear Self-BLEU against the quadratic baseline, which scores each text against every other text as nltk
// does. The Ratio column is the speed-up. The baseline gets pre-tokenized texts, while the linear timing includes
// tokenization. The size is small because the baseline is quadratic.
[MemoryDiagnoser]
public class SelfBleuBaselineBenchmarks
{
    private const int MaxOrder = 4;
    private const double Epsilon = 0.1;
    private List<string> _prompts = [];
    private List<IReadOnlyList<string>> _tokens = [];

    [Params(300)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _prompts = SyntheticPrompts.Create(Count, seed: 7);
        _tokens = _prompts.Select(WordPunctuationTokenizer.Instance.Tokenize).ToList();
    }

    [Benchmark(Baseline = true)]
    public double[] Quadratic() => QuadraticSelfBleu.Scores(_tokens, MaxOrder, Epsilon);

    [Benchmark]
    public double[] Linear() => SelfBleuCalculator.Scores(NGramCorpus.Create(_prompts, WordPunctuationTokenizer.Instance, MaxOrder), MaxOrder, Epsilon);
}
