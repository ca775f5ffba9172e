using System.Text.Json.Serialization;

namespace FalseReject;

// Reports are read by people and scripts, so they are indented; NaN rates of empty groups are written as "NaN".
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(BenchmarkReport))]
internal sealed partial class FalseRejectReportJsonContext : JsonSerializerContext;
