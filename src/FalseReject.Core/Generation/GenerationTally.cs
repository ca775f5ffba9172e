namespace FalseReject;

// Accumulates records into a run summary as seeds finish; a lock keeps concurrent seeds consistent.
internal sealed class GenerationTally
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, RoleUsage> _usage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CategoryTally> _categories = new(StringComparer.OrdinalIgnoreCase);
    private GenerationRunSummary _summary = new();

    public void Add(GenerationRecord record, bool resumed)
    {
        lock (_lock)
        {
            foreach (var (role, usage) in record.Usage)
            {
                _usage[role] = _usage.TryGetValue(role, out var existing) ? existing.Add(usage) : usage;
            }

            var tally = _categories.GetValueOrDefault(record.Category.Id) ?? new CategoryTally(0, 0, 0, 0);
            _categories[record.Category.Id] = record.Status switch
            {
                GenerationStatus.Accepted => tally with { Accepted = tally.Accepted + 1 },
                GenerationStatus.Rejected => tally with { Rejected = tally.Rejected + 1 },
                GenerationStatus.Failed => tally with { Failed = tally.Failed + 1 },
                _ => tally with { QuotaReached = tally.QuotaReached + 1 },
            };

            _summary = _summary with
            {
                Seeds = _summary.Seeds + 1,
                ResumedSeeds = _summary.ResumedSeeds + (resumed ? 1 : 0),
                Accepted = _summary.Accepted + (record.Status == GenerationStatus.Accepted ? 1 : 0),
                Rejected = _summary.Rejected + (record.Status == GenerationStatus.Rejected ? 1 : 0),
                Failed = _summary.Failed + (record.Status == GenerationStatus.Failed ? 1 : 0),
                QuotaReached = _summary.QuotaReached + (record.Status == GenerationStatus.QuotaReached ? 1 : 0),
                DuplicatesDropped = _summary.DuplicatesDropped + record.DuplicatesDropped,
                Calls = _summary.Calls + record.Calls,
            };
        }
    }

    public GenerationRunSummary Snapshot()
    {
        lock (_lock)
        {
            return _summary with
            {
                Usage = new Dictionary<string, RoleUsage>(_usage, StringComparer.Ordinal),
                Categories = new Dictionary<string, CategoryTally>(_categories, StringComparer.OrdinalIgnoreCase),
            };
        }
    }
}
