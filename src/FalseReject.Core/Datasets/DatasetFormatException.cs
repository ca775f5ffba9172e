namespace FalseReject;

/// <summary>
/// Represents invalid input in a data set file, naming the file, the line and the column.
/// </summary>
public sealed class DatasetFormatException : FormatException
{
    /// <summary>
    /// Initializes a new instance of the <see cref="DatasetFormatException"/> class.
    /// </summary>
    /// <param name="filePath">The file that holds the invalid input.</param>
    /// <param name="lineNumber">The one-based line number, or 0 when the problem is not tied to a line.</param>
    /// <param name="column">The column or field name, or <see langword="null"/>.</param>
    /// <param name="problem">What is wrong and what to do about it.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public DatasetFormatException(string filePath, long lineNumber, string? column, string problem, Exception? innerException = null)
        : base(FormatMessage(filePath, lineNumber, column, problem), innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Column = column;
    }

    /// <summary>Initializes a new instance of the <see cref="DatasetFormatException"/> class.</summary>
    public DatasetFormatException()
        : this(string.Empty, 0, null, "Invalid data set input.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DatasetFormatException"/> class.</summary>
    /// <param name="message">The message.</param>
    public DatasetFormatException(string message)
        : this(string.Empty, 0, null, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DatasetFormatException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public DatasetFormatException(string message, Exception innerException)
        : this(string.Empty, 0, null, message, innerException)
    {
    }

    /// <summary>Gets the file that holds the invalid input.</summary>
    public string FilePath { get; }

    /// <summary>Gets the one-based line number, or 0 when the problem is not tied to a line.</summary>
    public long LineNumber { get; }

    /// <summary>Gets the column or field name, or <see langword="null"/>.</summary>
    public string? Column { get; }

    private static string FormatMessage(string filePath, long lineNumber, string? column, string problem)
    {
        var location = lineNumber > 0 ? $"{filePath}:{lineNumber}" : filePath;
        var field = column is null ? string.Empty : $", column '{column}'";
        return string.IsNullOrEmpty(filePath) ? problem : $"{location}{field}: {problem}";
    }
}
