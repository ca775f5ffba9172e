namespace FalseReject;

/// <summary>
/// Represents the calls and tokens one role spent, and the model that answered.
/// </summary>
/// <param name="Calls">The number of model calls, including retries.</param>
/// <param name="InputTokens">The input tokens the provider reported; calls that reported none add zero.</param>
/// <param name="OutputTokens">The output tokens the provider reported; calls that reported none add zero.</param>
public sealed record RoleUsage(int Calls, long InputTokens, long OutputTokens)
{
    /// <summary>Gets a usage with no calls.</summary>
    public static RoleUsage None { get; } = new(0, 0, 0);

    /// <summary>Gets the model identifier the provider reported last, or <see langword="null"/>.</summary>
    public string? ModelId { get; init; }

    /// <summary>
    /// Adds two usages; the model identifier of <paramref name="other"/> wins when it has one.
    /// </summary>
    /// <param name="other">The usage to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    public RoleUsage Add(RoleUsage other)
    {
        ArgumentNullException.ThrowIfNull(other);

        return new RoleUsage(Calls + other.Calls, InputTokens + other.InputTokens, OutputTokens + other.OutputTokens)
        {
            ModelId = other.ModelId ?? ModelId,
        };
    }
}
