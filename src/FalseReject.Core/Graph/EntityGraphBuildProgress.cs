namespace FalseReject;

/// <summary>
/// Represents the progress of an entity graph build, reported after every finished seed.
/// </summary>
/// <param name="CompletedCount">The number of seeds finished so far, including those read from the checkpoint.</param>
/// <param name="TotalCount">The number of seeds in the run.</param>
/// <param name="FailedCount">The number of finished seeds whose extraction failed.</param>
/// <param name="LastSeedId">The id of the seed that just finished, or <see langword="null"/> for the report sent at the start.</param>
public sealed record EntityGraphBuildProgress(int CompletedCount, int TotalCount, int FailedCount, string? LastSeedId);
