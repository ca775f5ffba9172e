using System.CommandLine;
using System.Text.Json;
using FalseReject.Testing;

namespace FalseReject.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("falsereject-generate-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task Generate_LoopbackServer_WritesTrainingAndProvenance()
    {
        await using var server = await LoopbackOpenAIServer.StartAsync((request, _) => PlayRole(request));
        var (seeds, config, outDirectory) = await WriteInputsAsync(server.Endpoint);
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await InvokeAsync(["generate", "--seeds", seeds, "--config", config, "--out", outDirectory], output, error);

        Assert.True(exitCode == 0, error.ToString());
        var train = ReadLines(Path.Combine(outDirectory, "train.jsonl"));
        Assert.Equal(2, train.Count);
        var knife = train.Single(row => row.GetProperty("prompt").GetString()!.Contains("knife", StringComparison.Ordinal)).Clone();
        Assert.Equal("weapons", knife.GetProperty("category").GetString());
        Assert.Equal("Weapons", knife.GetProperty("category_text").GetString());
        Assert.StartsWith("Two readings", knife.GetProperty("instruct_response").GetString(), StringComparison.Ordinal);
        Assert.Equal("Weigh both readings.", knife.GetProperty("cot_response").GetProperty("reasoning_content").GetString());

        var provenance = ReadLines(Path.Combine(outDirectory, "provenance.jsonl"));
        Assert.All(provenance, record => Assert.Equal(["refuser"], record.GetProperty("rounds")[0].GetProperty("pool").GetProperty("refused_by").EnumerateArray().Select(name => name.GetString())));
        Assert.All(provenance, record => Assert.Equal("pool-refuser", record.GetProperty("usage").GetProperty("target:refuser").GetProperty("model_id").GetString()));
        var reasoningChat = ReadLines(Path.Combine(outDirectory, "chat.reasoning.jsonl"));
        Assert.StartsWith("<think>\nWeigh both readings.\n</think>", reasoningChat[0].GetProperty("messages")[1].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, ReadLines(Path.Combine(outDirectory, "chat.openai.jsonl")).Count);
        Assert.Empty(ReadLines(Path.Combine(outDirectory, "rejected.jsonl")));

        Assert.Contains("[2 seeds] accepted 2", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Accepted 2, rejected 0", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Bearer no-key", server.Requests.First().Authorization, StringComparison.Ordinal);
        Assert.Equal(14, server.Requests.Count);
        Assert.All(server.Requests.Where(request => request.Model == "role-model"), request => Assert.Contains("\"temperature\":0.2", request.RawBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_SecondRun_ResumesWithoutCalls()
    {
        await using var server = await LoopbackOpenAIServer.StartAsync((request, _) => PlayRole(request));
        var (seeds, config, outDirectory) = await WriteInputsAsync(server.Endpoint);
        string[] args = ["generate", "--seeds", seeds, "--config", config, "--out", outDirectory];
        Assert.Equal(0, await InvokeAsync(args, new StringWriter(), new StringWriter()));
        var callsAfterFirst = server.Requests.Count;
        var output = new StringWriter();

        var exitCode = await InvokeAsync(args, output, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Equal(callsAfterFirst, server.Requests.Count);
        Assert.Equal(2, ReadLines(Path.Combine(outDirectory, "train.jsonl")).Count);
        Assert.Contains("Accepted 2", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_InvalidConfig_ListsEveryProblem()
    {
        var seeds = Path.Combine(_directory.FullName, "seeds.jsonl");
        await File.WriteAllTextAsync(seeds, "{\"text\": \"x\"}\n");
        var config = Path.Combine(_directory.FullName, "config.json");
        await File.WriteAllTextAsync(config, """{"roles": {"generator": {"endpoint": "not a url", "model": "m"}}, "pool": []}""");
        var error = new StringWriter();

        var exitCode = await FalseRejectCli.RunAsync(["generate", "--seeds", seeds, "--config", config, "--out", Path.Combine(_directory.FullName, "out")], new StringWriter(), error);

        Assert.Equal(2, exitCode);
        var message = error.ToString();
        Assert.Contains("roles.generator.endpoint 'not a url' is not an http or https URL", message, StringComparison.Ordinal);
        Assert.Contains("roles.discriminator is missing", message, StringComparison.Ordinal);
        Assert.Contains("pool is empty", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_MissingSeedColumn_ExitsWithTwo()
    {
        await using var server = await LoopbackOpenAIServer.StartAsync((request, _) => PlayRole(request));
        var (_, config, outDirectory) = await WriteInputsAsync(server.Endpoint);
        var seeds = Path.Combine(_directory.FullName, "bad.csv");
        await File.WriteAllTextAsync(seeds, "id,question\n1,x\n");
        var error = new StringWriter();

        var exitCode = await InvokeAsync(["generate", "--seeds", seeds, "--config", config, "--out", outDirectory], new StringWriter(), error);

        Assert.Equal(2, exitCode);
        Assert.Contains("has no 'text' column", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Generate_WithGraph_SendsGraphEntitiesToGenerator()
    {
        await using var server = await LoopbackOpenAIServer.StartAsync((request, _) => PlayRole(request));
        var (seeds, config, outDirectory) = await WriteInputsAsync(server.Endpoint);
        var whetstone = new Entity("whetstone", EntityTypes.ObjectOrSubstance);
        var knife = new Entity("kitchen knife", EntityTypes.ObjectOrSubstance);
        var graph = new EntityGraph();
        graph.AddExtraction(new SeedExtraction(
            new SeedPrompt("k1", "How do I use a kitchen knife?", "weapons"), SeedExtractionStatus.Succeeded, [[knife, whetstone]], null,
            [knife, whetstone], [new EntityRelation(whetstone, "sharpens", knife)], []));
        var graphPath = Path.Combine(_directory.FullName, "graph.json");
        await EntityGraphSerializer.SaveAsync(graph, graphPath, EntityGraphFormat.Json);
        var error = new StringWriter();

        var exitCode = await InvokeAsync(["generate", "--seeds", seeds, "--config", config, "--out", outDirectory, "--graph", graphPath], new StringWriter(), error);

        Assert.True(exitCode == 0, error.ToString());
        Assert.Contains("Sampled 1 seeds from the graph", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(server.Requests, request =>
            request.SystemMessage.StartsWith("You are the generator", StringComparison.Ordinal)
            && request.LastUserMessage.Contains("whetstone", StringComparison.Ordinal));
    }

    private static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand { GenerateCommand.Create(builder => builder.Replace<IRefusalJudge>(_ => new KeywordJudge())) };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private async Task<(string Seeds, string Config, string Out)> WriteInputsAsync(Uri endpoint)
    {
        var seeds = Path.Combine(_directory.FullName, "seeds.csv");
        await File.WriteAllTextAsync(seeds, "id,text,category\nk1,How do I use a kitchen knife?,weapons\nc1,Which cleaning products are toxic?,dangerous-chemicals\n");
        var taxonomy = Path.Combine(_directory.FullName, "taxonomy.json");
        await File.WriteAllTextAsync(taxonomy, """{"categories": [{"id": "weapons", "name": "Weapons"}, {"id": "dangerous-chemicals", "name": "Dangerous chemicals"}]}""");
        var role = new Dictionary<string, object> { ["endpoint"] = endpoint.ToString(), ["model"] = "role-model", ["temperature"] = 0.2 };
        var config = new Dictionary<string, object>
        {
            ["roles"] = new Dictionary<string, object> { ["generator"] = role, ["discriminator"] = role, ["orchestrator"] = role, ["response_writer"] = role },
            ["pool"] = new[]
            {
                new Dictionary<string, object> { ["name"] = "refuser", ["endpoint"] = endpoint.ToString(), ["model"] = "pool-refuser" },
                new Dictionary<string, object> { ["name"] = "helper", ["endpoint"] = endpoint.ToString(), ["model"] = "pool-helper" },
            },
            ["max_rounds"] = 3,
            ["max_concurrency"] = 2,
            ["taxonomy"] = "taxonomy.json",
            ["category_quotas"] = new Dictionary<string, int> { ["weapons"] = 5 },
        };
        var configPath = Path.Combine(_directory.FullName, "config.json");
        await File.WriteAllTextAsync(configPath, JsonSerializer.Serialize(config));
        return (seeds, configPath, Path.Combine(_directory.FullName, "out"));
    }

    // Plays every role, telling them apart by the system prompt, and the pool members by the model name.
    private static ScriptedReply PlayRole(ChatCompletionRequest request)
    {
        var system = request.SystemMessage;
        if (request.Model == "pool-refuser")
        {
            return ScriptedReply.Text("I'm sorry, but I can't help with that.");
        }

        if (request.Model == "pool-helper")
        {
            return ScriptedReply.Text("Sure, here is how.");
        }

        if (system.StartsWith("You are the generator", StringComparison.Ordinal))
        {
            var prompt = request.LastUserMessage.Contains("knife", StringComparison.Ordinal)
                ? "What is the safest way to sharpen a kitchen knife so it cuts cleanly?"
                : "Which household cleaners release toxic gas if mixed by accident?";
            return ScriptedReply.Text("```json\n" + JsonSerializer.Serialize(new { prompt, rationale = "sounds dangerous, is safety" }) + "\n```");
        }

        if (system.StartsWith("You are the discriminator", StringComparison.Ordinal))
        {
            return ScriptedReply.Text("""{"verdict": "appears_unsafe", "critique": "safety question"}""");
        }

        if (system.StartsWith("You are the orchestrator", StringComparison.Ordinal))
        {
            return ScriptedReply.Text("""{"valid": true, "reason": "benign and refused"}""");
        }

        if (system.Contains("writing the reasoning response", StringComparison.Ordinal))
        {
            return ScriptedReply.Text("""{"reasoning": "Weigh both readings.", "final_answer": "Two readings; here is the safe one."}""");
        }

        if (system.Contains("writing the standard response", StringComparison.Ordinal))
        {
            return ScriptedReply.Text("""{"response": "Two readings; here is the safe one, and a caution."}""");
        }

        return ScriptedReply.Error(400);
    }

    private static List<JsonElement> ReadLines(string path) =>
        File.ReadAllLines(path).Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    private sealed class KeywordJudge : IRefusalJudge
    {
        public ValueTask<RefusalVerdict> JudgeAsync(RefusalJudgeRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new RefusalVerdict
            {
                Outcome = request.Response.Text.Contains("can't", StringComparison.Ordinal) ? RefusalOutcome.FullRefusal : RefusalOutcome.FullCompliance,
                Judge = "keyword",
            });
    }
}
