using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Series;

namespace GovInfoDisclosure.Core.Comparison;

/// <summary>
/// One agency's report compared with its report of an earlier year: every cell's two values and change, outliers, and
/// how alike the narrative sections are. Create one with <see cref="Compare"/>; immutable.
/// </summary>
/// <remarks>
/// A cell is an <b>outlier</b> when the previous value is at least <see cref="OutlierMinimum"/> and the current value is
/// more than <see cref="OutlierFactor"/> times it, or less than 1/<see cref="OutlierFactor"/> of it (a jump above 5×, a
/// fall below 0.2×). Narratives are compared with <see cref="TextSimilarity"/>, the measure of GID303.
/// </remarks>
public sealed class ReportComparison
{
    /// <summary>The factor beyond which a change is an outlier (5).</summary>
    public const int OutlierFactor = 5;

    /// <summary>The smallest previous value a cell must have to be judged an outlier (10).</summary>
    public const int OutlierMinimum = 10;

    private ReportComparison(
        AnnualReport previous, AnnualReport current, ImmutableArray<CellComparison> cells, ImmutableArray<FormatEntry> notCompared,
        ImmutableArray<NarrativeComparison> narratives)
    {
        Previous = previous;
        Current = current;
        Cells = cells;
        NotCompared = notCompared;
        Narratives = narratives;
    }

    /// <summary>The earlier report.</summary>
    public AnnualReport Previous { get; }

    /// <summary>The later report.</summary>
    public AnnualReport Current { get; }

    /// <summary>
    /// Every cell of sections 二, 三 and 四 and the information processing fee that both reports' editions print, in the
    /// current report's printed order (every cell when both are of one edition).
    /// </summary>
    public ImmutableArray<CellComparison> Cells { get; }

    /// <summary>
    /// The cells that could not be compared: across the change of edition (a 2020 report against a 2021 one), the cells
    /// one edition prints and the other does not, the earlier report's first, then the later one's; and the 2019
    /// edition's procurement amount (采购总金额) when one report prints it with a unit and the other without (listed
    /// once). Empty otherwise.
    /// </summary>
    public ImmutableArray<FormatEntry> NotCompared { get; }

    /// <summary>The narrative sections 一, 五 and 六, in printed order.</summary>
    public ImmutableArray<NarrativeComparison> Narratives { get; }

    /// <summary>The cells whose value changed (a blank filled or emptied counts as a change).</summary>
    public IEnumerable<CellComparison> Changed => Cells.Where(c => c.IsChanged);

    /// <summary>The outlier cells.</summary>
    public IEnumerable<CellComparison> Outliers => Cells.Where(c => c.IsOutlier);

    /// <summary>Compares a report with the same agency's report of an earlier year.</summary>
    /// <param name="previous">The earlier report (year N).</param>
    /// <param name="current">The later report (year N+1, or any later year).</param>
    /// <returns>The comparison.</returns>
    public static ReportComparison Compare(AnnualReport previous, AnnualReport current)
    {
        Guard.Against.Null(previous, nameof(previous));
        Guard.Against.Null(current, nameof(current));
        if (current.Year == previous.Year)
        {
            throw new ArgumentException(
                $"Both reports are on {current.Year}: a comparison is between two years of one agency, so give two years' reports.", nameof(current));
        }

        if (current.Year < previous.Year)
        {
            throw new ArgumentException(
                $"The current report is on {current.Year}, not later than the previous one on {previous.Year}: give the earlier year first.", nameof(current));
        }

        // Cells are matched by their JSON Pointer: what both editions print at one pointer is one cell (section 三 but
        // （六）其他处理, section 四, the decisions of 第二十条第（五）（六）项, the fee).
        TableCells earlier = ReportFormat.Of(previous.Edition).Cells, later = ReportFormat.Of(current.Edition).Cells;
        var before = new decimal?[earlier.Count];
        var after = new decimal?[later.Count];
        earlier.Read(previous, before);
        later.Read(current, after);

        // The 2019 edition's procurement amount is compared in the later report's unit (元 and 万元 convert exactly); an
        // amount printed without a unit against one printed with a unit cannot be compared without guessing the unit.
        ReportConsolidation.ToUnit(previous, before, earlier, ReportConsolidation.ProcurementUnit(current));
        string? unitsApart = previous.ProactiveDisclosure2019?.Procurement is { Amount: not null } was
            && current.ProactiveDisclosure2019?.Procurement is { Amount: not null } now && (was.AmountUnit is null) != (now.AmountUnit is null)
            ? later.Pointers[ReportConsolidation.AmountCell(later)]
            : null;
        var earlierIndex = new Dictionary<string, int>(earlier.Count, StringComparer.Ordinal);
        for (int i = 0; i < earlier.Count; i++)
        {
            earlierIndex[earlier.Pointers[i]] = i;
        }

        var cells = ImmutableArray.CreateBuilder<CellComparison>(later.Count);
        var notCompared = ImmutableArray.CreateBuilder<FormatEntry>();
        var compared = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < later.Count; i++)
        {
            if (earlierIndex.TryGetValue(later.Pointers[i], out int j) && !string.Equals(later.Pointers[i], unitsApart, StringComparison.Ordinal))
            {
                cells.Add(new CellComparison(later.Pointers[i], later.Entries[i], before[j], after[i]));
                compared.Add(later.Pointers[i]);
            }
        }

        notCompared.AddRange(earlier.Entries.Where(e => !compared.Contains(e.JsonPointer)));
        notCompared.AddRange(later.Entries.Where(e => !compared.Contains(e.JsonPointer) && !string.Equals(e.JsonPointer, unitsApart, StringComparison.Ordinal)));

        ImmutableArray<NarrativeComparison> narratives =
        [
            new(ReportFormat.Overview, TextSimilarity.Compare(previous.Overview, current.Overview)),
            new(ReportFormat.ProblemsAndImprovements, TextSimilarity.Compare(previous.ProblemsAndImprovements, current.ProblemsAndImprovements)),
            new(ReportFormat.OtherMatters, TextSimilarity.Compare(previous.OtherMatters, current.OtherMatters)),
        ];
        return new ReportComparison(previous, current, cells.ToImmutable(), notCompared.ToImmutable(), narratives);
    }

    /// <summary>
    /// Whether both reports name the same agency (names compared without surrounding white space). A comparison of two
    /// agencies is still made, cell by cell, but it is not a year-on-year comparison, and the text and JSON say so.
    /// </summary>
    public bool SameAgency => string.Equals(Previous.Agency.Name.Trim(), Current.Agency.Name.Trim(), StringComparison.Ordinal);

    /// <summary>Writes the comparison as JSON (camelCase keys; every cell, then the narratives).</summary>
    /// <param name="writer">The writer.</param>
    public void WriteJson(Utf8JsonWriter writer)
    {
        Guard.Against.Null(writer, nameof(writer));
        writer.WriteStartObject();
        writer.WriteString("agency", Current.Agency.Name);
        if (!SameAgency)
        {
            writer.WriteString("previousAgency", Previous.Agency.Name);
        }

        writer.WriteBoolean("sameAgency", SameAgency);
        writer.WriteNumber("previousYear", Previous.Year);
        writer.WriteNumber("currentYear", Current.Year);
        writer.WriteNumber("changedCells", Changed.Count());
        writer.WriteNumber("outliers", Outliers.Count());
        writer.WriteStartArray("cells");
        foreach (CellComparison c in Cells)
        {
            writer.WriteStartObject();
            writer.WriteString("path", c.Path);
            writer.WriteString("label", c.Cell.QualifiedLabelZh);
            WriteNumber(writer, "previous", c.Previous);
            WriteNumber(writer, "current", c.Current);
            WriteNumber(writer, "change", c.Change);
            WriteNumber(writer, "relativeChange", c.RelativeChange);
            writer.WriteBoolean("outlier", c.IsOutlier);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (!NotCompared.IsEmpty)
        {
            writer.WriteStartArray("notCompared");
            foreach (FormatEntry e in NotCompared)
            {
                writer.WriteStartObject();
                writer.WriteString("path", e.JsonPointer);
                writer.WriteString("label", e.QualifiedLabelZh);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("narratives");
        foreach (NarrativeComparison n in Narratives)
        {
            writer.WriteStartObject();
            writer.WriteString("path", n.Section.JsonPointer);
            writer.WriteString("label", n.Section.LabelZh);
            if (n.Similarity is { } s)
            {
                writer.WriteNumber("similarity", Math.Round(s, 4));
            }
            else
            {
                writer.WriteNull("similarity");
            }

            writer.WriteBoolean("repeated", n.IsRepeated);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The comparison as an indented JSON document (camelCase keys, Chinese not escaped, final newline).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AnnualReportJson.CanonicalWriterOptions))
        {
            WriteJson(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>How a report prints its procurement amount's unit, for the note on an amount not compared.</summary>
    private static string UnitText(AnnualReport report) =>
        ReportConsolidation.ProcurementUnit(report) is { } unit ? $"in {PrintedDocument.FormatUnit(unit)}" : "without a unit";

    /// <summary>
    /// The comparison as readable text: the changed cells with their printed labels (outliers marked), how many are
    /// unchanged, and the narratives' similarity.
    /// </summary>
    /// <returns>The text, one line an item.</returns>
    public string ToText()
    {
        CultureInfo inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(inv, $"{Current.Agency.Name}: {Previous.Year} → {Current.Year}\n");
        if (!SameAgency)
        {
            sb.Append(inv, $"Note: the {Previous.Year} report is of {Previous.Agency.Name}, another agency: this compares two agencies, not two years of one.\n");
        }

        if (!NotCompared.IsEmpty)
        {
            if (Previous.Edition == Current.Edition)
            {
                // Within one edition only the procurement amount is left out: printed with a unit in one report only.
                sb.Append(inv, $"Note: the {Previous.Year} report prints the procurement amount {UnitText(Previous)} and the {Current.Year} report {UnitText(Current)}: it is not compared, since that would guess the unit:\n");
            }
            else
            {
                sb.Append(inv, $"Note: the {Previous.Year} report follows the {ReportFormat.EditionKey(Previous.Edition)} edition and the {Current.Year} report the {ReportFormat.EditionKey(Current.Edition)} edition: {NotCompared.Length} cells that only one of them prints are not compared:\n");
            }

            foreach (FormatEntry e in NotCompared)
            {
                sb.Append(inv, $"  {e.JsonPointer} [{e.QualifiedLabelZh}]\n");
            }
        }

        var changed = Changed.ToList();
        sb.Append(inv, $"Changed cells: {changed.Count} of {Cells.Length} ({Cells.Length - changed.Count} unchanged); outliers: {Outliers.Count()}\n");
        foreach (CellComparison c in changed)
        {
            sb.Append(inv, $"  {c.Path} [{c.Cell.QualifiedLabelZh}]: {Show(c.Previous)} → {Show(c.Current)}");
            if (c.Change is { } change)
            {
                sb.Append(inv, $" ({(change >= 0 ? "+" : string.Empty)}{change}");
                if (c.RelativeChange is { } relative)
                {
                    sb.Append(inv, $", {(relative >= 0 ? "+" : string.Empty)}{((double)relative * 100).ToString("0.##", inv)}%");
                }

                sb.Append(')');
            }

            if (c.IsOutlier)
            {
                sb.Append("  OUTLIER");
            }

            sb.Append('\n');
        }

        sb.Append("Narratives:\n");
        foreach (NarrativeComparison n in Narratives)
        {
            sb.Append(inv, $"  {n.Section.LabelZh}: ");
            sb.Append(n.Similarity is { } s
                ? string.Create(inv, $"{TextSimilarity.Percent(s)}% similar{(n.IsRepeated ? " (repeated, 年年雷同)" : string.Empty)}")
                : "not compared (missing or too short)");
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Current.Agency.Name}: {Previous.Year} → {Current.Year}, {Changed.Count()} changed cell(s)";

    private static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "blank";

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

/// <summary>One cell in two years: both values, the change, and whether it is an outlier.</summary>
public sealed record CellComparison
{
    internal CellComparison(string path, FormatEntry cell, decimal? previous, decimal? current)
    {
        Path = path;
        Cell = cell;
        Previous = previous;
        Current = current;
    }

    /// <summary>The JSON Pointer of the cell (<c>/applications/received/total</c>).</summary>
    public string Path { get; }

    /// <summary>The catalogue entry of the cell, for its printed label.</summary>
    public FormatEntry Cell { get; }

    /// <summary>The earlier year's value, or <see langword="null"/> for a blank.</summary>
    public decimal? Previous { get; }

    /// <summary>The later year's value, or <see langword="null"/> for a blank.</summary>
    public decimal? Current { get; }

    /// <summary>The absolute change (current − previous), or <see langword="null"/> when either is blank.</summary>
    public decimal? Change => Previous is { } p && Current is { } c ? c - p : null;

    /// <summary>
    /// The relative change ((current − previous) / previous, rounded to 4 decimal places: 0.5 is +50%), or
    /// <see langword="null"/> when either is blank or the previous value is 0.
    /// </summary>
    public decimal? RelativeChange => Previous is { } p && Current is { } c && p != 0 ? Relative(p, c) : null;

    /// <summary>Whether the value changed (a blank filled or emptied counts).</summary>
    public bool IsChanged => Previous != Current;

    /// <summary>
    /// Whether the change is an outlier: the previous value is at least <see cref="ReportComparison.OutlierMinimum"/> and the
    /// current one is more than <see cref="ReportComparison.OutlierFactor"/> times it or less than its fifth.
    /// </summary>
    public bool IsOutlier => Previous is { } p && Current is { } c && p >= ReportComparison.OutlierMinimum
        && (c / p > ReportComparison.OutlierFactor || c / p * ReportComparison.OutlierFactor < 1);

    /// <summary>(c − p) / p to 4 places; <see langword="null"/> where the ratio is beyond a decimal (a tiny amount last year).</summary>
    private static decimal? Relative(decimal p, decimal c)
    {
        try
        {
            return Math.Round((c - p) / p, 4, MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}

/// <summary>A narrative section in two years: how alike the texts are.</summary>
public sealed record NarrativeComparison
{
    internal NarrativeComparison(FormatEntry section, double? similarity)
    {
        Section = section;
        Similarity = similarity;
    }

    /// <summary>The section (一、总体情况, 五、存在的主要问题及改进情况 or 六、其他需要报告的事项).</summary>
    public FormatEntry Section { get; }

    /// <summary>The similarity by <see cref="TextSimilarity"/>, from 0 to 1, or <see langword="null"/> when either year lacks the section or it is too short to judge.</summary>
    public double? Similarity { get; }

    /// <summary>Whether the text repeats the earlier year's (similarity at or above <see cref="TextSimilarity.RepeatedTextThreshold"/>).</summary>
    public bool IsRepeated => Similarity >= TextSimilarity.RepeatedTextThreshold;
}
