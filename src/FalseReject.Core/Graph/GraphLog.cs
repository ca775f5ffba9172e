using Microsoft.Extensions.Logging;

namespace FalseReject;

// Log messages of the entity graph feature; event ids 3000-3099.
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Entity graph build started: {SeedCount} seeds, {ResumedCount} already in the checkpoint, concurrency {MaxConcurrency}")]
    public static partial void BuildStarted(ILogger logger, int seedCount, int resumedCount, int maxConcurrency);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Entity graph build finished: {SeedCount} seeds, {FailedCount} failed, {VertexCount} entities, {EdgeCount} relations")]
    public static partial void BuildFinished(ILogger logger, int seedCount, int failedCount, int vertexCount, int edgeCount);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Seed {SeedId} extracted: {Status}, {EntityCount} entities, {RelationCount} relations")]
    public static partial void SeedExtracted(ILogger logger, string seedId, SeedExtractionStatus status, int entityCount, int relationCount);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Extraction stage {Stage} of seed {SeedId} failed on attempt {Attempt} ({Source}): {Error}")]
    public static partial void AttemptFailed(ILogger logger, string stage, string seedId, int attempt, string source, string error);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Seed {SeedId} recorded as {Status} after {FailureCount} failed attempts")]
    public static partial void SeedFailed(ILogger logger, string seedId, SeedExtractionStatus status, int failureCount);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Every voter failed for seed {SeedId}; the candidate with the most agreement was chosen")]
    public static partial void AllVotersFailed(ILogger logger, string seedId);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Skipped unreadable line {LineNumber} of checkpoint {Path}; the seed on it is extracted again")]
    public static partial void CheckpointLineSkipped(ILogger logger, string path, int lineNumber, Exception? exception);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Trace, Message = "Extraction stage {Stage} of seed {SeedId} output: {Output}")]
    public static partial void RawOutput(ILogger logger, string stage, string seedId, string output);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "Seed {SeedId}: candidate {SelectedIndex} chosen by {Method}")]
    public static partial void EntityListSelected(ILogger logger, string seedId, int selectedIndex, EntitySelectionMethod method);
}
