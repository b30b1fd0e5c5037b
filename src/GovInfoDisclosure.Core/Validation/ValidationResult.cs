using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Validation;

/// <summary>
/// What a validation found, in a deterministic order (the rule catalogue's order, then the document's order).
/// <see cref="IsValid"/> means no error-severity finding: warnings and infos do not make a report invalid.
/// </summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result from findings, kept in the given order.</summary>
    /// <param name="diagnostics">The findings.</param>
    public ValidationResult(ImmutableArray<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
        foreach (Diagnostic d in Diagnostics)
        {
            Guard.Against.Null(d, nameof(diagnostics));
            ErrorCount += d.Severity == Severity.Error ? 1 : 0;
            WarningCount += d.Severity == Severity.Warning ? 1 : 0;
            InfoCount += d.Severity == Severity.Info ? 1 : 0;
        }
    }

    /// <summary>The result with no finding.</summary>
    public static ValidationResult Empty { get; } = new([]);

    /// <summary>Every finding.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether no finding has severity <see cref="Severity.Error"/>.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>The number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>The number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>The number of infos.</summary>
    public int InfoCount { get; }

    /// <summary>The errors, in order.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The warnings, in order.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning);

    /// <summary>The infos, in order.</summary>
    public IEnumerable<Diagnostic> Infos => Diagnostics.Where(d => d.Severity == Severity.Info);

    /// <inheritdoc />
    public override string ToString() => $"{ErrorCount} error(s), {WarningCount} warning(s), {InfoCount} info(s)";
}
