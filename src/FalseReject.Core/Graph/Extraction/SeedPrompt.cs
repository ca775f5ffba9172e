namespace FalseReject;

/// <summary>
/// Represents a seed prompt the entity graph is built from, usually a harmful request from a safety data set.
/// </summary>
/// <param name="Id">The seed id, unique within a run.</param>
/// <param name="Text">The prompt text.</param>
/// <param name="CategoryId">The harm category of the seed, or <see langword="null"/> when the data set has none.</param>
public sealed record SeedPrompt(string Id, string Text, string? CategoryId = null);
