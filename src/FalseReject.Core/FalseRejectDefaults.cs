namespace FalseReject;

// Every option default in one place, so documentation and the defaults test check one source.
internal static class FalseRejectDefaults
{
    public const int TargetMaxRetries = 2;
    public static readonly TimeSpan TargetRetryBaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan TargetTimeout = TimeSpan.FromSeconds(120);

    // Judging: PatternRefusalJudgeOptions and JudgeCalibratorOptions.
    public const bool PatternJudgeAbstainOnWeakEvidence = false;
    public const RefusalOutcome PatternJudgeEmptyResponseOutcome = RefusalOutcome.Undecided;
    public const int PatternJudgeMaxScannedCharacters = 20_000;
    public const int CalibrationMaxConcurrency = 4;
}
