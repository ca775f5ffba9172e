using Microsoft.Extensions.Logging;

namespace FalseReject;

// Log messages of the generation pipeline; event ids 4000-4099 belong to this feature.
internal static partial class GenerationLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Generation run started: {SeedCount} seeds already finished in the checkpoint, maximum {MaxConcurrency} seeds at a time.")]
    public static partial void RunStarted(ILogger logger, int seedCount, int maxConcurrency);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Generation run ended: {Accepted} accepted, {Rejected} rejected, {Failed} failed, {Skipped} skipped, {Duplicates} duplicates dropped, {Calls} role calls.")]
    public static partial void RunEnded(ILogger logger, int accepted, int rejected, int failed, int skipped, int duplicates, long calls);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Seed {SeedKey} round {Round}: {Outcome}.")]
    public static partial void RoundFinished(ILogger logger, string seedKey, int round, RoundOutcome outcome);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug, Message = "Seed {SeedKey} finished as {Status} after {Rounds} rounds.")]
    public static partial void SeedFinished(ILogger logger, string seedKey, GenerationStatus status, int rounds);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Seed {SeedKey} failed while the {Role} ran; the seed is recorded as failed.")]
    public static partial void SeedFailed(ILogger logger, Exception exception, string seedKey, string role);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "The {Role} output could not be read ({Problem}) on attempt {Attempt}; asking again.")]
    public static partial void RoleOutputUnreadable(ILogger logger, string role, string problem, int attempt);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Trace, Message = "The {Role} returned: {Output}")]
    public static partial void RoleOutput(ILogger logger, string role, string output);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Debug, Message = "Pool member {Target} answered with {Outcome}; counted as refusal: {Refused}.")]
    public static partial void PoolMemberAnswered(ILogger logger, string target, RefusalOutcome outcome, bool refused);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "Seed {SeedKey} appears more than once in the input; the repeat is skipped.")]
    public static partial void RepeatedSeedSkipped(ILogger logger, string seedKey);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "The last line of checkpoint {Path} is incomplete, probably cut off by a stopped run; it is ignored.")]
    public static partial void CheckpointTailIgnored(ILogger logger, string path);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "Seed {SeedKey}: the category labeler gave no usable category ({Error}); the seed category is kept.")]
    public static partial void RelabelFailed(ILogger logger, string seedKey, string error);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Debug, Message = "Seed {SeedKey} skipped because category {Category} reached its quota.")]
    public static partial void QuotaReached(ILogger logger, string seedKey, string category);
}
