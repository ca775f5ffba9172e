namespace FalseReject.Cli.Commands;

/// <summary>
/// Represents one row read by <see cref="TextColumnReader"/>.
/// </summary>
/// <param name="Text">The text of the row.</param>
/// <param name="Group">The group of the row, or <see langword="null"/> when no group column was asked for.</param>
internal sealed record TextRow(string Text, string? Group);
