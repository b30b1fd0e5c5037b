using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Validation;

/// <summary>A rule of your own, run after the built-in rules on every report.</summary>
public interface IReportRule
{
    /// <summary>What the rule is; its code must not be one of the built-in codes.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks a report and reports findings. Must be thread-safe and must not throw for any report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="diagnostics">Where to report findings.</param>
    void Check(AnnualReport report, ref DiagnosticCollector diagnostics);
}

/// <summary>
/// How a <see cref="ReportValidator"/> validates: which rules are on, severity overrides, rules of your own and the
/// language of messages. Immutable: each <c>With…</c> method returns a new instance.
/// </summary>
public sealed record ValidatorOptions
{
    /// <summary>Every built-in rule on, default severities, English messages.</summary>
    public static ValidatorOptions Default { get; } = new();

    /// <summary>The codes of the rules turned off.</summary>
    public ImmutableHashSet<string> DisabledRules { get; init; } = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severities that replace rules' defaults, by code.</summary>
    public ImmutableDictionary<string, Severity> SeverityOverrides { get; init; } = ImmutableDictionary.Create<string, Severity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rules of your own, run after the built-in ones in this order.</summary>
    public ImmutableArray<IReportRule> CustomRules { get; init; } = [];

    /// <summary>The language messages are rendered in by default (the command line's text output, say).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.English;

    /// <summary>Turns rules off.</summary>
    /// <param name="codes">The codes (<c>GID207</c>).</param>
    /// <returns>New options.</returns>
    public ValidatorOptions Disable(params string[] codes)
    {
        Guard.Against.Null(codes, nameof(codes));
        return this with { DisabledRules = DisabledRules.Union(codes.Select(c => KnownCode(c, nameof(codes)))) };
    }

    /// <summary>Turns rules back on.</summary>
    /// <param name="codes">The codes.</param>
    /// <returns>New options.</returns>
    public ValidatorOptions Enable(params string[] codes)
    {
        Guard.Against.Null(codes, nameof(codes));
        return this with { DisabledRules = DisabledRules.Except(codes) };
    }

    /// <summary>Overrides a rule's severity.</summary>
    /// <param name="code">The code.</param>
    /// <param name="severity">The severity its findings get.</param>
    /// <returns>New options.</returns>
    public ValidatorOptions WithSeverity(string code, Severity severity) =>
        this with { SeverityOverrides = SeverityOverrides.SetItem(KnownCode(code, nameof(code)), Guard.Against.EnumOutOfRange(severity, nameof(severity))) };

    /// <summary>Adds a rule of your own.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>New options.</returns>
    public ValidatorOptions AddRule(IReportRule rule)
    {
        Guard.Against.Null(rule, nameof(rule));
        Guard.Against.Null(rule.Descriptor, nameof(rule));
        if (Rules.Find(rule.Descriptor.Code) is not null || CustomRules.Any(r => string.Equals(r.Descriptor.Code, rule.Descriptor.Code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A rule with the code {rule.Descriptor.Code} is already known; give your rule a code of its own.", nameof(rule));
        }

        return this with { CustomRules = CustomRules.Add(rule) };
    }

    /// <summary>Sets the language of messages.</summary>
    /// <param name="language">The language.</param>
    /// <returns>New options.</returns>
    public ValidatorOptions WithLanguage(MessageLanguage language) => this with { Language = Guard.Against.EnumOutOfRange(language, nameof(language)) };

    /// <summary>Whether two options validate alike: the same rules off, the same overrides, the same custom rules, the same language.</summary>
    /// <param name="other">The other options.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ValidatorOptions? other) =>
        other is not null && (ReferenceEquals(this, other) || (DisabledRules.SetEquals(other.DisabledRules)
            && SeverityOverrides.Count == other.SeverityOverrides.Count
            && SeverityOverrides.All(o => other.SeverityOverrides.TryGetValue(o.Key, out Severity s) && s == o.Value)
            && CustomRules.SequenceEqual(other.CustomRules) && Language == other.Language));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DisabledRules.Count, SeverityOverrides.Count, CustomRules.Length, Language);

    internal bool IsEnabled(string code) => DisabledRules.Count == 0 || !DisabledRules.Contains(code);

    internal Severity SeverityOf(RuleDescriptor rule) =>
        SeverityOverrides.Count != 0 && SeverityOverrides.TryGetValue(rule.Code, out Severity s) ? s : rule.DefaultSeverity;

    private string KnownCode(string code, string parameterName)
    {
        Guard.Against.NullOrWhiteSpace(code, parameterName);
        if (Rules.Find(code) is null && !CustomRules.Any(r => string.Equals(r.Descriptor.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"No rule has the code {code}; the codes are listed in Rules.All and docs/rules.md.", parameterName);
        }

        return code;
    }
}
