using System.Globalization;
using System.Text.Json;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Json;

/// <summary>
/// Writes the canonical document of either edition: every key of the report's edition, in the catalogue's order,
/// blanks as <c>null</c>. Sections 二 and 三 are written from the edition's catalogue (<see cref="ReportFormat.Of"/>).
/// </summary>
internal static class ReportJsonWriter
{
    public static void Write(Utf8JsonWriter writer, AnnualReport report)
    {
        writer.WriteStartObject();
        writer.WriteString(ReportFormat.Edition.Utf8Key, ReportFormat.EditionKey(report.Edition));
        writer.WriteNumber(ReportFormat.Year.Utf8Key, report.Year);
        writer.WriteStartObject(ReportFormat.Agency.Utf8Key);
        writer.WriteString(ReportFormat.AgencyName.Utf8Key, report.Agency.Name);
        WriteString(writer, ReportFormat.AgencyRegion.Utf8Key, report.Agency.Region);
        writer.WriteEndObject();
        if (report.Kind is { } kind)
        {
            // Written only when given: absent means "inferred", and documents without it stay as they were.
            writer.WriteString(ReportFormat.Kind.Utf8Key, ReportFormat.KindKey(kind));
        }

        WriteString(writer, ReportFormat.Title.Utf8Key, report.Title);
        WriteString(writer, ReportFormat.PublishedOn.Utf8Key, report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteNarrative(writer, ReportFormat.Overview, report.Overview);
        if (report.ProactiveDisclosure2019 is { } disclosure2019)
        {
            WriteDisclosure(writer, disclosure2019);
        }
        else
        {
            WriteDisclosure(writer, report.ProactiveDisclosure);
        }

        WriteApplications(writer, report);
        WriteReview(writer, report.ReviewAndLitigation);
        WriteNarrative(writer, ReportFormat.ProblemsAndImprovements, report.ProblemsAndImprovements);
        WriteNarrative(writer, ReportFormat.OtherMatters, report.OtherMatters);
        WriteNumber(writer, ReportFormat.InformationProcessingFee.Utf8Key, report.InformationProcessingFeeYuan);
        writer.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter writer, ReadOnlySpan<byte> key, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(key);
        }
        else
        {
            writer.WriteString(key, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> key, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(key, v);
        }
        else
        {
            writer.WriteNull(key);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, ReadOnlySpan<byte> key, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(key, v);
        }
        else
        {
            writer.WriteNull(key);
        }
    }

    private static void WriteNarrative(Utf8JsonWriter writer, FormatEntry section, Narrative? narrative)
    {
        if (narrative is null)
        {
            writer.WriteNull(section.Utf8Key);
            return;
        }

        writer.WriteStartArray(section.Utf8Key);
        foreach (Paragraph paragraph in narrative.Paragraphs)
        {
            writer.WriteStartObject();
            WriteString(writer, ReportFormat.ParagraphHeading.Utf8Key, paragraph.Heading);
            writer.WriteString(ReportFormat.ParagraphText.Utf8Key, paragraph.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDisclosure(Utf8JsonWriter writer, ProactiveDisclosure disclosure)
    {
        writer.WriteStartObject(ReportFormat.ProactiveDisclosure.Utf8Key);
        int cell = 0;
        foreach (FormatEntry row in ReportFormat.DisclosureRows)
        {
            writer.WriteStartObject(row.Utf8Key);
            while (cell < ReportFormat.DisclosureCells.Length && ReportFormat.DisclosureCells[cell].Parent == row)
            {
                FormatEntry entry = ReportFormat.DisclosureCells[cell];
                if ((DisclosureCell)cell == DisclosureCell.FeesAmount)
                {
                    WriteNumber(writer, entry.Utf8Key, disclosure.Fees.Amount);
                }
                else
                {
                    WriteNumber(writer, entry.Utf8Key, (int?)disclosure[(DisclosureCell)cell]);
                }

                cell++;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteDisclosure(Utf8JsonWriter writer, ProactiveDisclosure2019 disclosure)
    {
        writer.WriteStartObject(ReportFormat.ProactiveDisclosure.Utf8Key);
        int cell = 0;
        foreach (FormatEntry row in ReportFormat.DisclosureRows2019)
        {
            writer.WriteStartObject(row.Utf8Key);
            while (cell < ReportFormat.DisclosureCells2019.Length && ReportFormat.DisclosureCells2019[cell].Parent == row)
            {
                // The procurement amount is the one decimal cell; its indexer value is exact either way.
                WriteNumber(writer, ReportFormat.DisclosureCells2019[cell].Utf8Key, disclosure[(DisclosureCell2019)cell]);
                cell++;
            }

            if (row == ReportFormat.ProcurementAmountUnit.Parent)
            {
                WriteString(writer, ReportFormat.ProcurementAmountUnit.Utf8Key, disclosure.Procurement.AmountUnit is { } unit ? ReportFormat.MoneyUnitKey(unit) : null);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>The rows of section 三 of one edition as written: the row, its entry and the groups it is nested in below <c>applications</c>, outermost first.</summary>
    private static (ApplicationRow Row, FormatEntry Entry, FormatEntry[] Groups)[] RowsOf(EditionFormat format) =>
    [
        .. format.ApplicationRows.Select(row =>
        {
            FormatEntry entry = format.Get(row);
            var chain = new List<FormatEntry>();
            for (FormatEntry? group = entry.Parent; group is not null && group != ReportFormat.Applications; group = group.Parent)
            {
                chain.Insert(0, group);
            }

            return (row, entry, chain.ToArray());
        }),
    ];

    private static readonly (ApplicationRow Row, FormatEntry Entry, FormatEntry[] Groups)[] Rows2021 = RowsOf(ReportFormat.Edition2021Format);
    private static readonly (ApplicationRow Row, FormatEntry Entry, FormatEntry[] Groups)[] Rows2019 = RowsOf(ReportFormat.Edition2019Format);

    private static void WriteApplications(Utf8JsonWriter writer, AnnualReport report)
    {
        writer.WriteStartObject(ReportFormat.Applications.Utf8Key);
        Applications2019? applications2019 = report.Applications2019;
        Applications? applications = applications2019 is null ? report.Applications : null;
        var rows = applications2019 is null ? Rows2021 : Rows2019;

        // Open and close the groups (outcomes, notDisclosed and the like) as the rows pass from one to the next.
        FormatEntry[] open = [];
        foreach ((ApplicationRow row, FormatEntry entry, FormatEntry[] chain) in rows)
        {
            int common = 0;
            while (common < open.Length && common < chain.Length && open[common] == chain[common])
            {
                common++;
            }

            for (int depth = open.Length; depth > common; depth--)
            {
                writer.WriteEndObject();
            }

            for (int depth = common; depth < chain.Length; depth++)
            {
                writer.WriteStartObject(chain[depth].Utf8Key);
            }

            open = chain;
            WriteBreakdown(writer, entry, applications is not null ? applications[row] : applications2019![row]);
        }

        for (int depth = open.Length; depth > 0; depth--)
        {
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteBreakdown(Utf8JsonWriter writer, FormatEntry row, ApplicantBreakdown breakdown)
    {
        writer.WriteStartObject(row.Utf8Key);
        for (int column = 0; column < ReportFormat.ApplicantColumnCount; column++)
        {
            WriteNumber(writer, ReportFormat.ApplicantColumns[column].Utf8Key, breakdown[(ApplicantColumn)column]);
        }

        writer.WriteEndObject();
    }

    private static void WriteReview(Utf8JsonWriter writer, ReviewAndLitigation review)
    {
        writer.WriteStartObject(ReportFormat.ReviewAndLitigation.Utf8Key);
        for (int block = 0; block < ReportFormat.CaseBlocks.Length; block++)
        {
            writer.WriteStartObject(ReportFormat.CaseBlocks[block].Utf8Key);
            CaseOutcomes outcomes = review[(CaseBlock)block];
            for (int column = 0; column < ReportFormat.CaseColumns.Length; column++)
            {
                WriteNumber(writer, ReportFormat.CaseColumns[column].Utf8Key, outcomes[(CaseColumn)column]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
