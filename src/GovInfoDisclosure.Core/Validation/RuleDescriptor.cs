using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Validation;

/// <summary>
/// What a rule is: its stable code, default severity, scope, title and description in Chinese and English, and the
/// message templates its findings are rendered with (named arguments in braces, such as <c>{row}</c>).
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="code">The stable code (<c>GID101</c>).</param>
    /// <param name="defaultSeverity">The severity unless overridden.</param>
    /// <param name="scope">What the rule looks at.</param>
    /// <param name="titleEn">A short English title.</param>
    /// <param name="titleZh">A short Chinese title.</param>
    /// <param name="descriptionEn">What the rule checks, in English.</param>
    /// <param name="descriptionZh">What the rule checks, in Chinese.</param>
    /// <param name="messageEn">The English message template.</param>
    /// <param name="messageZh">The Chinese message template.</param>
    public RuleDescriptor(
        string code, Severity defaultSeverity, RuleScope scope, string titleEn, string titleZh, string descriptionEn, string descriptionZh,
        string messageEn, string messageZh)
    {
        Code = Guard.Against.NullOrWhiteSpace(code, nameof(code));
        DefaultSeverity = Guard.Against.EnumOutOfRange(defaultSeverity, nameof(defaultSeverity));
        Scope = scope;
        TitleEn = Guard.Against.NullOrWhiteSpace(titleEn, nameof(titleEn));
        TitleZh = Guard.Against.NullOrWhiteSpace(titleZh, nameof(titleZh));
        DescriptionEn = Guard.Against.NullOrWhiteSpace(descriptionEn, nameof(descriptionEn));
        DescriptionZh = Guard.Against.NullOrWhiteSpace(descriptionZh, nameof(descriptionZh));
        MessageEn = Guard.Against.NullOrWhiteSpace(messageEn, nameof(messageEn));
        MessageZh = Guard.Against.NullOrWhiteSpace(messageZh, nameof(messageZh));
    }

    /// <summary>The stable code (<c>GID101</c>).</summary>
    public string Code { get; }

    /// <summary>The severity unless the validator's options override it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>What the rule looks at.</summary>
    public RuleScope Scope { get; }

    /// <summary>A short English title.</summary>
    public string TitleEn { get; }

    /// <summary>A short Chinese title.</summary>
    public string TitleZh { get; }

    /// <summary>What the rule checks, in English.</summary>
    public string DescriptionEn { get; }

    /// <summary>What the rule checks, in Chinese.</summary>
    public string DescriptionZh { get; }

    /// <summary>The English message template, with named arguments in braces.</summary>
    public string MessageEn { get; }

    /// <summary>The Chinese message template, with named arguments in braces.</summary>
    public string MessageZh { get; }

    /// <summary>The title in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The title.</returns>
    public string Title(MessageLanguage language) => language == MessageLanguage.Chinese ? TitleZh : TitleEn;

    /// <summary>The message template in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The template.</returns>
    public string MessageTemplate(MessageLanguage language) => language == MessageLanguage.Chinese ? MessageZh : MessageEn;
}
