using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Validation;

/// <summary>
/// Where rules report their findings during one validation. It applies the validator's options (rules turned off,
/// severities overridden). Copies of it report to the same place. It allocates nothing until the first finding.
/// </summary>
public readonly struct DiagnosticCollector
{
    private readonly ValidatorOptions _options;
    private readonly Findings _findings;

    internal DiagnosticCollector(ValidatorOptions options, Findings findings)
    {
        _options = options;
        _findings = findings;
    }

    /// <summary>A collector of its own, for checks off the per-report hot path (series, consolidation).</summary>
    internal DiagnosticCollector(ValidatorOptions options)
        : this(options, new Findings())
    {
    }

    /// <summary>The number of findings so far.</summary>
    public int Count => _findings?.List?.Count ?? 0;

    /// <summary>Whether the rule is turned on; a rule may skip its work when it is not.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Whether findings of it are kept.</returns>
    public bool IsEnabled(RuleDescriptor rule) => _options is null || _options.IsEnabled(Guard.Against.Null(rule, nameof(rule)).Code);

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
        Add(new Diagnostic(rule, severity, path, expected, actual, cells, arguments) { PreferredLanguage = _options?.Language ?? MessageLanguage.English });
    }

    /// <summary>
    /// Reports a finding made elsewhere. Its severity is kept unless the options override its rule's severity.
    /// </summary>
    /// <param name="diagnostic">The finding.</param>
    public void Report(Diagnostic diagnostic)
    {
        Guard.Against.Null(diagnostic, nameof(diagnostic));
        if (!IsEnabled(diagnostic.Rule))
        {
            return;
        }

        Severity severity = _options is not null && _options.SeverityOverrides.TryGetValue(diagnostic.Code, out Severity s) ? s : diagnostic.Severity;
        Add(severity == diagnostic.Severity ? diagnostic
            : new Diagnostic(diagnostic.Rule, severity, diagnostic.Path, diagnostic.Expected, diagnostic.Actual, diagnostic.Cells, diagnostic.Arguments)
            {
                PreferredLanguage = diagnostic.PreferredLanguage,
            });
    }

    /// <summary>The findings in order (see <see cref="Findings.ToResultAndReturn"/>).</summary>
    internal ValidationResult ToResult() => _findings.ToResultAndReturn(_options?.CustomRules ?? []);

    private void Add(Diagnostic diagnostic)
    {
        if (_findings is null)
        {
            throw new InvalidOperationException("This collector was not given by a validator; rules receive theirs as a parameter.");
        }

        (_findings.List ??= []).Add(diagnostic);
    }

    /// <summary>
    /// The findings of one validation. A validator reuses one per thread, so that a valid report costs no allocation.
    /// </summary>
    internal sealed class Findings
    {
        [ThreadStatic]
        private static Findings? t_cached;

        public List<Diagnostic>? List { get; set; }

        /// <summary>Takes this thread's instance (a new one if it is in use, by a rule that validates in turn).</summary>
        public static Findings Rent()
        {
            Findings? cached = t_cached;
            t_cached = null;
            return cached ?? new Findings();
        }

        /// <summary>
        /// The result, in the catalogue's order of rules (custom rules after, in the order added), then the document's
        /// order; an identical finding reported twice (the same sentence in sections 一 and 六, say) is kept once.
        /// Gives the instance back to the thread.
        /// </summary>
        public ValidationResult ToResultAndReturn(ImmutableArray<IReportRule> customRules)
        {
            List<Diagnostic>? list = List;
            List = null;
            t_cached = this;
            return list is null ? ValidationResult.Empty : Order(list, customRules);
        }

        // Kept apart from ToResultAndReturn, which runs for every report: this runs only when there are findings.
        private static ValidationResult Order(List<Diagnostic> list, ImmutableArray<IReportRule> customRules)
        {
            if (list.Count == 1)
            {
                return new ValidationResult([list[0]]);
            }

            var keys = new (int Rule, int Document, int Index)[list.Count];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = (RuleOrder(list[i], customRules), ReportFormat.DocumentOrder(list[i].Path), i);
            }

            Array.Sort(keys);
            var ordered = new Diagnostic[keys.Length];
            int count = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                Diagnostic d = list[keys[i].Index];
                if (!IsRepeated(ordered, count, d))
                {
                    ordered[count++] = d;
                }
            }

            return new ValidationResult(count == ordered.Length
                ? ImmutableCollectionsMarshal.AsImmutableArray(ordered)
                : ImmutableArray.Create(ordered, 0, count));
        }

        /// <summary>Whether the same rule already reported the same values at the same path (it is then kept once).</summary>
        private static bool IsRepeated(Diagnostic[] kept, int count, Diagnostic d)
        {
            for (int i = count - 1; i >= 0; i--)
            {
                Diagnostic k = kept[i];
                if (k.Rule != d.Rule)
                {
                    return false;
                }

                if (k.Path == d.Path && k.Expected == d.Expected && k.Actual == d.Actual)
                {
                    return true;
                }
            }

            return false;
        }

        private static int RuleOrder(Diagnostic d, ImmutableArray<IReportRule> customRules)
        {
            int builtIn = Rules.All.IndexOf(d.Rule);
            if (builtIn >= 0)
            {
                return builtIn;
            }

            for (int i = 0; i < customRules.Length; i++)
            {
                if (customRules[i].Descriptor == d.Rule)
                {
                    return Rules.All.Length + i;
                }
            }

            return int.MaxValue;
        }
    }
}
