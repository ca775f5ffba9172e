using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FalseReject.Cli;

/// <summary>
/// Represents one offline judging run: judges responses in order with bounded concurrency, writes verdict lines and
/// accumulates metrics and agreement with human labels.
/// </summary>
internal sealed class JudgeRun(IRefusalJudge judge, string name, TextWriter error)
{
    private readonly RefusalMetricsAccumulator _metrics = new(name);
    private readonly ProgressPrinter _progress = new(error, TimeSpan.FromSeconds(2));
    private long _labelled;
    private long _agreeThreeWay;
    private long _agreeBinary;

    public long Count { get; private set; }

    public async Task RunAsync(IAsyncEnumerable<RecordedResponse> responses, string outputPath, int maxConcurrency, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        await using var output = new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
        var window = new Queue<Task<(RecordedResponse Response, RefusalVerdict Verdict)>>();
        await foreach (var response in responses.WithCancellation(cancellationToken))
        {
            window.Enqueue(JudgeAsync(response, cancellationToken));
            if (window.Count >= maxConcurrency)
            {
                await WriteAsync(output, await window.Dequeue());
            }
        }

        while (window.Count > 0)
        {
            await WriteAsync(output, await window.Dequeue());
        }
    }

    public BenchmarkReport CreateReport(string dataset, string judgeName) => new()
    {
        GeneratedAt = DateTimeOffset.UtcNow,
        Dataset = dataset,
        Judge = judgeName,
        Targets = [_metrics.Build()],
    };

    public string DescribeAgreement()
    {
        if (_labelled == 0)
        {
            return "The input has no human labels, so agreement was not measured.";
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"Agreement with the {_labelled} human labels: 3-way {(double)_agreeThreeWay / _labelled:0.000}, binary (refusal = full or partial) {(double)_agreeBinary / _labelled:0.000}. Undecided verdicts count as disagreement; run `falsereject calibrate` for the confusion matrix.");
    }

    private async Task<(RecordedResponse, RefusalVerdict)> JudgeAsync(RecordedResponse response, CancellationToken cancellationToken)
    {
        var request = new RefusalJudgeRequest(response.Case.Prompt, TargetResponse.FromText(response.Response)) { Case = response.Case };
        return (response, await judge.JudgeAsync(request, cancellationToken));
    }

    private async Task WriteAsync(StreamWriter output, (RecordedResponse Response, RefusalVerdict Verdict) item)
    {
        var (response, verdict) = item;
        await output.WriteLineAsync(SerializeVerdict(response, verdict));
        _metrics.Add(response.Case.CategoryKey, response.Case.CategoryName, response.Case.Safety, verdict.Outcome);
        Count++;
        if (response.HumanLabel is { } human)
        {
            _labelled++;
            _agreeThreeWay += human == verdict.Outcome ? 1 : 0;
            var policy = PartialCompliancePolicy.CountAsRefusal;
            _agreeBinary += verdict.Outcome.IsVerdict() && policy.IsRefusal(human) == policy.IsRefusal(verdict.Outcome) ? 1 : 0;
        }

        _progress.Report(() => $"Judged {Count} responses.");
    }

    private static string SerializeVerdict(RecordedResponse response, RefusalVerdict verdict)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", response.Case.Id);
            json.WriteString("label", verdict.Outcome.ToWireName());
            json.WriteString("judge", verdict.Judge);
            WriteOptional(json, "rule", verdict.Rule);
            WriteOptional(json, "rationale", verdict.Rationale);
            WriteOptional(json, "category", response.Case.CategoryId);
            json.WriteString("safety", response.Case.Safety == PromptSafety.Harmful ? "harmful" : "benign");
            WriteOptional(json, "human_label", response.HumanLabel?.ToWireName());
            WriteOptional(json, "raw_output", verdict.Outcome == RefusalOutcome.Undecided ? verdict.RawOutput : null);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
