using System.Text.Json.Serialization;

namespace FalseReject;

/// <summary>
/// Specifies how a target model's call ended.
/// </summary>
public enum TargetResponseStatus
{
    /// <summary>The model returned a response.</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>The provider blocked the prompt or the response (content filter or policy error).</summary>
    [JsonStringEnumMemberName("provider_blocked")]
    ProviderBlocked,

    /// <summary>The call failed (network, server or client error) after any retries.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
