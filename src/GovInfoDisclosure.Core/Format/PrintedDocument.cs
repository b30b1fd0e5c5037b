using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Format;

/// <summary>
/// The printed document around the tables, as every writer prints it: the title, the six sections in order (each a
/// narrative or one of <see cref="PrintedLayout"/>'s tables), and the agency and date at the end; and how a value and a
/// date are printed. The HTML, Word and Markdown writers walk this, so they print the same things in the same order.
/// </summary>
public static class PrintedDocument
{
    /// <summary>
    /// The title as printed: the report's own <see cref="AnnualReport.Title"/>, or the template's
    /// <c>&lt;agency&gt;&lt;year&gt;年政府信息公开工作年度报告</c> where it has none (or a blank one, which prints nothing).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The title.</returns>
    public static string Title(AnnualReport report)
    {
        Guard.Against.Null(report, nameof(report));
        return string.IsNullOrWhiteSpace(report.Title) ? TemplateTitle(report) : report.Title;
    }

    /// <summary>
    /// The title a document's metadata carries (an HTML page's <c>&lt;title&gt;</c>, a Word document's Title property,
    /// Markdown's front matter): the printed <see cref="Title"/> where it names the agency before the year, as the
    /// template's does; otherwise the template's, so that a reader of the document still finds the agency and the year.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The title for the document's metadata.</returns>
    public static string MetadataTitle(AnnualReport report)
    {
        string printed = Title(report);
        int year = printed.IndexOf(string.Create(CultureInfo.InvariantCulture, $"{report.Year}年"), StringComparison.Ordinal);
        return year > 0 && printed.AsSpan(0, year).Trim().Length > 0 && !printed.AsSpan(0, year).ContainsAny('\r', '\n') ? printed : TemplateTitle(report);
    }

    private static string TemplateTitle(AnnualReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"{report.Agency.Name}{report.Year}年政府信息公开工作年度报告");

    /// <summary>
    /// The narrative printed in a section (一, 五, 六): its paragraphs that print something (a paragraph without a heading
    /// whose text is blank prints nothing); <see langword="null"/> for a table's section or a section that prints no
    /// paragraph.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="section">One of <see cref="ReportFormat.Sections"/>.</param>
    /// <returns>The narrative, or <see langword="null"/>.</returns>
    public static Narrative? Narrative(AnnualReport report, FormatEntry section)
    {
        Narrative? narrative = StoredNarrative(report, section);
        if (narrative is null || !narrative.Paragraphs.Any(PrintsNothing))
        {
            return narrative;
        }

        Paragraph[] printed = [.. narrative.Where(p => !PrintsNothing(p))];
        return printed.Length == 0 ? null : new Narrative(printed);
    }

    /// <summary>
    /// The narrative of a section (一, 五, 六) as the report holds it, every paragraph included (its JSON Pointer is the
    /// section's, a paragraph's its index there); <see langword="null"/> for a table's section or a section without one.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="section">One of <see cref="ReportFormat.Sections"/>.</param>
    /// <returns>The narrative, or <see langword="null"/>.</returns>
    public static Narrative? StoredNarrative(AnnualReport report, FormatEntry section)
    {
        Guard.Against.Null(report, nameof(report));
        Guard.Against.Null(section, nameof(section));
        return section == ReportFormat.Overview ? report.Overview
            : section == ReportFormat.ProblemsAndImprovements ? report.ProblemsAndImprovements
            : section == ReportFormat.OtherMatters ? report.OtherMatters
            : null;
    }

    private static bool PrintsNothing(Paragraph paragraph) => paragraph.Heading is null && string.IsNullOrWhiteSpace(paragraph.Text);

    /// <summary>The table printed in a section (二, 三, 四), or <see langword="null"/> for a narrative's section.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="section">One of <see cref="ReportFormat.Sections"/>.</param>
    /// <returns>The table, or <see langword="null"/>.</returns>
    public static PrintedTable? Table(ReportEdition edition, FormatEntry section)
    {
        Guard.Against.Null(section, nameof(section));
        foreach (PrintedTable table in PrintedLayout.Tables(edition))
        {
            if (table.Section == section)
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>A value as printed: a count or an exact amount in the invariant culture (<c>1835.25</c>), a blank as the empty string.</summary>
    /// <param name="value">The value, <see langword="null"/> for a blank.</param>
    /// <returns>The printed text.</returns>
    public static string FormatValue(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The unit as printed beside an amount: <c>元</c> or <c>万元</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The printed unit.</returns>
    public static string FormatUnit(MoneyUnit unit) => ReportFormat.MoneyUnitKey(unit); // the document's value is the unit as printed

    /// <summary>
    /// What is printed right after a value of a report's tables: the 2019 edition's procurement amount (采购总金额) is
    /// printed with its unit beside it (<c>251000元</c>; the unit alone where the amount is blank), and nothing where the
    /// report has no unit; every other value prints nothing after it.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="cellIndex">The value's <see cref="PrintedCell.CellIndex"/> in the report's edition's layout.</param>
    /// <returns>The text after the value, often empty.</returns>
    public static string ValueSuffix(AnnualReport report, int cellIndex)
    {
        ArgumentNullException.ThrowIfNull(report);
        return cellIndex == ProcurementAmountCell && report.ProactiveDisclosure2019?.Procurement.AmountUnit is { } unit ? FormatUnit(unit) : string.Empty;
    }

    /// <summary>The cell index of the 2019 edition's procurement amount.</summary>
    private const int ProcurementAmountCell = TableCells.DisclosureStart + (int)DisclosureCell2019.ProcurementAmount;

    /// <summary>
    /// Formats a value as <see cref="FormatValue"/> prints it into a buffer, without allocating: a whole number within
    /// <see cref="long"/> as an integer (quicker than decimal formatting), anything else in the invariant culture.
    /// </summary>
    /// <param name="value">The value, <see langword="null"/> for a blank (nothing is written).</param>
    /// <param name="destination">The buffer; 40 characters hold any decimal.</param>
    /// <param name="written">The characters written.</param>
    /// <returns>Whether the buffer was large enough.</returns>
    public static bool TryFormatValue(decimal? value, Span<char> destination, out int written)
    {
        if (value is not { } v)
        {
            written = 0;
            return true;
        }

        // A whole number whose magnitude fits 64 bits (every count, most amounts) is formatted from its integer: the
        // decimal's four 32-bit parts are read directly, not compared and converted as decimals (the cost of a table).
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(v, bits);
        if (v.Scale == 0 && bits[2] == 0)
        {
            ulong magnitude = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            if (magnitude != 0 && decimal.IsNegative(v))
            {
                if (destination.IsEmpty || !magnitude.TryFormat(destination[1..], out written, default, CultureInfo.InvariantCulture))
                {
                    written = 0;
                    return false;
                }

                destination[0] = '-';
                written++;
                return true;
            }

            return magnitude.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
        }

        return v.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
    }

    /// <summary>A date as the closing line prints it (<c>2023年1月15日</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The printed date.</returns>
    public static string FormatDate(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>
    /// A table's grid with merged cells expanded: <c>grid[row][column]</c> is the cell covering that slot (the printed
    /// layout has no empty slot). A cell starts in a slot where its <see cref="PrintedCell.Row"/> and
    /// <see cref="PrintedCell.Column"/> are the slot's.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <returns>The grid, row by row.</returns>
    public static ImmutableArray<ImmutableArray<PrintedCell>> Grid(PrintedTable table)
    {
        Guard.Against.Null(table, nameof(table));
        var grid = new PrintedCell[table.RowCount][];
        for (int r = 0; r < grid.Length; r++)
        {
            grid[r] = new PrintedCell[table.ColumnCount];
        }

        foreach (PrintedCell cell in table.Cells)
        {
            for (int r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                {
                    grid[r][c] = cell;
                }
            }
        }

        return [.. grid.Select(ImmutableArray.Create)];
    }
}
