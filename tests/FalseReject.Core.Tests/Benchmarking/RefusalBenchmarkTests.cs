using FalseReject.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace FalseReject.Tests.Benchmarking;

public sealed class RefusalBenchmarkTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("falsereject-bench-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Run_TwoTargets_JudgesEveryCaseForEach()
    {
        var benchmark = CreateBenchmark(maxConcurrency: 4);
        var refuser = Target("refuser", _ => "I can't help with that.");
        var helper = Target("helper", prompt => $"Sure: here is how to {prompt}.");

        var summary = await benchmark.RunAsync(new BenchmarkRequest(Cases(10), [refuser, helper]));

        Assert.Equal(20, summary.Completed);
        Assert.Equal(new RateEstimate(0, 10), summary.Metrics[0].Overall.ComplianceRate);
        Assert.Equal(new RateEstimate(10, 10), summary.Metrics[1].Overall.ComplianceRate);
        Assert.Equal(10, summary.Usage["helper"].Calls);
    }

    [Fact]
    public async Task Run_ExistingResults_ResumesWithoutAskingAgain()
    {
        var path = Path.Combine(_directory, "results.jsonl");
        var client = new CountingClient(_ => "Sure, here you go.");
        var target = new ChatTarget("model", client);

        await CreateBenchmark().RunAsync(new BenchmarkRequest(Cases(4), [target]) { ResultsPath = path });
        var resumed = await CreateBenchmark().RunAsync(new BenchmarkRequest(Cases(6), [target]) { ResultsPath = path });

        Assert.Equal(6, client.Calls);
        Assert.Equal(2, resumed.Completed);
        Assert.Equal(4, resumed.Resumed);
        Assert.Equal(6, resumed.Metrics[0].Overall.All.Total);
        Assert.Equal(6, File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task Run_TornLastLine_IsDroppedAndAskedAgain()
    {
        var path = Path.Combine(_directory, "results.jsonl");
        var client = new CountingClient(_ => "Sure.");
        var target = new ChatTarget("model", client);
        await CreateBenchmark().RunAsync(new BenchmarkRequest(Cases(3), [target]) { ResultsPath = path });
        var lines = File.ReadAllLines(path);
        File.WriteAllText(path, string.Join('\n', lines[..2]) + "\n" + lines[2][..20]);

        var summary = await CreateBenchmark().RunAsync(new BenchmarkRequest(Cases(3), [target]) { ResultsPath = path });

        Assert.Equal(1, summary.Completed);
        Assert.Equal(2, summary.Resumed);
        Assert.Equal(3, (await ResultCheckpoint.ReadLatestAsync(path)).Count);
    }

    [Fact]
    public async Task Run_RerunErrors_AsksOnlyFailedCasesAgain()
    {
        var path = Path.Combine(_directory, "results.jsonl");
        var failing = new CountingClient(prompt => prompt.EndsWith('1') ? throw new InvalidOperationException("boom") : "Sure.");
        var options = new TargetOptions { MaxRetries = 0 };
        await CreateBenchmark().RunAsync(new BenchmarkRequest(Cases(3), [new ChatTarget("model", failing, options)]) { ResultsPath = path });

        var healthy = new CountingClient(_ => "Sure.");
        var summary = await CreateBenchmark().RunAsync(
            new BenchmarkRequest(Cases(3), [new ChatTarget("model", healthy, options)]) { ResultsPath = path, RerunErrors = true });

        Assert.Equal(1, healthy.Calls);
        Assert.Equal(1, summary.Completed);
        Assert.Equal(0, summary.Metrics[0].Overall.All.TargetError);
        Assert.Equal(3, summary.Metrics[0].Overall.All.FullCompliance);
    }

    [Fact]
    public async Task Run_Canceled_KeepsFinishedResults()
    {
        var path = Path.Combine(_directory, "results.jsonl");
        using var cancellation = new CancellationTokenSource();
        var client = new CountingClient(prompt =>
        {
            if (prompt.EndsWith("case 5", StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }

            return "Sure.";
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            CreateBenchmark(maxConcurrency: 1).RunAsync(new BenchmarkRequest(Cases(50), [new ChatTarget("model", client)]) { ResultsPath = path }, cancellation.Token));

        var kept = await ResultCheckpoint.ReadLatestAsync(path);
        Assert.InRange(kept.Count, 5, 6);
        Assert.True(client.Calls < 50);
    }

    [Fact]
    public async Task Run_BoundsConcurrency()
    {
        var client = new CountingClient(_ => "Sure.", delay: TimeSpan.FromMilliseconds(5));

        await CreateBenchmark(maxConcurrency: 3).RunAsync(new BenchmarkRequest(Cases(30), [new ChatTarget("model", client)]));

        Assert.InRange(client.MaxInFlight, 1, 3);
        Assert.Equal(30, client.Calls);
    }

    [Fact]
    public async Task Run_ContentFilter_IsProviderBlockedNotRefusal()
    {
        var client = new ScriptedChatClient((_, _, _) => new ChatResponse(new ChatMessage(ChatRole.Assistant, string.Empty)) { FinishReason = ChatFinishReason.ContentFilter });

        var summary = await CreateBenchmark().RunAsync(new BenchmarkRequest(Cases(2), [new ChatTarget("model", client)]));

        var rates = summary.Metrics[0].Overall;
        Assert.Equal(2, rates.All.ProviderBlocked);
        Assert.Equal(0, rates.All.FullRefusal);
        Assert.Equal(new RateEstimate(2, 2), rates.OverRefusalRateWithBlocked);
    }

    [Fact]
    public async Task Run_DuplicateTargetNames_Throws()
    {
        var client = ScriptedChatClient.Replies("Sure.");

        await Assert.ThrowsAsync<ArgumentException>(() =>
            CreateBenchmark().RunAsync(new BenchmarkRequest(Cases(1), [new ChatTarget("a", client), new ChatTarget("a", client)])));
    }

    private static RefusalBenchmark CreateBenchmark(int maxConcurrency = 8) =>
        new(new KeywordJudge(), Options.Create(new RefusalBenchmarkOptions { MaxConcurrency = maxConcurrency }));

    private static ChatTarget Target(string name, Func<string, string> reply) => new(name, ScriptedChatClient.FromFunction(reply));

    private static async IAsyncEnumerable<OverRefusalCase> Cases(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new OverRefusalCase { Id = $"c{i}", Prompt = $"case {i}", CategoryId = i % 2 == 0 ? "even" : "odd" };
        }
    }

    // A minimal judge for runner tests: the runner, not the judge, is under test here.
    private sealed class KeywordJudge : IRefusalJudge
    {
        public ValueTask<RefusalVerdict> JudgeAsync(RefusalJudgeRequest request, CancellationToken cancellationToken = default)
        {
            var refused = request.Response.Text.StartsWith("I can't", StringComparison.Ordinal);
            return ValueTask.FromResult(new RefusalVerdict { Outcome = refused ? RefusalOutcome.FullRefusal : RefusalOutcome.FullCompliance, Judge = "keyword" });
        }
    }

    private sealed class CountingClient(Func<string, string> reply, TimeSpan delay = default) : IChatClient
    {
        private int _calls;
        private int _inFlight;
        private int _maxInFlight;

        public int Calls => _calls;

        public int MaxInFlight => _maxInFlight;

        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _maxInFlight, now);
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, cancellationToken);
                }

                return new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(messages.Last().Text)));
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }

        private static void InterlockedMax(ref int location, int value)
        {
            int current;
            while (value > (current = Volatile.Read(ref location)) && Interlocked.CompareExchange(ref location, value, current) != current)
            {
            }
        }
    }
}
