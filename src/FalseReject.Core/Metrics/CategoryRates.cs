namespace FalseReject;

/// <summary>
/// Represents the rates of one category.
/// </summary>
/// <param name="CategoryId">The category id.</param>
/// <param name="CategoryName">The category name, or <see langword="null"/> when the data set has none.</param>
/// <param name="Rates">The rates.</param>
public sealed record CategoryRates(string CategoryId, string? CategoryName, RefusalRates Rates);
