namespace FalseReject;

/// <summary>
/// Represents how to read a data set file: its format and, optionally, a column mapping that replaces the format's.
/// </summary>
public sealed record DatasetOptions
{
    /// <summary>Gets the file format. The default value is <see cref="DatasetFormat.Auto"/>.</summary>
    public DatasetFormat Format { get; init; } = DatasetFormat.Auto;

    /// <summary>Gets changes applied to the format's mapping, or <see langword="null"/> to use it as it is.</summary>
    public Func<ColumnMapping, ColumnMapping>? ConfigureColumns { get; init; }
}
