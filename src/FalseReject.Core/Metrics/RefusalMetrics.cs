namespace FalseReject;

/// <summary>
/// Represents one target's metrics: the rates over all results and per category, in category order.
/// </summary>
/// <param name="Target">The target name.</param>
/// <param name="Overall">The rates over all results.</param>
/// <param name="Categories">The rates per category id, ordered by id.</param>
public sealed record RefusalMetrics(string Target, RefusalRates Overall, IReadOnlyList<CategoryRates> Categories);
