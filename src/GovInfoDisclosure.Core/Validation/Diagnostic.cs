using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Validation;

/// <summary>
/// A named value a message template refers to (<c>{row}</c>). A <see cref="FormatEntry"/> value is rendered as its printed
/// label, a <see cref="ReportKindReason"/> as its description in the message's language.
/// </summary>
/// <param name="Name">The name used in the template.</param>
/// <param name="Value">The value: a number, a string, a date, a <see cref="FormatEntry"/> or a <see cref="ReportKindReason"/>.</param>
public readonly record struct MessageArgument(string Name, object Value);

/// <summary>
/// A finding: which rule, how serious, where (JSON Pointer), the expected and actual values, the cells the rule
/// involved, and a message rendered on demand in Chinese or English.
/// </summary>
public sealed class Diagnostic : IEquatable<Diagnostic>
{
    private string? _fingerprint;

    /// <summary>Creates a finding.</summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="severity">Its severity (the rule's default unless overridden).</param>
    /// <param name="path">The JSON Pointer of the value at fault.</param>
    /// <param name="expected">The value the rule expected there, where it compares numbers.</param>
    /// <param name="actual">The value found there, where it compares numbers.</param>
    /// <param name="cells">The JSON Pointers of the cells the rule added up or compared.</param>
    /// <param name="arguments">The named values of the message template.</param>
    public Diagnostic(
        RuleDescriptor rule, Severity severity, string path, decimal? expected, decimal? actual, ImmutableArray<string> cells,
        ImmutableArray<MessageArgument> arguments)
    {
        Rule = Guard.Against.Null(rule, nameof(rule));
        Severity = severity;
        Path = Guard.Against.Null(path, nameof(path));
        Expected = expected;
        Actual = actual;
        Cells = cells.IsDefault ? [] : cells;
        Arguments = arguments.IsDefault ? [] : arguments;
    }

    /// <summary>The rule that found it.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's code (<c>GID102</c>).</summary>
    public string Code => Rule.Code;

    /// <summary>The severity.</summary>
    public Severity Severity { get; }

    /// <summary>The JSON Pointer of the value at fault (<c>/applications/outcomes/total/naturalPerson</c>).</summary>
    public string Path { get; }

    /// <summary>The value the rule expected at <see cref="Path"/>, where it compares numbers.</summary>
    public decimal? Expected { get; }

    /// <summary>The value found at <see cref="Path"/>, where it compares numbers.</summary>
    public decimal? Actual { get; }

    /// <summary>The JSON Pointers of every cell the rule added up or compared (<see cref="Path"/> among them).</summary>
    public ImmutableArray<string> Cells { get; }

    /// <summary>The named values of the message template.</summary>
    public ImmutableArray<MessageArgument> Arguments { get; }

    /// <summary>The message template in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The template, with named arguments in braces.</returns>
    public string MessageTemplate(MessageLanguage language) => Rule.MessageTemplate(language);

    /// <summary>
    /// The language the validator's options chose (<see cref="ValidatorOptions.Language"/>), used by
    /// <see cref="LocalizedMessage"/> and <see cref="ToString"/>; not part of equality.
    /// </summary>
    public MessageLanguage PreferredLanguage { get; init; }

    /// <summary>
    /// Where the value at fault was printed, for a report read from a published document (the file, its line and column,
    /// the table cell); <see langword="null"/> for a report that came from JSON or a builder. Not part of equality or the
    /// fingerprint: the same finding on the same data is the same finding wherever it was printed.
    /// </summary>
    public Documents.SourceLocation? Location { get; init; }

    /// <summary>This finding with a source location.</summary>
    /// <param name="location">Where the value at fault was printed.</param>
    /// <returns>A copy holding <paramref name="location"/>.</returns>
    public Diagnostic WithLocation(Documents.SourceLocation? location) =>
        new(Rule, Severity, Path, Expected, Actual, Cells, Arguments) { PreferredLanguage = PreferredLanguage, Location = location };

    /// <summary>The message in <see cref="PreferredLanguage"/>.</summary>
    public string LocalizedMessage => GetMessage(PreferredLanguage);

    /// <summary>The English message.</summary>
    public string Message => GetMessage(MessageLanguage.English);

    /// <summary>The Chinese message.</summary>
    public string MessageZh => GetMessage(MessageLanguage.Chinese);

    /// <summary>
    /// A stable fingerprint of the finding (code, path, expected and actual values): equal findings of two runs, or of two
    /// versions of a report, have the same fingerprint.
    /// </summary>
    public string Fingerprint => _fingerprint ??= ComputeFingerprint();

    /// <summary>Renders the message in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string GetMessage(MessageLanguage language)
    {
        string template = Rule.MessageTemplate(language);
        var sb = new StringBuilder(template.Length + 64);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            string name = template.Substring(open + 1, close - open - 1);
            sb.Append(Render(name, language) ?? template.Substring(open, close - open + 1));
            i = close + 1;
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public bool Equals(Diagnostic? other) =>
        other is not null && (ReferenceEquals(this, other) || (Rule == other.Rule && Severity == other.Severity && Path == other.Path
            && Expected == other.Expected && Actual == other.Actual && Cells.SequenceEqual(other.Cells) && Arguments.SequenceEqual(other.Arguments)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Diagnostic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Path, Expected, Actual);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Severity.ToString().ToLowerInvariant()} {Path}: {LocalizedMessage}";

    internal static string FormatValue(object value, MessageLanguage language) => value switch
    {
        FormatEntry entry => language == MessageLanguage.Chinese ? entry.QualifiedLabelZh : $"{entry.QualifiedLabelZh} ({entry.QualifiedNameEn})",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReportKindReason kind => kind.Describe(language),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private string? Render(string name, MessageLanguage language)
    {
        foreach (MessageArgument argument in Arguments)
        {
            if (argument.Name == name)
            {
                return FormatValue(argument.Value, language);
            }
        }

        return name switch
        {
            "expected" when Expected is { } e => FormatValue(e, language),
            "actual" when Actual is { } a => FormatValue(a, language),
            _ => null,
        };
    }

    private string ComputeFingerprint()
    {
        string key = string.Join(
            "|", Code, Path, Expected?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, Actual?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }
}
