namespace GovInfoDisclosure.Core.Json;

/// <summary>
/// A report document that cannot be read: malformed JSON, an unknown key, a wrong type, a negative or fractional
/// count, a missing required member. Carries where the fault is: the source (file), the JSON path, the line and column.
/// </summary>
public sealed class ReportFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, in words a person understands.</param>
    /// <param name="source">The file or other source the document came from, if known.</param>
    /// <param name="jsonPath">The JSON path of the fault (<c>$.applications.received.naturalPerson</c>).</param>
    /// <param name="lineNumber">The 1-based line of the fault, if known.</param>
    /// <param name="column">The 1-based column (in characters) of the fault, if known.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ReportFormatException(string reason, string? source, string jsonPath, long? lineNumber, long? column, Exception? innerException = null)
        : base(Format(reason, source, jsonPath, lineNumber, column), innerException)
    {
        Reason = reason;
        DocumentSource = source;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        Column = column;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The file or other source the document came from, if known.</summary>
    public string? DocumentSource { get; }

    /// <summary>The JSON path of the fault, as System.Text.Json writes paths (<c>$.overview[2].text</c>).</summary>
    public string JsonPath { get; }

    /// <summary>The 1-based line of the fault, if known.</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based column of the fault, counted in characters, if known.</summary>
    public long? Column { get; }

    private static string Format(string reason, string? source, string jsonPath, long? line, long? column)
    {
        string where = line is { } l ? $"{jsonPath}, line {l}" + (column is { } c ? $", column {c}" : string.Empty) : jsonPath;
        return source is null ? $"Cannot read the report at {where}: {reason}" : $"Cannot read the report '{source}' at {where}: {reason}";
    }
}
