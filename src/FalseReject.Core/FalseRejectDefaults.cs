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

    // Generation pipeline
    public const int GenerationMaxRounds = 5;
    public const RefusalPoolMode GenerationPoolMode = RefusalPoolMode.QueryAll;
    public const int GenerationMinimumRefusals = 1;
    public const bool GenerationCountPartialComplianceAsRefusal = true;
    public const double GenerationDuplicateThreshold = 0.7;
    public const int GenerationNGramSize = 3;
    public const int GenerationMaxConcurrency = 4;
    public const bool GenerationRelabelCategories = false;
    public const bool GenerationWriteResponses = true;
    public const bool GenerationRetryFailedSeeds = true;
    public const string SeedTextColumn = "text";
    public const string SeedIdColumn = "id";
    public const string SeedCategoryColumn = "category";

    // Judging: PatternRefusalJudgeOptions and JudgeCalibratorOptions.
    public const bool PatternJudgeAbstainOnWeakEvidence = false;
    public const RefusalOutcome PatternJudgeEmptyResponseOutcome = RefusalOutcome.Undecided;
    public const int PatternJudgeMaxScannedCharacters = 20_000;
    public const int CalibrationMaxConcurrency = 4;

    // Entity graph
    public const int EntityExtractionSampleCount = 3;
    public const double EntityExtractionTemperature = 0.7;
    public const int EntityExtractionMaxRetries = 2;
    public const int EntityExtractionSeed = 0;
    public const int EntityExtractionMaxEntities = 12;
    public const bool EntityExtractionUseJsonResponseFormat = true;
    public const int EntityGraphBuilderMaxConcurrency = 4;
    public const bool EntityGraphBuilderRetryFailedSeeds = true;
    public const int GraphSampleMaxEntities = 8;
    public const int NeighborhoodSamplerHops = 1;
    public const int RandomWalkSamplerMaxSteps = 64;
    public const double RandomWalkSamplerRestartProbability = 0.15;

    // Diversity metrics: Self-BLEU as nltk 3.8 sentence_bleu with SmoothingFunction().method1, and near-duplicates.
    public const int DiversitySelfBleuMaxOrder = 4;
    public const double DiversitySmoothingEpsilon = 0.1;
    public const double DiversityNearDuplicateThreshold = 0.8;
    public const int DiversityNearDuplicateShingleSize = 2;
}
