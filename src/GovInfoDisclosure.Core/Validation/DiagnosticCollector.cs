using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Validation;

/// <summary>
/// Where rules report their findings during one validation. It applies the validator's options (rules turned off,
/// severities overridden) and allocates nothing until the first finding.
/// </summary>
public struct DiagnosticCollector
{
    private readonly ValidatorOptions _options;
    private List<Diagnostic>? _diagnostics;

    internal DiagnosticCollector(ValidatorOptions options)
    {
        _options = options;
        _diagnostics = null;
    }

    /// <summary>The number of findings so far.</summary>
    public readonly int Count => _diagnostics?.Count ?? 0;

    /// <summary>Whether the rule is turned on; a rule may skip its work when it is not.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Whether findings of it are kept.</returns>
    public readonly bool IsEnabled(RuleDescriptor rule) => _options is null || _options.IsEnabled(Guard.Against.Null(rule, nameof(rule)).Code);

    /// <summary>Reports a finding of a rule, with the severity the options give it.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="path">The JSON Pointer of the value at fault.</param>
    /// <param name="expected">The expected value, where the rule compares numbers.</param>
    /// <param name="actual">The actual value, where the rule compares numbers.</param>
    /// <param name="cells">The JSON Pointers of the cells involved.</param>
    /// <param name="arguments">The named values of the message template.</param>
    public void Report(
        RuleDescriptor rule, string path, decimal? expected = null, decimal? actual = null, ImmutableArray<string> cells = default,
        ImmutableArray<MessageArgument> arguments = default)
    {
        if (!IsEnabled(rule))
        {
            return;
        }

        Severity severity = _options?.SeverityOf(rule) ?? rule.DefaultSeverity;
        (_diagnostics ??= []).Add(new Diagnostic(rule, severity, path, expected, actual, cells, arguments));
    }

    /// <summary>Reports a finding made elsewhere, with the severity the options give its rule.</summary>
    /// <param name="diagnostic">The finding.</param>
    public void Report(Diagnostic diagnostic)
    {
        Guard.Against.Null(diagnostic, nameof(diagnostic));
        if (!IsEnabled(diagnostic.Rule))
        {
            return;
        }

        Severity severity = _options?.SeverityOf(diagnostic.Rule) ?? diagnostic.Severity;
        (_diagnostics ??= []).Add(severity == diagnostic.Severity ? diagnostic
            : new Diagnostic(diagnostic.Rule, severity, diagnostic.Path, diagnostic.Expected, diagnostic.Actual, diagnostic.Cells, diagnostic.Arguments));
    }

    internal readonly ValidationResult ToResult() =>
        _diagnostics is null ? ValidationResult.Empty : new ValidationResult([.. _diagnostics]);
}
