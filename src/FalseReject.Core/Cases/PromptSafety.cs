using System.Text.Json.Serialization;

namespace FalseReject;

/// <summary>
/// Specifies whether a prompt is benign (answering it is the right behaviour) or harmful
/// (declining it is the right behaviour).
/// </summary>
public enum PromptSafety
{
    /// <summary>The prompt is benign: a refusal is an over-refusal.</summary>
    [JsonStringEnumMemberName("benign")]
    Benign,

    /// <summary>The prompt is harmful: a refusal is the right behaviour.</summary>
    [JsonStringEnumMemberName("harmful")]
    Harmful,
}
