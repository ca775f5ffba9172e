namespace FalseReject;

/// <summary>
/// Specifies how a target model's call ended.
/// </summary>
public enum TargetResponseStatus
{
    /// <summary>The model returned a response.</summary>
    Completed,

    /// <summary>The provider blocked the prompt or the response (content filter or policy error).</summary>
    ProviderBlocked,

    /// <summary>The call failed (network, server or client error) after any retries.</summary>
    Error,
}
