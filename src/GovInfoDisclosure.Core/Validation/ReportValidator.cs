using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Validation;

/// <summary>
/// Checks a report against every per-report rule of the catalogue (GID001, GID101–GID105, GID201–GID207) and the rules
/// of your own in the options. Stateless and thread-safe: one instance serves every thread. Validating a valid report
/// allocates nothing.
/// </summary>
/// <example>
/// <code>
/// ValidationResult result = ReportValidator.Default.Validate(report);
/// foreach (Diagnostic d in result.Errors) Console.WriteLine($"{d.Code} {d.Path}: {d.Message}");
/// </code>
/// </example>
public sealed class ReportValidator
{
    /// <summary>Creates a validator.</summary>
    /// <param name="options">Which rules, which severities; <see cref="ValidatorOptions.Default"/> when omitted.</param>
    public ReportValidator(ValidatorOptions? options = null)
    {
        Options = options ?? ValidatorOptions.Default;
    }

    /// <summary>A validator with every built-in rule and default severities.</summary>
    public static ReportValidator Default { get; } = new();

    /// <summary>The options this validator applies.</summary>
    public ValidatorOptions Options { get; }

    /// <summary>Validates a report. Never throws for any report the model can hold.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Every finding, in the catalogue's order, then the document's.</returns>
    public ValidationResult Validate(AnnualReport report)
    {
        Guard.Against.Null(report, nameof(report));
        var findings = DiagnosticCollector.Findings.Rent();
        var diagnostics = new DiagnosticCollector(Options, findings);
        ReportChecks.Run(report, ref diagnostics);
        foreach (IReportRule rule in Options.CustomRules)
        {
            rule.Check(report, ref diagnostics);
        }

        return findings.ToResultAndReturn(Options.CustomRules);
    }
}
