namespace FalseReject;

// Every option default in one place, so documentation and the defaults test check one source.
internal static class FalseRejectDefaults
{
    public const int TargetMaxRetries = 2;
    public static readonly TimeSpan TargetRetryBaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan TargetTimeout = TimeSpan.FromSeconds(120);

    // Benchmarking
    public const int BenchmarkMaxConcurrency = 8;

    // LLM judge
    public const int LlmJudgeMaxAttempts = 2;
    public const float LlmJudgeTemperature = 0f;
    public const int LlmJudgeMaxResponseCharacters = 12_000;
}
