using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Schema;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the canonical document, one per edition of the format, generated from the format
/// catalogue, so that they cannot drift from what the reader accepts. A document's <c>edition</c> says which schema
/// it follows: each schema admits its own edition's value only.
/// </summary>
public static class ReportJsonSchema
{
    /// <summary>The <c>$id</c> of the 2021 edition's schema.</summary>
    public const string Id = "https://govinfodisclosure.github.io/schema/annual-report-2021.schema.json";

    /// <summary>The <c>$id</c> of the 2019 edition's schema.</summary>
    public const string Id2019 = "https://govinfodisclosure.github.io/schema/annual-report-2019.schema.json";

    /// <summary>Writes the 2021 edition's schema as indented JSON text with a final newline.</summary>
    /// <returns>The schema.</returns>
    public static string Generate() => Generate(ReportEdition.Edition2021);

    /// <summary>Writes an edition's schema as indented JSON text with a final newline.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The schema.</returns>
    public static string Generate(ReportEdition edition)
    {
        EditionFormat format = ReportFormat.Of(edition);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Json.AnnualReportJson.CanonicalWriterOptions))
        {
            Write(w, format);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The file name the schema of an edition is published under (<c>annual-report-2019.schema.json</c>).</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The file name.</returns>
    public static string FileName(ReportEdition edition) => $"annual-report-{ReportFormat.EditionKey(edition)}.schema.json";

    private static void Write(Utf8JsonWriter w, EditionFormat format)
    {
        bool is2019 = format.Edition == ReportEdition.Edition2019;
        w.WriteStartObject();
        w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        w.WriteString("$id", is2019 ? Id2019 : Id);
        w.WriteString("title", $"政府信息公开工作年度报告 ({format.Key} edition)");
        w.WriteString(
            "description",
            is2019
                ? "The canonical JSON document of a government information disclosure annual report, 2019 national format (国办公开办函〔2019〕60号, reports on 2019 and 2020). A null or missing cell is a blank, never a zero."
                : "The canonical JSON document of a government information disclosure annual report, 2021 national format. A null or missing cell is a blank, never a zero.");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        WriteRequired(w, ReportFormat.Edition, ReportFormat.Year, ReportFormat.Agency, ReportFormat.ProactiveDisclosure, ReportFormat.Applications, ReportFormat.ReviewAndLitigation);
        w.WriteStartObject("properties");

        Property(w, ReportFormat.Edition, () =>
        {
            // Each edition has its own schema: the other edition's documents have other keys in sections 二 and 三.
            w.WriteString("type", "string");
            w.WriteStartArray("enum");
            w.WriteStringValue(format.Key);
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
        Property(w, ReportFormat.ProactiveDisclosure, () =>
        {
            if (is2019)
            {
                WriteDisclosure2019(w);
            }
            else
            {
                WriteDisclosure(w);
            }
        });
        Property(w, ReportFormat.Applications, () => WriteApplications(w, format));
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
        if (is2019)
        {
            w.WriteStartObject("change");
            w.WriteString("description", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ReportFormat.Get(DisclosureCell2019.LicensingChange).LabelZh}, a signed whole number from {int.MinValue} to {int.MaxValue} (-18 is 18 items fewer); null is a blank cell."));
            NullableType(w, "integer");
            w.WriteNumber("minimum", int.MinValue);
            w.WriteNumber("maximum", int.MaxValue);
            w.WriteEndObject();
        }

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

    private static void WriteDisclosure2019(Utf8JsonWriter w) =>
        WriteObject(w, [.. ReportFormat.DisclosureRows2019], required: true, row =>
        {
            FormatEntry[] cells = [.. ReportFormat.DisclosureCells2019.Where(c => c.Parent == row)];
            if (row == ReportFormat.ProcurementAmountUnit.Parent)
            {
                cells = [.. cells, ReportFormat.ProcurementAmountUnit];
            }

            WriteObject(w, cells, required: false, cell =>
            {
                if (cell == ReportFormat.Get(DisclosureCell2019.ProcurementAmount))
                {
                    NullableType(w, "number");
                    w.WriteNumber("minimum", 0);
                }
                else if (cell == ReportFormat.ProcurementAmountUnit)
                {
                    NullableType(w, "string");
                    w.WriteStartArray("enum");
                    foreach (MoneyUnit unit in Enum.GetValues<MoneyUnit>())
                    {
                        w.WriteStringValue(ReportFormat.MoneyUnitKey(unit));
                    }

                    w.WriteNullValue();
                    w.WriteEndArray();
                }
                else if (ReportFormat.DisclosureCells2019.IndexOf(cell) is int index
                    && (DisclosureCell2019)index is DisclosureCell2019.LicensingChange or DisclosureCell2019.OtherServicesChange
                        or DisclosureCell2019.PenaltiesChange or DisclosureCell2019.CompulsoryMeasuresChange or DisclosureCell2019.FeesChange)
                {
                    w.WriteString("$ref", "#/$defs/change");
                }
                else
                {
                    w.WriteString("$ref", "#/$defs/count");
                }
            });
        });

    private static void WriteApplications(Utf8JsonWriter w, EditionFormat format)
    {
        // The rows the edition prints nest in the catalogue's groups: applications → outcomes → notDisclosed and the like.
        // A group without a row of the edition (the 2021 edition's （六）其他处理 group, in the 2019 edition) is not written.
        FormatEntry[] rows = [.. format.ApplicationRows.Select(format.Get)];
        FormatEntry[] groups =
        [
            .. ReportFormat.OutcomeGroups.Append(ReportFormat.Get(ApplicationRow.Disclosed).Parent!)
                .Where(g => rows.Any(r => r.Parent == g)),
        ];

        void Group(FormatEntry group)
        {
            FormatEntry[] children =
            [
                .. rows.Concat(groups)
                    .Where(e => e.Parent == group)
                    .Distinct()
                    .OrderBy(e => FirstRowIndex(rows, e)),
            ];
            WriteObject(w, children, required: true, child =>
            {
                if (rows.Contains(child))
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

    private static int FirstRowIndex(FormatEntry[] rows, FormatEntry entry)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            for (FormatEntry? e = rows[i]; e is not null; e = e.Parent)
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
