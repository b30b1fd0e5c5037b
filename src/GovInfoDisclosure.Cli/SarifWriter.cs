using System.Text.Json;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Cli;

/// <summary>SARIF 2.1.0: one run, the rule catalogue as the driver's rules, one result per finding.</summary>
internal sealed class SarifWriter() : JsonItems(depth: 4)
{
    public override byte[]? Render(FileResult result) =>
        result.Result is null ? null : RenderItems(result.File, result.Result.Diagnostics.AsSpan(), (w, file, d) => WriteResult(w, file, d, result.Report));

    public override void Write(IEnumerable<FileResult> results, TextWriter stdout, ValidateCommand.Summary summary)
    {
        JsonWriterOptions options = AnnualReportJson.CanonicalWriterOptions;
        using var buffer = new MemoryStream();
        using var w = new Utf8JsonWriter(buffer, options);
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "gidr");
        w.WriteString("informationUri", "https://github.com/govinfodisclosure/GovInfoDisclosure.Core");
        w.WriteString("version", typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        w.WriteStartArray("rules");
        foreach (RuleDescriptor rule in Rules.All)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Code);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.TitleEn);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", rule.DescriptionEn);
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(rule.DefaultSeverity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("titleZh", rule.TitleZh);
            w.WriteString("descriptionZh", rule.DescriptionZh);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
        var unreadable = new List<FileResult>();
        foreach (FileResult r in results)
        {
            if (r.Result is null)
            {
                unreadable.Add(r);
                continue;
            }

            WriteItems(w, PartOf(r));
            ValidateCommand.Drain(w, buffer, stdout, ValidateCommand.DrainThreshold);
        }

        w.WriteEndArray();
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", unreadable.Count == 0);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (FileResult r in unreadable)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            w.WriteStartObject("message");
            w.WriteString("text", r.Error);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            WritePhysical(w, r.File);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        ValidateCommand.Drain(w, buffer, stdout);
        stdout.WriteLine();
    }

    private static void WriteResult(Utf8JsonWriter w, string file, Diagnostic d, AnnualReport? report)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", d.Code);
        w.WriteNumber("ruleIndex", Rules.All.IndexOf(d.Rule));
        w.WriteString("level", Level(d.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", d.Message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        WritePhysical(w, file, d.Location);
        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("fullyQualifiedName", d.Path);
        w.WriteString("name", ValidateCommand.Label(d, report));
        w.WriteString("kind", "member");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("partialFingerprints");
        w.WriteString("gidrFingerprint/v1", d.Fingerprint);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        if (d.Expected is { } e)
        {
            w.WriteNumber("expected", e);
        }

        if (d.Actual is { } a)
        {
            w.WriteNumber("actual", a);
        }

        w.WriteString("messageZh", d.MessageZh);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePhysical(Utf8JsonWriter w, string file, Core.Documents.SourceLocation? location = null)
    {
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", ArtifactUri(file));
        w.WriteEndObject();
        if (location is { Line: > 0 })
        {
            // SARIF's region: where in the published file the value at fault was printed.
            w.WriteStartObject("region");
            w.WriteNumber("startLine", location.Line);
            if (location.Column > 0)
            {
                w.WriteNumber("startColumn", location.Column);
            }

            w.WriteEndObject();
        }

        if (location is { Table: not null })
        {
            // The table cell (a Word document has no lines: this is its only place; a page's and a text's too): SARIF has
            // no region for it, so it goes in the location's property bag, as the JSON output has it beside the path.
            w.WriteStartObject("properties");
            w.WriteNumber("table", location.Table.Value);
            if (location.Row is { } row)
            {
                w.WriteNumber("row", row);
            }

            if (location.Cell is { } cell)
            {
                w.WriteNumber("cell", cell);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// A valid URI reference for a file: a <c>file:</c> URI for an absolute path, a relative reference with each segment
    /// escaped for a relative one (SARIF rejects raw paths with spaces, <c>#</c> or a leading slash).
    /// </summary>
    internal static string ArtifactUri(string file)
    {
        if (Path.IsPathRooted(file))
        {
            return new Uri(Path.GetFullPath(file)).AbsoluteUri;
        }

        return string.Join('/', file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
