using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.AI;

namespace FalseReject;

/// <summary>
/// Represents how a <see cref="ChatTarget"/> calls its model.
/// </summary>
public sealed class TargetOptions
{
    /// <summary>Gets or sets the chat options sent with every call, such as temperature or maximum output tokens.</summary>
    /// <value>The default value is <see langword="null"/>: the model's own defaults.</value>
    public ChatOptions? ChatOptions { get; set; }

    /// <summary>Gets or sets how many times a transient failure (timeout, 408, 429, 5xx) is retried.</summary>
    /// <value>The default value is 2.</value>
    [Range(0, 20, ErrorMessage = "MaxRetries must be between 0 and 20.")]
    public int MaxRetries { get; set; } = FalseRejectDefaults.TargetMaxRetries;

    /// <summary>Gets or sets the delay before the first retry; each further retry doubles it.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan RetryBaseDelay { get; set; } = FalseRejectDefaults.TargetRetryBaseDelay;

    /// <summary>Gets or sets the time limit of one call, or <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    /// <value>The default value is 120 seconds.</value>
    public TimeSpan Timeout { get; set; } = FalseRejectDefaults.TargetTimeout;
}
