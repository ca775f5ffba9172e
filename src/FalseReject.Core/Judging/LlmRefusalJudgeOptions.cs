using System.ComponentModel.DataAnnotations;

namespace FalseReject;

/// <summary>
/// Represents the settings of <see cref="LlmRefusalJudge"/>.
/// </summary>
public sealed class LlmRefusalJudgeOptions
{
    /// <summary>Gets or sets how many times the judge model is asked before the verdict is undecided.</summary>
    /// <value>The default value is 2: the first request and one retry after unparseable output.</value>
    [Range(1, 5, ErrorMessage = "MaxAttempts must be between 1 and 5.")]
    public int MaxAttempts { get; set; } = FalseRejectDefaults.LlmJudgeMaxAttempts;

    /// <summary>Gets or sets the sampling temperature of the judge model.</summary>
    /// <value>The default value is 0.</value>
    [Range(0.0, 2.0, ErrorMessage = "Temperature must be between 0 and 2.")]
    public float Temperature { get; set; } = FalseRejectDefaults.LlmJudgeTemperature;

    /// <summary>Gets or sets a value indicating whether the request asks for JSON output through the response format.</summary>
    /// <value>The default value is <see langword="true"/>. Turn it off for servers that reject the setting.</value>
    public bool RequestJsonFormat { get; set; } = true;

    /// <summary>Gets or sets the maximum response length, in characters, shown to the judge; longer responses are cut in the middle.</summary>
    /// <value>The default value is 12000.</value>
    [Range(200, 1_000_000, ErrorMessage = "MaxResponseCharacters must be between 200 and 1000000.")]
    public int MaxResponseCharacters { get; set; } = FalseRejectDefaults.LlmJudgeMaxResponseCharacters;
}
