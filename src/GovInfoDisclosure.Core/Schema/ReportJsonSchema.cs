using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of the canonical document, generated from the format catalogue, so that it cannot
/// drift from what the reader accepts.
/// </summary>
public static class ReportJsonSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://govinfodisclosure.github.io/schema/annual-report-2021.schema.json";

    /// <summary>Writes the schema as indented JSON text with a final newline.</summary>
    /// <returns>The schema.</returns>
    public static string Generate()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Json.AnnualReportJson.CanonicalWriterOptions))
        {
            Write(w);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        w.WriteString("$id", Id);
        w.WriteString("title", "政府信息公开工作年度报告 (2021 edition)");
        w.WriteString("description", "The canonical JSON document of a government information disclosure annual report, 2021 national format. A null or missing cell is a blank, never a zero.");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        WriteRequired(w, ReportFormat.Edition, ReportFormat.Year, ReportFormat.Agency, ReportFormat.ProactiveDisclosure, ReportFormat.Applications, ReportFormat.ReviewAndLitigation);
        w.WriteStartObject("properties");

        Property(w, ReportFormat.Edition, () =>
        {
            w.WriteString("type", "string");
            w.WriteStartArray("enum");
            foreach (ReportEdition edition in Enum.GetValues<ReportEdition>())
            {
                w.WriteStringValue(ReportFormat.EditionKey(edition));
            }

            w.WriteEndArray();
        });
        Property(w, ReportFormat.Year, () => { w.WriteString("type", "integer"); w.WriteNumber("minimum", AnnualReport.MinYear); w.WriteNumber("maximum", AnnualReport.MaxYear); });
        Property(w, ReportFormat.Agency, () =>
        {
            w.WriteString("type", "object");
            w.WriteBoolean("additionalProperties", false);
            WriteRequired(w, ReportFormat.AgencyName);
            w.WriteStartObject("properties");
            Property(w, ReportFormat.AgencyName, () => { w.WriteString("type", "string"); w.WriteString("pattern", "\\S"); });
            Property(w, ReportFormat.AgencyRegion, () => NullableType(w, "string"));
            w.WriteEndObject();
        });
        Property(w, ReportFormat.Kind, () =>
        {
            NullableType(w, "string");
            w.WriteStartArray("enum");
            foreach (ReportKind kind in Enum.GetValues<ReportKind>())
            {
                w.WriteStringValue(ReportFormat.KindKey(kind));
            }

            w.WriteNullValue();
            w.WriteEndArray();
        });
        Property(w, ReportFormat.Title, () => NullableType(w, "string"));
        Property(w, ReportFormat.PublishedOn, () => { NullableType(w, "string"); w.WriteString("format", "date"); w.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"); });
        Property(w, ReportFormat.Overview, () => w.WriteString("$ref", "#/$defs/narrative"));
        Property(w, ReportFormat.ProactiveDisclosure, () => WriteDisclosure(w));
        Property(w, ReportFormat.Applications, () => WriteApplications(w));
        Property(w, ReportFormat.ReviewAndLitigation, () => WriteObject(w, [.. ReportFormat.CaseBlocks], required: true, _ => w.WriteString("$ref", "#/$defs/caseOutcomes")));
        Property(w, ReportFormat.ProblemsAndImprovements, () => w.WriteString("$ref", "#/$defs/narrative"));
        Property(w, ReportFormat.OtherMatters, () => w.WriteString("$ref", "#/$defs/narrative"));
        Property(w, ReportFormat.InformationProcessingFee, () => { NullableType(w, "number"); w.WriteNumber("minimum", 0); });
        w.WriteEndObject();

        w.WriteStartObject("$defs");
        w.WriteStartObject("count");
        w.WriteString("description", "A count: a whole number from 0 to 2147483647; null is a blank cell.");
        NullableType(w, "integer");
        w.WriteNumber("minimum", 0);
        w.WriteNumber("maximum", int.MaxValue);
        w.WriteEndObject();
        w.WriteStartObject("applicantBreakdown");
        WriteObject(w, [.. ReportFormat.ApplicantColumns], required: false, _ => w.WriteString("$ref", "#/$defs/count"));
        w.WriteEndObject();
        w.WriteStartObject("caseOutcomes");
        WriteObject(w, [.. ReportFormat.CaseColumns], required: false, _ => w.WriteString("$ref", "#/$defs/count"));
        w.WriteEndObject();
        w.WriteStartObject("narrative");
        w.WriteString("description", "Paragraphs in order; text is kept exactly as given.");
        NullableType(w, "array");
        w.WriteStartObject("items");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        WriteRequired(w, ReportFormat.ParagraphText);
        w.WriteStartObject("properties");
        Property(w, ReportFormat.ParagraphHeading, () => NullableType(w, "string"));
        Property(w, ReportFormat.ParagraphText, () => w.WriteString("type", "string"));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteDisclosure(Utf8JsonWriter w) =>
        WriteObject(w, [.. ReportFormat.DisclosureRows], required: true, row =>
        {
            FormatEntry[] cells = [.. ReportFormat.DisclosureCells.Where(c => c.Parent == row)];
            WriteObject(w, cells, required: false, cell =>
            {
                if (cell == ReportFormat.Get(DisclosureCell.FeesAmount))
                {
                    NullableType(w, "number");
                    w.WriteNumber("minimum", 0);
                }
                else
                {
                    w.WriteString("$ref", "#/$defs/count");
                }
            });
        });

    private static void WriteApplications(Utf8JsonWriter w)
    {
        // The rows nest in the catalogue's groups: applications → outcomes → notDisclosed and the like.
        void Group(FormatEntry group)
        {
            FormatEntry[] children =
            [
                .. ReportFormat.ApplicationRows.Concat(ReportFormat.OutcomeGroups).Append(ReportFormat.Get(ApplicationRow.Disclosed).Parent!)
                    .Where(e => e.Parent == group)
                    .Distinct()
                    .OrderBy(e => FirstRowIndex(e)),
            ];
            WriteObject(w, children, required: true, child =>
            {
                if (ReportFormat.ApplicationRows.Contains(child))
                {
                    w.WriteString("$ref", "#/$defs/applicantBreakdown");
                }
                else
                {
                    Group(child);
                }
            });
        }

        Group(ReportFormat.Applications);
    }

    private static int FirstRowIndex(FormatEntry entry)
    {
        for (int i = 0; i < ReportFormat.ApplicationRows.Length; i++)
        {
            for (FormatEntry? e = ReportFormat.ApplicationRows[i]; e is not null; e = e.Parent)
            {
                if (e == entry)
                {
                    return i;
                }
            }
        }

        return int.MaxValue;
    }

    private static void WriteObject(Utf8JsonWriter w, FormatEntry[] members, bool required, Action<FormatEntry> writeMember)
    {
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        if (required)
        {
            WriteRequired(w, members);
        }

        w.WriteStartObject("properties");
        foreach (FormatEntry member in members)
        {
            w.WriteStartObject(member.JsonKey);
            w.WriteString("title", member.LabelZh);
            w.WriteString("description", member.NameEn);
            writeMember(member);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Property(Utf8JsonWriter w, FormatEntry entry, Action body)
    {
        w.WriteStartObject(entry.JsonKey);
        w.WriteString("title", entry.LabelZh);
        w.WriteString("description", entry.NameEn);
        body();
        w.WriteEndObject();
    }

    private static void WriteRequired(Utf8JsonWriter w, params FormatEntry[] entries)
    {
        w.WriteStartArray("required");
        foreach (FormatEntry e in entries)
        {
            w.WriteStringValue(e.JsonKey);
        }

        w.WriteEndArray();
    }

    private static void NullableType(Utf8JsonWriter w, string type)
    {
        w.WriteStartArray("type");
        w.WriteStringValue(type);
        w.WriteStringValue("null");
        w.WriteEndArray();
    }
}
