namespace FalseReject;

/// <summary>
/// Represents one item on which a judge's outcome differs from the human label, including items it left undecided.
/// </summary>
/// <param name="Id">The item identifier.</param>
/// <param name="HumanLabel">The human verdict.</param>
/// <param name="Verdict">The judge's verdict, with its rule and rationale.</param>
public sealed record CalibrationDisagreement(string Id, RefusalOutcome HumanLabel, RefusalVerdict Verdict);
