using System.Text;

namespace GovInfoDisclosure.Core.Format;

/// <summary>
/// One item of the official format (a section, group, row, column or cell): its stable id, its key in the
/// canonical JSON document, its JSON Pointer, its printed Chinese label and its English name.
/// </summary>
/// <remarks>
/// Entries come from <see cref="ReportFormat"/>; every message, path, loop and renderer of the library reads them,
/// so no label or key is written twice.
/// </remarks>
public sealed class FormatEntry
{
    internal FormatEntry(string jsonKey, string labelZh, string nameEn, FormatEntry? parent, bool qualifiesChildren = true)
    {
        JsonKey = jsonKey;
        LabelZh = labelZh;
        NameEn = nameEn;
        Parent = parent;
        Utf8Key = Encoding.UTF8.GetBytes(jsonKey);
        JsonPointer = (parent is null ? string.Empty : parent.JsonPointer) + "/" + jsonKey;
        Id = JsonPointer.Substring(1).Replace('/', '.');
        bool qualify = parent is { QualifiesChildren: true };
        QualifiedLabelZh = qualify ? parent!.QualifiedLabelZh + " · " + labelZh : labelZh;
        QualifiedNameEn = qualify ? parent!.QualifiedNameEn + " / " + nameEn : nameEn;
        QualifiesChildren = qualifiesChildren;
    }

    /// <summary>The stable id, the JSON path with dots (<c>applications.outcomes.notDisclosed.stateSecret</c>).</summary>
    public string Id { get; }

    /// <summary>The camelCase key of this item in the canonical JSON document (<c>stateSecret</c>).</summary>
    public string JsonKey { get; }

    /// <summary>The JSON Pointer of this item in the canonical document (<c>/applications/outcomes/notDisclosed/stateSecret</c>).</summary>
    public string JsonPointer { get; }

    /// <summary>The label as the format prints it (<c>1.属于国家秘密</c>).</summary>
    public string LabelZh { get; }

    /// <summary>The English name (<c>State secret</c>).</summary>
    public string NameEn { get; }

    /// <summary>The printed label with the group it is printed under, as messages name it (<c>（三）不予公开 · 1.属于国家秘密</c>).</summary>
    public string QualifiedLabelZh { get; }

    /// <summary>The English name with the group (<c>Not disclosed / State secret</c>).</summary>
    public string QualifiedNameEn { get; }

    /// <summary>The group or section this item belongs to, if any.</summary>
    public FormatEntry? Parent { get; }

    internal byte[] Utf8Key { get; }

    /// <summary>Whether the cell is a signed count (the 2019 edition's 本年增/减); every other count is non-negative.</summary>
    internal bool IsSigned { get; init; }

    /// <summary>A cell: a column of a row, labelled with both.</summary>
    internal static FormatEntry Cell(FormatEntry row, FormatEntry column) => new(column.JsonKey, column.LabelZh, column.NameEn, row);

    private bool QualifiesChildren { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
