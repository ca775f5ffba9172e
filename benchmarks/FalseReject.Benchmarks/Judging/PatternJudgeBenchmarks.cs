using BenchmarkDotNet.Attributes;

namespace FalseReject.Benchmarks.Judging;

/// <summary>
/// Measures <see cref="PatternRefusalJudge.Judge(string, string)"/> over the 1,350 real XSTest completions
/// (GPT-4, Llama-2 and Mistral, 450 each) read from <c>../shared/data/xstest</c> beside the repository root.
/// One operation is one response, so responses per second is 1 / Mean.
/// </summary>
/// <remarks>
/// When the shared data folder is missing, the global setup throws with a message that names the folder;
/// BenchmarkDotNet then reports this benchmark as failed and runs the others.
/// </remarks>
[MemoryDiagnoser]
public class PatternJudgeBenchmarks
{
    private const int ResponseCount = 1350;
    private static readonly string[] Models = ["gpt4", "llama2new", "mistralinstruct"];

    private readonly PatternRefusalJudge _judge = new();
    private (string Prompt, string Response)[] _items = [];

    [GlobalSetup]
    public void LoadCompletions()
    {
        var folder = Path.Combine(FindRepositoryRoot(), "..", "shared", "data", "xstest");
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"Skipped: the XSTest completions folder '{Path.GetFullPath(folder)}' is missing; place the shared data beside the repository root.");
        }

        var items = new List<(string, string)>();
        foreach (var model in Models)
        {
            var path = Path.Combine(folder, $"completions_{model}.csv");
            var options = new DatasetOptions { Format = DatasetFormat.XSTestCompletions };
            foreach (var response in DatasetReader.ReadResponsesAsync(path, options).ToBlockingEnumerable())
            {
                items.Add((response.Case.Prompt, response.Response));
            }
        }

        if (items.Count != ResponseCount)
        {
            throw new InvalidOperationException($"Expected {ResponseCount} XSTest completions in '{folder}' but read {items.Count}; update ResponseCount.");
        }

        _items = [.. items];
    }

    [Benchmark(OperationsPerInvoke = ResponseCount)]
    public int JudgeXsTestCompletions()
    {
        var refusals = 0;
        foreach (var (prompt, response) in _items)
        {
            refusals += _judge.Judge(prompt, response).Outcome == RefusalOutcome.FullRefusal ? 1 : 0;
        }

        return refusals;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FalseReject.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' contains FalseReject.Core.sln.");
    }
}
