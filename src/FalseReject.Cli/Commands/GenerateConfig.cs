using System.Text.Json;
using System.Text.Json.Serialization;

namespace FalseReject.Cli;

/// <summary>
/// Represents the JSON configuration of <c>falsereject generate</c>: the model behind each role, the refusal pool and the loop settings.
/// Property names are snake_case; unset loop settings keep the library defaults.
/// </summary>
internal sealed class GenerateConfig
{
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public Dictionary<string, ModelEndpoint> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<PoolMember> Pool { get; set; } = [];

    public int? MaxRounds { get; set; }

    public RefusalPoolMode? PoolMode { get; set; }

    public int? MinimumRefusals { get; set; }

    public bool? CountPartialComplianceAsRefusal { get; set; }

    public double? DuplicateThreshold { get; set; }

    public int? NgramSize { get; set; }

    public int? MaxConcurrency { get; set; }

    public bool? RelabelCategories { get; set; }

    public string? Taxonomy { get; set; }

    public Dictionary<string, int> CategoryQuotas { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public int? DefaultCategoryQuota { get; set; }

    public bool? WriteResponses { get; set; }

    public bool Cache { get; set; } = true;

    public SeedColumns Seeds { get; set; } = new();

    public static async Task<GenerateConfig> LoadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<GenerateConfig>(stream, SerializerOptions, cancellationToken)
                ?? throw new FormatException($"Config file '{path}' is empty; expected a JSON object.");
        }
        catch (JsonException exception)
        {
            // JsonException counts lines from 0; editors count from 1.
            var line = exception.LineNumber is { } zeroBased ? $" at line {zeroBased + 1}" : string.Empty;
            var field = string.IsNullOrEmpty(exception.Path) ? string.Empty : $", field '{exception.Path.TrimStart('$', '.')}'";
            throw new FormatException(
                $"Config file '{path}' is invalid{line}{field}: {DescribeJsonProblem(exception)}. See samples/generation/generate.sample.json for a valid file.",
                exception);
        }
    }

    // Keeps the reader's own message for syntax errors, and replaces .NET type names for value and key errors.
    private static string DescribeJsonProblem(JsonException exception)
    {
        var message = exception.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "the key is not a known setting";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "the value has the wrong type or is not one of the allowed values";
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    // Every problem at once, so a user fixes the file in one pass.
    public List<string> Validate(bool writeResponses, bool relabel)
    {
        var problems = new List<string>();
        string[] required = writeResponses ? ["generator", "discriminator", "orchestrator", "response_writer"] : ["generator", "discriminator", "orchestrator"];
        foreach (var role in required)
        {
            if (!Roles.TryGetValue(role, out var endpoint))
            {
                problems.Add($"roles.{role} is missing; give it an endpoint and a model.");
                continue;
            }

            problems.AddRange(endpoint.Validate($"roles.{role}"));
        }

        foreach (var role in Roles.Keys.Except(["generator", "discriminator", "orchestrator", "response_writer"], StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"roles.{role} is not a role; the roles are generator, discriminator, orchestrator and response_writer.");
        }

        if (Pool.Count == 0)
        {
            problems.Add("pool is empty; list at least one target model that candidates are sent to.");
        }

        for (var i = 0; i < Pool.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Pool[i].Name))
            {
                problems.Add($"pool[{i}].name is missing.");
            }

            problems.AddRange(Pool[i].Validate($"pool[{i}]"));
        }

        foreach (var name in Pool.GroupBy(member => member.Name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key))
        {
            problems.Add($"pool lists the name '{name}' more than once; give each member a unique name.");
        }

        if (relabel && string.IsNullOrWhiteSpace(Taxonomy))
        {
            problems.Add("relabel_categories is set but no taxonomy file is given; set taxonomy to a category list.");
        }

        return problems;
    }

    internal class ModelEndpoint
    {
        public string? Endpoint { get; set; }

        public string? Model { get; set; }

        public string? ApiKeyEnv { get; set; }

        public float? Temperature { get; set; }

        public int? MaxOutputTokens { get; set; }

        public IEnumerable<string> Validate(string path)
        {
            if (string.IsNullOrWhiteSpace(Model))
            {
                yield return $"{path}.model is missing.";
            }

            if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return $"{path}.endpoint '{Endpoint}' is not an http or https URL, such as http://127.0.0.1:11434/v1.";
            }

            if (!string.IsNullOrWhiteSpace(ApiKeyEnv) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ApiKeyEnv)))
            {
                yield return $"{path}.api_key_env names the environment variable '{ApiKeyEnv}', which is not set; set it or remove api_key_env.";
            }
        }
    }

    internal sealed class PoolMember : ModelEndpoint
    {
        public string Name { get; set; } = string.Empty;
    }

    internal sealed class SeedColumns
    {
        public string Text { get; set; } = "text";

        public string Id { get; set; } = "id";

        public string Category { get; set; } = "category";
    }
}
