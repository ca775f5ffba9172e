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

    // Entity graph
    public const int EntityExtractionSampleCount = 3;
    public const double EntityExtractionTemperature = 0.7;
    public const int EntityExtractionMaxRetries = 2;
    public const int EntityExtractionSeed = 0;
    public const int EntityExtractionMaxEntities = 12;
    public const bool EntityExtractionUseJsonResponseFormat = true;
    public const int EntityGraphBuilderMaxConcurrency = 4;
    public const int GraphSampleMaxEntities = 8;
    public const int NeighborhoodSamplerHops = 1;
    public const int RandomWalkSamplerMaxSteps = 64;
    public const double RandomWalkSamplerRestartProbability = 0.15;
}
