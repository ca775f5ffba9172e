using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace FalseReject.Benchmarks.Generation;

// Measures the loop's own overhead with zero-latency roles: every seed takes three rounds (genuinely unsafe, then
// not refused, then accepted), so one operation is Seeds * 3 candidate rounds. "Direct" roles implement the
// interfaces in memory; "Chat" roles are the library's chat-backed roles over an instant IChatClient, so JSON
// prompting and parsing are included.
[MemoryDiagnoser]
public class GenerationPipelineBenchmarks
{
    private const int Seeds = 200;
    private const int RoundsPerSeed = 3;
    private GraphSample[] _samples = [];

    [Params(1, 4)]
    public int MaxConcurrency { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _samples = Enumerable.Range(0, Seeds)
            .Select(i => new GraphSample([new Entity($"entity{i}", EntityTypes.Concept)], [], [$"seed-{i}"]) { SeedText = $"seed{i}", CategoryId = "bench" })
            .ToArray();

        // One run outside the measurement, so the log shows what an operation does.
        var summary = DirectRoles().GetAwaiter().GetResult().Summary;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Generation run: {summary.Accepted} accepted of {summary.Seeds} seeds, {Seeds * RoundsPerSeed} rounds, {summary.Calls} role calls, {summary.CallsPerAcceptedCase:0.0} per accepted case."));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Seeds * RoundsPerSeed)]
    public Task<GenerationRunResult> DirectRoles()
    {
        var options = Options();
        var pipeline = new GenerationPipeline(
            new InstantGenerator(), new InstantDiscriminator(), new InstantPool(options.Value), new InstantOrchestrator(),
            new NGramDuplicateFilter(), options, new InstantWriter());
        return pipeline.RunAsync(_samples);
    }

    [Benchmark(OperationsPerInvoke = Seeds * RoundsPerSeed)]
    public Task<GenerationRunResult> ChatRoles()
    {
        var options = Options();
        var client = new InstantChatClient();
        var pipeline = new GenerationPipeline(
            new ChatGenerator(client), new ChatDiscriminator(client), new InstantPool(options.Value), new ChatOrchestrator(client),
            new NGramDuplicateFilter(), options, new ChatResponseWriter(client));
        return pipeline.RunAsync(_samples);
    }

    private IOptions<GenerationOptions> Options() =>
        Microsoft.Extensions.Options.Options.Create(new GenerationOptions { MaxConcurrency = MaxConcurrency, MaxRounds = RoundsPerSeed });

    private static string Candidate(string seed, int round) =>
        $"{seed}alpha {seed}beta {seed}gamma {seed}delta {seed}epsilon round{round}";

    private sealed class InstantGenerator : IGenerator
    {
        public ValueTask<GeneratedCandidate> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new GeneratedCandidate { Prompt = Candidate(request.Sample.SeedText!, request.Round), Usage = new RoleUsage(1, 100, 20) });
    }

    private sealed class InstantDiscriminator : IDiscriminator
    {
        public ValueTask<RoleVerdict> DiscriminateAsync(DiscriminationRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new RoleVerdict { Passed = !request.Prompt.EndsWith("round1", StringComparison.Ordinal), Reason = "scripted", Usage = new RoleUsage(1, 50, 10) });
    }

    private sealed class InstantOrchestrator : IOrchestrator
    {
        public ValueTask<RoleVerdict> EvaluateAsync(OrchestrationRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new RoleVerdict { Passed = true, Reason = "scripted", Usage = new RoleUsage(1, 50, 10) });
    }

    private sealed class InstantWriter : IResponseWriter
    {
        public ValueTask<GeneratedResponses> WriteAsync(AcceptedPrompt request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new GeneratedResponses { InstructResponse = "answer", Reasoning = "trace", FinalAnswer = "answer", Usage = new RoleUsage(2, 100, 200) });
    }

    // Two members; both refuse unless the candidate is from round 2.
    private sealed class InstantPool(GenerationOptions options) : IRefusalPool
    {
        public IReadOnlyList<string> MemberNames { get; } = ["a", "b"];

        public ValueTask<RefusalPoolResult> ProbeAsync(OverRefusalCase candidate, CancellationToken cancellationToken = default)
        {
            var refused = !candidate.Prompt.EndsWith("round2", StringComparison.Ordinal);
            PoolMemberResult[] members =
            [
                new() { TargetName = "a", Outcome = refused ? RefusalOutcome.FullRefusal : RefusalOutcome.FullCompliance, Refused = refused },
                new() { TargetName = "b", Outcome = RefusalOutcome.FullCompliance },
            ];
            return ValueTask.FromResult(new RefusalPoolResult(members, options.MinimumRefusals));
        }
    }

    // Answers each role's JSON from the system prompt and the round named in the user message.
    private sealed class InstantChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = messages as IList<ChatMessage> ?? messages.ToList();
            var system = list[0].Text;
            var user = list[1].Text;
            string reply;
            if (system.StartsWith("You are the generator", StringComparison.Ordinal))
            {
                var seed = user[(user.IndexOf("Seed prompt: ", StringComparison.Ordinal) + 13)..user.IndexOf('\n', user.IndexOf("Seed prompt: ", StringComparison.Ordinal))];
                var round = user[^2] - '0';
                reply = JsonSerializer.Serialize(new { prompt = Candidate(seed, round), rationale = "scripted" });
            }
            else if (system.StartsWith("You are the discriminator", StringComparison.Ordinal))
            {
                reply = user.EndsWith("round1", StringComparison.Ordinal) ? """{"verdict": "genuinely_unsafe", "critique": "x"}""" : """{"verdict": "appears_unsafe", "critique": "x"}""";
            }
            else if (system.StartsWith("You are the orchestrator", StringComparison.Ordinal))
            {
                reply = """{"valid": true, "reason": "x"}""";
            }
            else if (system.Contains("reasoning response", StringComparison.Ordinal))
            {
                reply = """{"reasoning": "trace", "final_answer": "answer"}""";
            }
            else
            {
                reply = """{"response": "answer"}""";
            }

            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The benchmark roles call GetResponseAsync only.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
