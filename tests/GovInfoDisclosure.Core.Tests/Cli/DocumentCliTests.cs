using System.Text.Json;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Series;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Cli;

/// <summary><c>gidr</c> on published documents: import, validate with source locations, render, the validation page.</summary>
public sealed class DocumentCliTests : IDisposable
{
    private readonly CliFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>灵丘县武灵镇's 2022 report as published (text extracted from the page): its （七）总计 is 0 over 4 handled.</summary>
    private string Wuling(string name = "wuling.txt")
    {
        string path = Path.Combine(_folder.Root, name);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reports", "000_f5661558df620322.txt"), path);
        return path;
    }

    [Fact]
    public void Validate_reads_a_text_document_and_prints_each_finding_at_its_line_and_table_cell()
    {
        string file = Wuling();

        (int exit, string output, _, _) = CliFolder.Run("validate", file);

        Assert.Equal(1, exit);
        string[] lines = output.Split('\n');
        string gid102 = Assert.Single(lines, l => l.Contains("GID102 /applications/outcomes/total/naturalPerson", StringComparison.Ordinal));
        Assert.Matches(@"^.*wuling\.txt:\d+:\d+ \(table 2, row 27, column 3\): error GID102 ", gid102);
        Assert.Contains(lines, l => l.Contains(": info GID510 /proactiveDisclosure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_finding_quoting_a_cell_with_a_line_break_stays_one_line_in_the_text_output_and_on_import()
    {
        // A page whose cell prints 1<br>2: GID504 quotes the cell's text, line break and all; the text output is one
        // line a finding (it printed the quote over two lines), the JSON output keeps the text as it is.
        string page = Path.Combine(_folder.Root, "page.html");
        Assert.Equal(0, CliFolder.Run("render", TestReports.SamplePath("laiyuan-2022.json"), "--to", "html", "-o", page).Exit);
        const string Cell = "data-pointer=\"/applications/received/naturalPerson\">";
        string html = File.ReadAllText(page);
        int at = html.IndexOf(Cell, StringComparison.Ordinal) + Cell.Length;
        File.WriteAllText(page, string.Concat(html.AsSpan(0, at), "1<br>2", html.AsSpan(html.IndexOf('<', at))));

        (_, string output, _, _) = CliFolder.Run("validate", page);
        (_, _, string findings, _) = CliFolder.Run("import", page);
        (_, string json, _, _) = CliFolder.Run("validate", page, "--format", "json");

        string said = "“1\\n2”";
        Assert.Contains(output.Split('\n'), l => l.StartsWith(page, StringComparison.Ordinal) && l.Contains("GID504", StringComparison.Ordinal) && l.Contains(said, StringComparison.Ordinal));
        Assert.All(output.TrimEnd('\n').Split('\n').SkipLast(1), l => Assert.StartsWith(page, l, StringComparison.Ordinal));
        Assert.All(findings.TrimEnd('\n').Split('\n'), l => Assert.StartsWith(page, l, StringComparison.Ordinal));
        Assert.Contains(said, findings, StringComparison.Ordinal);
        Assert.Contains("“1\\n2”", json, StringComparison.Ordinal); // JSON's own escape of the line break
    }

    [Fact]
    public void The_json_output_has_the_location_beside_the_path_and_sarif_has_the_region()
    {
        string file = Wuling();

        (_, string json, _, _) = CliFolder.Run("validate", file, "--format", "json");
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement gid102 = doc.RootElement.GetProperty("results")[0].GetProperty("diagnostics").EnumerateArray()
            .First(d => d.GetProperty("code").GetString() == "GID102");
        JsonElement location = gid102.GetProperty("location");
        int line = location.GetProperty("line").GetInt32();
        Assert.Equal(2, location.GetProperty("table").GetInt32());
        Assert.Equal(27, location.GetProperty("row").GetInt32());

        (_, string sarif, _, _) = CliFolder.Run("validate", file, "--format", "sarif");
        using JsonDocument log = JsonDocument.Parse(sarif);
        JsonElement result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "GID102");
        JsonElement physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        JsonElement region = physical.GetProperty("region");
        Assert.Equal(line, region.GetProperty("startLine").GetInt32());
        JsonElement cell = physical.GetProperty("properties");
        Assert.Equal((2, 27, 3), (cell.GetProperty("table").GetInt32(), cell.GetProperty("row").GetInt32(), cell.GetProperty("cell").GetInt32()));

        // The line named is the line of the （七）总计 row's number in the file.
        string printed = File.ReadAllLines(file)[line - 1];
        Assert.Equal("0", printed.Trim());
    }

    [Theory]
    [InlineData("page.shtml")]
    [InlineData("page.xhtml")]
    [InlineData("PAGE.SHTML")]
    public void Shtml_and_xhtml_pages_are_read_as_html_named_or_in_a_folder(string name)
    {
        // Exploratory testing, issue 10's twenty-ninth session: ReportDocument reads .shtml and .xhtml as HTML (many
        // government sites serve .shtml), but gidr read them as JSON: "'<' is an invalid start of a value", exit 2.
        string folder = Path.Combine(_folder.Root, "pages");
        Directory.CreateDirectory(folder);
        string page = Path.Combine(folder, name);
        File.WriteAllText(page, GovInfoDisclosure.Documents.HtmlReportWriter.ToHtml(TestReports.Sample("laiyuan-2022.json")));

        (int exit, string output, string error, _) = CliFolder.Run("validate", page);
        (int folderExit, string folderOutput, _, _) = CliFolder.Run("validate", folder);
        (int importExit, _, _, string json) = CliFolder.Run("import", page);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("1 file(s)", output, StringComparison.Ordinal);
        Assert.Equal(0, folderExit);
        Assert.Contains("1 file(s)", folderOutput, StringComparison.Ordinal);
        Assert.Equal(0, importExit);
        AnnualReport sample = TestReports.Sample("laiyuan-2022.json"), imported = AnnualReportJson.Read(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal((sample.Title, sample.Applications, sample.ProactiveDisclosure), (imported.Title, imported.Applications, imported.ProactiveDisclosure));
    }

    [Fact]
    public void A_pdf_is_refused_with_what_to_give_instead_not_as_bad_json()
    {
        string pdf = Path.Combine(_folder.Root, "report.pdf");
        File.WriteAllBytes(pdf, "%PDF-1.7\n"u8.ToArray());

        (int exit, _, string error, _) = CliFolder.Run("validate", pdf);

        Assert.Equal(2, exit);
        Assert.Contains("report.pdf': PDF is not read; use the report's web page (.html)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("JSON", error, StringComparison.Ordinal);

        // One that is not there is no such file, whatever its name (the second review).
        (int missingExit, _, string missing, _) = CliFolder.Run("validate", Path.Combine(_folder.Root, "missing.pdf"));
        Assert.Equal(2, missingExit);
        Assert.Contains("missing.pdf': no such file.", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_for_a_word_document_carries_the_table_cell_of_each_finding()
    {
        // Exploratory testing, issue 10's twenty-ninth session: a Word document has no lines, so SARIF's region is
        // absent, and its results named the file alone; the text and JSON outputs had the table, row and column.
        AnnualReport report = TestReports.Sample("laiyuan-2022.json");
        string docx = Path.Combine(_folder.Root, "broken.docx");
        File.WriteAllBytes(docx, GovInfoDisclosure.Documents.DocxReportWriter.ToBytes(report.ToBuilder().Set(ApplicationRow.Received, ApplicantColumn.Total, 99).Build()));

        (_, string sarif, _, _) = CliFolder.Run("validate", docx, "--format", "sarif");
        using JsonDocument log = JsonDocument.Parse(sarif);
        JsonElement result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "GID101");
        JsonElement physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.False(physical.TryGetProperty("region", out _));
        JsonElement cell = physical.GetProperty("properties");
        (_, string json, _, _) = CliFolder.Run("validate", docx, "--format", "json");
        using JsonDocument output = JsonDocument.Parse(json);
        JsonElement location = output.RootElement.GetProperty("results")[0].GetProperty("diagnostics").EnumerateArray()
            .First(d => d.GetProperty("code").GetString() == "GID101").GetProperty("location");
        Assert.Equal(
            (location.GetProperty("table").GetInt32(), location.GetProperty("row").GetInt32(), location.GetProperty("cell").GetInt32()),
            (cell.GetProperty("table").GetInt32(), cell.GetProperty("row").GetInt32(), cell.GetProperty("cell").GetInt32()));
    }

    [Fact]
    public void Import_writes_canonical_json_and_its_findings_on_standard_error()
    {
        string file = Wuling();

        (int exit, _, string errors, string json) = CliFolder.Run("import", file);

        Assert.Equal(0, exit);
        AnnualReport report = AnnualReportJson.Read(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal(2022, report.Year);
        Assert.Equal(0, report.Applications.Outcomes.Total.NaturalPerson);
        Assert.Contains("info GID510 /proactiveDisclosure", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_several_files_needs_a_folder_and_writes_one_json_each()
    {
        string a = Wuling("a.txt"), b = Wuling("b.txt");
        Assert.Equal(64, CliFolder.Run("import", a, b).Exit);

        string outFolder = Path.Combine(_folder.Root, "out");
        (int exit, _, _, _) = CliFolder.Run("import", a, b, "-o", outFolder);

        Assert.Equal(0, exit);
        Assert.Equal(AnnualReportJson.ReadFile(Path.Combine(outFolder, "a.json")), AnnualReportJson.ReadFile(Path.Combine(outFolder, "b.json")));
    }

    [Fact]
    public void Import_takes_the_year_and_agency_the_caller_gives()
    {
        (_, _, _, string json) = CliFolder.Run("import", Wuling(), "--year", "2021", "--agency", "灵丘县武灵镇人民政府");

        AnnualReport report = AnnualReportJson.Read(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal(2021, report.Year);
        Assert.Equal("灵丘县武灵镇人民政府", report.Agency.Name);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("12345")]
    [InlineData("-5")]
    [InlineData("2022.5")]
    public void A_year_no_report_can_be_on_is_a_wrong_command_line_that_says_what_a_year_is(string year)
    {
        (int exit, string output, string errors, string json) = CliFolder.Run("import", Wuling(), "--year", year);

        Assert.Equal(64, exit);
        Assert.Contains($"--year takes the reported year, a whole number from 1000 to 9998 (such as 2023), not '{year}'.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("wuling.txt", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output + json);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_agency_is_a_wrong_command_line_not_a_fault_of_the_document(string agency)
    {
        (int exit, _, string errors, string json) = CliFolder.Run("import", Wuling(), "--agency", agency);

        Assert.Equal(64, exit);
        Assert.Contains("--agency takes the agency's name, not an empty one.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, json);
    }

    [Fact]
    public void A_document_that_is_not_a_report_exits_2_naming_the_file()
    {
        string file = _folder.WriteText("notes.txt", "会议纪要\n今天开会。\n");

        (int exit, _, string errors, _) = CliFolder.Run("validate", file);

        Assert.Equal(2, exit);
        Assert.Contains("notes.txt", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legacy_doc_is_refused_with_the_advice_to_save_it_as_docx()
    {
        string file = Path.Combine(_folder.Root, "report.doc");
        File.WriteAllBytes(file, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        (int exit, _, string errors, _) = CliFolder.Run("validate", file);

        Assert.Equal(2, exit);
        Assert.Contains(".docx", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("md", "# 涞源县2022年政府信息公开工作年度报告")]
    public void Render_writes_the_official_layout(string to, string start)
    {
        (int exit, _, _, string output) = CliFolder.Run("render", TestReports.SamplePath("laiyuan-2022.json"), "--to", to);

        Assert.Equal(0, exit);
        Assert.StartsWith(start, output.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_a_word_document_to_a_file()
    {
        string target = Path.Combine(_folder.Root, "r.docx");

        Assert.Equal(0, CliFolder.Run("render", TestReports.SamplePath("laiyuan-2022.json"), "--to", "docx", "-o", target).Exit);

        byte[] bytes = File.ReadAllBytes(target);
        Assert.True(bytes.AsSpan().StartsWith("PK"u8));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Render_refuses_a_report_a_word_document_cannot_hold_by_its_file_and_path_and_writes_nothing(bool toFile)
    {
        string json = File.ReadAllText(TestReports.SamplePath("laiyuan-2022.json"));
        string source = Path.Combine(_folder.Root, "bell.json");
        File.WriteAllText(source, json.Replace("\"涞源县人民政府\"", "\"涞源县人民政府\\u0007\"", StringComparison.Ordinal));
        string target = Path.Combine(_folder.Root, "bell.docx");

        (int exit, string output, string errors, string stream) = toFile
            ? CliFolder.Run("render", source, "--to", "docx", "-o", target)
            : CliFolder.Run("render", source, "--to", "docx");

        Assert.Equal(2, exit);
        Assert.Contains("bell.json: The report cannot be written as a Word document: /agency/name holds U+0007", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
        Assert.Equal(string.Empty, output + stream);
    }

    [Fact]
    public void Validate_as_html_writes_one_page_with_every_file_and_exits_as_the_findings_say()
    {
        string target = Path.Combine(_folder.Root, "report.html");

        (int exit, string output, _, _) = CliFolder.Run("validate", TestReports.SamplesFolder, Wuling(), "--format", "html", "-o", target);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        string page = File.ReadAllText(target);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("linqiu-wuling-2022.json", page, StringComparison.Ordinal);
        Assert.Contains("wuling.txt", page, StringComparison.Ordinal);
        Assert.Contains("GID102", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_gives_its_json_html_and_word_files_and_leaves_text_and_markdown_to_be_named()
    {
        AnnualReport report = TestReports.Sample("laiyuan-2022.json");
        string folder = Path.Combine(_folder.Root, "published");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.json"), AnnualReportJson.ToJson(report));
        File.WriteAllText(Path.Combine(folder, "b.html"), GovInfoDisclosure.Documents.HtmlReportWriter.ToHtml(report));
        File.WriteAllBytes(Path.Combine(folder, "c.docx"), GovInfoDisclosure.Documents.DocxReportWriter.ToBytes(report));
        File.WriteAllText(Path.Combine(folder, "README.md"), "# 说明\n这些是已发布的年度报告。\n");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "待核对\n");

        (int exit, string output, string errors, _) = CliFolder.Run("validate", folder, "--format", "json");

        Assert.Equal(string.Empty, errors);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(
            ["a.json", "b.html", "c.docx"],
            doc.RootElement.GetProperty("results").EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("file").GetString()!)));
        Assert.Equal(0, exit);
    }
}
