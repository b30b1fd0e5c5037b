using System.Globalization;
using System.Text.Json;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Json;

/// <summary>Writes the canonical document: every key, in the catalogue's order, blanks as <c>null</c>.</summary>
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
        WriteDisclosure(writer, report.ProactiveDisclosure);
        WriteApplications(writer, report.Applications);
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

    /// <summary>For each row of section 三, the groups it is nested in below <c>applications</c>, outermost first.</summary>
    private static readonly FormatEntry[][] RowGroups =
    [
        .. ReportFormat.ApplicationRows.Select(row =>
        {
            var chain = new List<FormatEntry>();
            for (FormatEntry? group = row.Parent; group is not null && group != ReportFormat.Applications; group = group.Parent)
            {
                chain.Insert(0, group);
            }

            return chain.ToArray();
        }),
    ];

    private static void WriteApplications(Utf8JsonWriter writer, Applications applications)
    {
        writer.WriteStartObject(ReportFormat.Applications.Utf8Key);

        // Open and close the groups (outcomes, notDisclosed and the like) as the rows pass from one to the next.
        FormatEntry[] open = [];
        for (int row = 0; row < ReportFormat.ApplicationRowCount; row++)
        {
            FormatEntry[] chain = RowGroups[row];
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
            WriteBreakdown(writer, ReportFormat.ApplicationRows[row], applications[(ApplicationRow)row]);
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
