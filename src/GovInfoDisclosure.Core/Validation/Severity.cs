namespace GovInfoDisclosure.Core.Validation;

/// <summary>How serious a finding is. Only <see cref="Error"/> makes a report invalid.</summary>
public enum Severity
{
    /// <summary>Worth knowing; not a fault.</summary>
    Info,

    /// <summary>Probably a fault, or a fault of form; the report is still valid.</summary>
    Warning,

    /// <summary>A fault: the numbers do not reconcile. The report is invalid.</summary>
    Error,
}

/// <summary>The language a message is rendered in.</summary>
public enum MessageLanguage
{
    /// <summary>English, naming rows and columns by their printed Chinese labels and English names.</summary>
    English,

    /// <summary>Chinese (中文).</summary>
    Chinese,
}

/// <summary>What a rule looks at.</summary>
public enum RuleScope
{
    /// <summary>One report on its own.</summary>
    Report,

    /// <summary>Consecutive reports of one agency.</summary>
    Series,

    /// <summary>A consolidated report and the reports it consolidates.</summary>
    Consolidation,

    /// <summary>Reading a published document (the import findings of <see cref="Documents.LayoutReader"/>).</summary>
    Import,
}
