using System.Text.Json.Serialization;

namespace FalseReject;

// Source-generated JSON metadata for checkpoint lines and the graph's JSON form.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(SeedExtraction))]
[JsonSerializable(typeof(EntityGraphDocument))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<SeedDocument>))]
internal sealed partial class GraphJsonContext : JsonSerializerContext
{
}
