using System.ClientModel;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI;

namespace FalseReject.Cli;

/// <summary>
/// Provides <c>falsereject generate</c>: runs the adversarial generation loop over seed prompts and writes the
/// accepted cases in the FalseReject training schema, chat fine-tuning formats and provenance files.
/// </summary>
internal static class GenerateCommand
{
    public const string CheckpointFile = "checkpoint.jsonl";
    public const string TrainFile = "train.jsonl";
    public const string ProvenanceFile = "provenance.jsonl";
    public const string RejectedFile = "rejected.jsonl";
    public const string ChatFile = "chat.openai.jsonl";
    public const string ReasoningChatFile = "chat.reasoning.jsonl";
    public const string SummaryFile = "summary.json";

    /// <summary>
    /// Creates the command.
    /// </summary>
    /// <param name="configureServices">Adds or replaces services after the configuration is applied, such as the refusal judge; tests use it.</param>
    public static Command Create(Action<FalseRejectBuilder>? configureServices = null)
    {
        var seedsOption = new Option<FileInfo>("--seeds") { Description = "CSV or JSON Lines file of seed prompts; column names are set under 'seeds' in the config.", Required = true };
        var configOption = new Option<FileInfo>("--config") { Description = "JSON file naming the model of each role, the refusal pool, rounds, quotas and concurrency.", Required = true };
        var outOption = new Option<DirectoryInfo>("--out", "--output") { Description = "Output folder; a checkpoint there is resumed, so run the same command again after a stop.", Required = true };
        var graphOption = new Option<FileInfo?>("--graph") { Description = "A saved entity graph (graph.json or graph.graphml from 'falsereject graph'); seeds it holds are sampled from it." };
        var samplerOption = new Option<string>("--sampler") { Description = $"How the graph is sampled around each seed: {GraphSeedSampling.SamplerNames}.", DefaultValueFactory = _ => "neighborhood" };
        var randomSeedOption = new Option<int>("--random-seed") { Description = "The seed of graph sampling, so a run can be repeated.", DefaultValueFactory = _ => 1 };

        var command = new Command("generate", "Generates prompts that look unsafe but are benign and that real models refuse, with fine-tuning responses.");
        command.Options.Add(seedsOption);
        command.Options.Add(configOption);
        command.Options.Add(outOption);
        command.Options.Add(graphOption);
        command.Options.Add(samplerOption);
        command.Options.Add(randomSeedOption);
        command.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var seedsFile = parse.GetValue(seedsOption)!;
            var configFile = parse.GetValue(configOption)!;
            var outDirectory = parse.GetValue(outOption)!;
            var graph = new GraphInput(parse.GetValue(graphOption), parse.GetValue(samplerOption) ?? "neighborhood", parse.GetValue(randomSeedOption));
            try
            {
                GraphSeedSampling.CreateSampler(graph.Sampler);
            }
            catch (CliInputException exception)
            {
                await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }

            return await RunAsync(seedsFile, configFile, outDirectory, graph, configureServices, output, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private sealed record GraphInput(FileInfo? File, string Sampler, int RandomSeed);

    private static async Task<int> RunAsync(FileInfo seedsFile, FileInfo configFile, DirectoryInfo outDirectory, GraphInput graphInput, Action<FalseRejectBuilder>? configureServices, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        GenerateConfig config;
        IReadOnlyList<GraphSample> seeds;
        CategoryTaxonomy taxonomy;
        try
        {
            config = await GenerateConfig.LoadAsync(configFile.FullName, cancellationToken).ConfigureAwait(false);
            var problems = config.Validate(config.WriteResponses ?? true, config.RelabelCategories ?? false);
            if (problems.Count > 0)
            {
                await error.WriteLineAsync($"error: Config file '{configFile.FullName}' is invalid:\n  " + string.Join("\n  ", problems)).ConfigureAwait(false);
                return 2;
            }

            taxonomy = string.IsNullOrWhiteSpace(config.Taxonomy)
                ? CategoryTaxonomy.Empty
                : await CategoryTaxonomy.LoadAsync(Path.GetFullPath(config.Taxonomy, configFile.DirectoryName!), cancellationToken).ConfigureAwait(false);
            seeds = await SeedFile.ReadAsync(
                seedsFile.FullName,
                new SeedFileOptions { TextColumn = config.Seeds.Text, IdColumn = config.Seeds.Id, CategoryColumn = config.Seeds.Category },
                cancellationToken).ConfigureAwait(false);
            if (graphInput.File is not null)
            {
                var sampler = GraphSeedSampling.CreateSampler(graphInput.Sampler);
                var graph = await EntityGraphSerializer.LoadAsync(graphInput.File.FullName, cancellationToken).ConfigureAwait(false);
                (seeds, var missing) = GraphSeedSampling.Apply(seeds, graph, sampler, graphInput.RandomSeed);
                await error.WriteLineAsync($"Sampled {seeds.Count - missing} seeds from the graph with the {graphInput.Sampler} sampler; {missing} seeds are not in the graph and use their text only.").ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is CliInputException or FormatException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException or System.Xml.XmlException)
        {
            await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        await using var provider = BuildServices(config, taxonomy, configureServices);
        if (provider.GetService<IRefusalJudge>() is null)
        {
            await error.WriteLineAsync("No refusal judge is registered, so pool answers cannot be labelled; this build of the tool lacks the judging feature.").ConfigureAwait(false);
            return 2;
        }

        GenerationPipeline pipeline;
        try
        {
            pipeline = provider.GetRequiredService<GenerationPipeline>();
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync($"error: Config file '{configFile.FullName}' is invalid: {exception.Message}").ConfigureAwait(false);
            return 2;
        }

        outDirectory.Create();
        var checkpointPath = Path.Combine(outDirectory.FullName, CheckpointFile);
        await error.WriteLineAsync($"Generating from {seeds.Count} seeds with a pool of {config.Pool.Count}; checkpoint {checkpointPath}.").ConfigureAwait(false);

        GenerationRunResult result;
        var checkpoint = new GenerationCheckpoint(checkpointPath);
        await using (checkpoint.ConfigureAwait(false))
        {
            try
            {
                result = await pipeline.RunAsync(seeds, checkpoint, new ProgressWriter(error), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync($"Canceled. Finished seeds are saved in {checkpointPath}; run the same command again to resume.").ConfigureAwait(false);
                return ExitCodes.Canceled;
            }
            catch (InvalidDataException exception)
            {
                await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }
        }

        await WriteOutputsAsync(result, outDirectory.FullName, output, cancellationToken).ConfigureAwait(false);
        var summary = result.Summary;
        var firstFailure = result.Records.FirstOrDefault(record => record.Status == GenerationStatus.Failed);
        if (firstFailure is not null)
        {
            await error.WriteLineAsync($"error: {summary.Failed} seeds failed; the first, {firstFailure.SeedKey}, failed in the {firstFailure.FailedRole} role: {firstFailure.Error}").ConfigureAwait(false);
        }

        return summary.Failed > 0 && summary.Failed == summary.Seeds - summary.QuotaReached ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static ServiceProvider BuildServices(GenerateConfig config, CategoryTaxonomy taxonomy, Action<FalseRejectBuilder>? configureServices)
    {
        var services = new ServiceCollection();
        IDistributedCache? cache = config.Cache ? new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())) : null;
        var builder = services.AddFalseReject()
            .UseChatClient(FalseRejectChatClientKeys.Generator, _ => CreateClient(config.Roles["generator"], cache))
            .UseChatClient(FalseRejectChatClientKeys.Discriminator, _ => CreateClient(config.Roles["discriminator"], cache))
            .UseChatClient(FalseRejectChatClientKeys.Orchestrator, _ => CreateClient(config.Roles["orchestrator"], cache))
            .UseCategoryTaxonomy(taxonomy)
            .ConfigureGeneration(options => Apply(config, options));
        if (config.Roles.TryGetValue("response_writer", out var writer))
        {
            builder.UseChatClient(FalseRejectChatClientKeys.ResponseWriter, _ => CreateClient(writer, cache));
        }

        foreach (var member in config.Pool)
        {
            builder.AddTarget(member.Name, _ => CreateClient(member, cache));
        }

        configureServices?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    private static void Apply(GenerateConfig config, GenerationOptions options)
    {
        options.MaxRounds = config.MaxRounds ?? options.MaxRounds;
        options.PoolMode = config.PoolMode ?? options.PoolMode;
        options.MinimumRefusals = config.MinimumRefusals ?? options.MinimumRefusals;
        options.CountPartialComplianceAsRefusal = config.CountPartialComplianceAsRefusal ?? options.CountPartialComplianceAsRefusal;
        options.DuplicateThreshold = config.DuplicateThreshold ?? options.DuplicateThreshold;
        options.NGramSize = config.NgramSize ?? options.NGramSize;
        options.MaxConcurrency = config.MaxConcurrency ?? options.MaxConcurrency;
        options.RelabelCategories = config.RelabelCategories ?? options.RelabelCategories;
        options.DefaultCategoryQuota = config.DefaultCategoryQuota ?? options.DefaultCategoryQuota;
        options.WriteResponses = config.WriteResponses ?? options.WriteResponses;
        foreach (var (category, quota) in config.CategoryQuotas)
        {
            options.CategoryQuotas[category] = quota;
        }
    }

    // Each role gets the real OpenAI client for its endpoint; the optional cache sits in the Microsoft.Extensions.AI
    // pipeline, so a repeated request (same messages, same options) is answered without a call.
    private static IChatClient CreateClient(GenerateConfig.ModelEndpoint endpoint, IDistributedCache? cache)
    {
        var key = string.IsNullOrWhiteSpace(endpoint.ApiKeyEnv) ? "no-key" : Environment.GetEnvironmentVariable(endpoint.ApiKeyEnv)!;
        var client = new OpenAI.Chat.ChatClient(endpoint.Model, new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri(endpoint.Endpoint!) });
        var builder = new ChatClientBuilder(client.AsIChatClient());

        // Options are set outside the cache, so the model, its endpoint and its sampling settings enter the cache key.
        // Without them, two pool members sent the same prompt would share one cached response.
        builder.ConfigureOptions(options =>
        {
            options.ModelId ??= endpoint.Model;
            options.Temperature ??= endpoint.Temperature;
            options.MaxOutputTokens ??= endpoint.MaxOutputTokens;
        });
        if (cache is not null)
        {
            builder.UseDistributedCache(cache, caching => caching.CacheKeyAdditionalValues = [endpoint.Endpoint!]);
        }

        return builder.Build();
    }

    private static async Task WriteOutputsAsync(GenerationRunResult result, string directory, TextWriter output, CancellationToken cancellationToken)
    {
        var accepted = result.Accepted.ToList();
        var train = await WriteFileAsync(Path.Combine(directory, TrainFile), stream => GenerationExport.WriteTrainJsonlAsync(accepted, stream, cancellationToken)).ConfigureAwait(false);
        await WriteFileAsync(Path.Combine(directory, ChatFile), stream => GenerationExport.WriteChatJsonlAsync(accepted, stream, ChatExportStyle.Standard, cancellationToken)).ConfigureAwait(false);
        await WriteFileAsync(Path.Combine(directory, ReasoningChatFile), stream => GenerationExport.WriteChatJsonlAsync(accepted, stream, ChatExportStyle.Reasoning, cancellationToken)).ConfigureAwait(false);
        await WriteFileAsync(Path.Combine(directory, ProvenanceFile), stream => GenerationExport.WriteProvenanceJsonlAsync(accepted, stream, cancellationToken)).ConfigureAwait(false);
        await WriteFileAsync(Path.Combine(directory, RejectedFile), stream => GenerationExport.WriteProvenanceJsonlAsync(result.Records.Where(record => record.Status != GenerationStatus.Accepted), stream, cancellationToken)).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(directory, SummaryFile), JsonSerializer.Serialize(result.Summary, GenerationJson.Options), cancellationToken).ConfigureAwait(false);

        var summary = result.Summary;
        var calls = summary.CallsPerAcceptedCase is { } perCase ? perCase.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Accepted {summary.Accepted}, rejected {summary.Rejected}, failed {summary.Failed}, quota reached {summary.QuotaReached}, duplicates dropped {summary.DuplicatesDropped}; {summary.Calls} role calls, {calls} per accepted case.")).ConfigureAwait(false);
        if (train < accepted.Count)
        {
            await output.WriteLineAsync($"{accepted.Count - train} accepted cases lack a response and are left out of {TrainFile}; their errors are in {ProvenanceFile}.").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Wrote {train} training rows to {Path.Combine(directory, TrainFile)}.").ConfigureAwait(false);
    }

    private static async Task<int> WriteFileAsync(string path, Func<Stream, Task<int>> write)
    {
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            return await write(stream).ConfigureAwait(false);
        }
    }

    // Writes one progress line per finished seed to stderr; a lock keeps lines from concurrent seeds whole.
    private sealed class ProgressWriter(TextWriter error) : IProgress<GenerationRunSummary>
    {
        private readonly Lock _lock = new();

        public void Report(GenerationRunSummary value)
        {
            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture, $"[{value.Seeds} seeds] accepted {value.Accepted}, rejected {value.Rejected}, failed {value.Failed}, quota {value.QuotaReached}, duplicates {value.DuplicatesDropped}, calls {value.Calls}");
            if (value.Categories.Count > 0)
            {
                line.Append(" | ");
                line.AppendJoin(", ", value.Categories.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key} {pair.Value.Accepted}/{pair.Value.Rejected}"));
            }

            lock (_lock)
            {
                error.WriteLine(line.ToString());
            }
        }
    }
}
