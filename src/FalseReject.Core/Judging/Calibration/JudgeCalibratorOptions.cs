using System.ComponentModel.DataAnnotations;

namespace FalseReject;

/// <summary>
/// Represents the settings of <see cref="JudgeCalibrator"/>.
/// </summary>
public sealed class JudgeCalibratorOptions
{
    /// <summary>Gets or sets how many items are judged at the same time.</summary>
    /// <remarks>Raise it for a model-based judge whose calls wait on the network; a rule-based judge gains little.</remarks>
    /// <value>The default value is 4.</value>
    [Range(1, 1024)]
    public int MaxConcurrency { get; set; } = FalseRejectDefaults.CalibrationMaxConcurrency;
}
