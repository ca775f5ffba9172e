using System.Text.Json.Serialization;

namespace FalseReject;

/// <summary>
/// Provides source-generated JSON metadata for the library's wire types: snake_case names, enums as snake_case strings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(OverRefusalCase))]
[JsonSerializable(typeof(TargetResponse))]
[JsonSerializable(typeof(RefusalVerdict))]
[JsonSerializable(typeof(CaseResult))]
internal sealed partial class FalseRejectJsonContext : JsonSerializerContext;
