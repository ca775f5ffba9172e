namespace FalseReject;

/// <summary>
/// Represents the seeds of one category by how they ended.
/// </summary>
/// <param name="Accepted">The number of accepted cases.</param>
/// <param name="Rejected">The number of seeds rejected after the maximum number of rounds.</param>
/// <param name="Failed">The number of seeds that failed.</param>
/// <param name="QuotaReached">The number of seeds skipped or dropped because the quota was reached.</param>
public sealed record CategoryTally(int Accepted, int Rejected, int Failed, int QuotaReached);
