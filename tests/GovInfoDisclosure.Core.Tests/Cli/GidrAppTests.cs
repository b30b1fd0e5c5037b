using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Schema;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Cli;

/// <summary>The command-line contract of docs/cli.md, run in process.</summary>
public sealed class GidrAppTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gidr-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_on_the_samples_lists_each_finding_on_a_line_and_exits_1()
    {
        (int code, string stdout, string stderr) = Run("validate", TestReports.SamplesFolder);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stderr);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(27 + 1, lines.Length);
        Assert.Contains(lines, l => l.Contains("linqiu-wuling-2022.json: error GID102 /applications/outcomes/total/naturalPerson [（七）总计 · 自然人] expected 4, actual 0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("2019-shouyang-market-regulation.json: error GID101 /applications/outcomes/disclosed/total [（一）予以公开 · 总计] expected 8, actual 7", StringComparison.Ordinal));
        Assert.Equal("5 file(s): 6 error(s), 20 warning(s), 1 info(s)", lines[^1]);
    }

    [Fact]
    public void Validate_with_only_warnings_exits_0_and_can_speak_Chinese()
    {
        (int code, string stdout, _) = Run("validate", TestReports.SamplePath(TestReports.Yanshi), "--language", "zh");

        Assert.Equal(0, code);
        Assert.Contains("warning GID001 /applications/outcomes/total/naturalPerson [（七）总计 · 自然人]: （七）总计 · 自然人为空", stdout);
    }

    [Fact]
    public void Validate_json_output_follows_the_contract()
    {
        (int code, string stdout, _) = Run("validate", TestReports.SamplePath(TestReports.Linqiu), "--format", "json");

        Assert.Equal(1, code);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement result = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal(TestReports.SamplePath(TestReports.Linqiu), result.GetProperty("file").GetString());
        JsonElement first = result.GetProperty("diagnostics")[0];
        Assert.Equal("GID102", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("/applications/outcomes/total/naturalPerson", first.GetProperty("path").GetString());
        Assert.Equal(4, first.GetProperty("expected").GetInt64());
        Assert.Equal(0, first.GetProperty("actual").GetInt64());
        Assert.Equal(JsonValueKind.String, first.GetProperty("messageZh").ValueKind);
    }

    [Fact]
    public void Validate_sarif_output_is_SARIF_2_1_0_with_one_result_per_finding()
    {
        (int code, string stdout, _) = Run("validate", TestReports.SamplesFolder, "--format", "sarif");

        Assert.Equal(1, code);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        JsonElement run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal(27, run.GetProperty("results").GetArrayLength());
        JsonElement result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "GID102"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.EndsWith(TestReports.Linqiu, StringComparison.Ordinal));
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("/applications/outcomes/total/naturalPerson", result.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.True(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength() >= 13);
        string uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", uri);
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Absolute));
        Assert.Equal(JsonValueKind.Number, result.GetProperty("ruleIndex").ValueKind);
    }

    [Fact]
    public void A_file_that_cannot_be_read_does_not_stop_the_others_and_exits_2()
    {
        string bad = Path.Combine(_folder, "bad.json");
        File.WriteAllText(bad, "{\n  \"edition\": \"2021\",\n  \"year\": \"2022\"\n}");
        string missing = Path.Combine(_folder, "missing.json");

        (int code, string stdout, string stderr) = Run("validate", bad, missing, TestReports.SamplePath(TestReports.Linqiu));

        Assert.Equal(2, code);
        Assert.Contains($"'{bad}' at $.year, line 3, column 11", stderr);
        Assert.Contains($"'{missing}': no such file", stderr);
        Assert.Contains("linqiu-wuling-2022.json: error GID102", stdout);
    }

    [Fact]
    public void A_folder_is_validated_file_by_file_in_a_stable_order()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        for (int i = 0; i < 30; i++)
        {
            File.WriteAllBytes(Path.Combine(_folder, i % 2 == 0 ? "sub" : string.Empty, $"r{i:D2}.json"), AnnualReportJson.ToUtf8Bytes(TestReports.Valid()));
        }

        File.Copy(TestReports.SamplePath(TestReports.Linqiu), Path.Combine(_folder, "z.json"));

        (int code, string stdout, _) = Run("validate", _folder);

        Assert.Equal(1, code);
        Assert.EndsWith("31 file(s): 2 error(s), 2 warning(s), 0 info(s)\n", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_empty_file_name_is_a_file_that_cannot_be_read_not_a_crash()
    {
        (int code, _, string stderr) = Run("validate", string.Empty, TestReports.SamplePath(TestReports.Yanshi));

        Assert.Equal(2, code);
        Assert.Contains("gidr: cannot read ''", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void A_link_back_up_the_tree_is_not_followed()
    {
        File.Copy(TestReports.SamplePath(TestReports.Yanshi), Path.Combine(_folder, "a.json"));
        Directory.CreateDirectory(Path.Combine(_folder, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "sub", "up"), _folder);

        (int code, string stdout, _) = Run("validate", _folder);

        Assert.Equal(0, code);
        Assert.EndsWith("1 file(s): 0 error(s), 1 warning(s), 0 info(s)\n", stdout);
    }

    [Fact]
    public void Folder_results_come_in_ordinal_order_folder_by_folder()
    {
        foreach (string name in new[] { "b.json", "a.json", "sub/c.json", "A.json" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder, name))!);
            File.Copy(TestReports.SamplePath(TestReports.Linqiu), Path.Combine(_folder, name));
        }

        (_, string stdout, _) = Run("validate", _folder);

        string[] files = [.. stdout.Split('\n').Where(l => l.Contains("GID206", StringComparison.Ordinal)).Select(l => Path.GetRelativePath(_folder, l[..l.IndexOf(": ", StringComparison.Ordinal)]))];
        Assert.Equal(["A.json", "a.json", "b.json", Path.Combine("sub", "c.json")], files);
    }

    [Fact]
    public void More_files_than_a_batch_all_come_out_once_in_order()
    {
        // Unreadable files are the cheapest to make; each still gets its own result, in order, across batches.
        int count = ValidateCommand.BatchSize + 5;
        for (int i = count - 1; i >= 0; i--)
        {
            File.WriteAllText(Path.Combine(_folder, $"{i:D5}.json"), "{");
        }

        (int code, string stdout, string stderr) = Run("validate", _folder, "--format", "json");

        using JsonDocument doc = JsonDocument.Parse(stdout);
        string[] files = [.. doc.RootElement.GetProperty("results").EnumerateArray().Select(r => Path.GetFileName(r.GetProperty("file").GetString()!))];
        Assert.Equal(2, code);
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"{i:D5}.json"), files);
        Assert.Equal(count, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Json_output_rendered_file_by_file_on_the_cores_is_laid_out_as_one_writer_would_lay_it_out(string format)
    {
        // Each file's part is rendered on its own and set into the document: its line breaks, indentation and commas
        // must be those the canonical writer gives the whole document. Files with findings, without, and unreadable.
        foreach (string sample in new[] { TestReports.Linqiu, TestReports.Yanshi, TestReports.Laiyuan })
        {
            File.Copy(TestReports.SamplePath(sample), Path.Combine(_folder, sample));
        }

        File.WriteAllBytes(Path.Combine(_folder, "valid \"quoted\"\t名.json"), AnnualReportJson.ToUtf8Bytes(TestReports.Valid()));
        File.WriteAllText(Path.Combine(_folder, "bad.json"), "{");

        (_, string stdout, _) = Run("validate", _folder, "--format", format);

        using JsonDocument doc = JsonDocument.Parse(stdout);
        var rewritten = new MemoryStream();
        using (var writer = new Utf8JsonWriter(rewritten, AnnualReportJson.CanonicalWriterOptions))
        {
            doc.WriteTo(writer);
        }

        Assert.Equal(Encoding.UTF8.GetString(rewritten.ToArray()) + "\n", stdout);
        Assert.True(stdout.Split('\n').Length > 100, "the output holds findings");
    }

    [Fact]
    public void A_folder_that_holds_no_report_is_not_a_clean_pass_and_the_other_files_are_validated()
    {
        // A wrong path or an inbox not filled yet: "0 file(s)" and exit 0 would pass without a word.
        string empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(Path.Combine(empty, "sub"));
        File.WriteAllText(Path.Combine(empty, "notes.md"), "# notes");

        (int code, string stdout, string stderr) = Run("validate", empty, TestReports.SamplePath(TestReports.Linqiu));

        Assert.Equal(2, code);
        Assert.Equal($"gidr: cannot read '{empty}': the folder holds no report (no *.json, *.html, *.htm, *.shtml, *.xhtml or *.docx below it; .txt and .md files are read only when named).\n", stderr);
        Assert.Contains("linqiu-wuling-2022.json: error GID102", stdout);
        Assert.EndsWith(", 1 could not be read\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_holds_no_report_named_twice_is_said_the_same_both_times()
    {
        string empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(empty);

        (int code, _, string stderr) = Run("validate", empty, empty);

        Assert.Equal(2, code);
        string said = $"gidr: cannot read '{empty}': the folder holds no report (no *.json, *.html, *.htm, *.shtml, *.xhtml or *.docx below it; .txt and .md files are read only when named).\n";
        Assert.Equal(said + said, stderr);
    }

    [Theory]
    [InlineData("pages.html")]
    [InlineData("2023.docx")]
    public void A_folder_named_as_a_document_given_to_import_is_said_to_be_a_folder(string name)
    {
        string pages = Path.Combine(_folder, name);
        Directory.CreateDirectory(pages);

        (int code, _, string stderr) = Run("import", pages, "-o", Path.Combine(_folder, "out"));

        Assert.Equal(2, code);
        Assert.Equal($"gidr: cannot read '{pages}': it is a folder; this command reads the files named (name those in it, as '{Path.Combine(pages, "*.html")}').\n", stderr);
    }

    [Fact]
    public void A_folder_given_to_a_command_that_reads_files_is_said_to_be_a_folder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "pages"));
        string pages = Path.Combine(_folder, "pages");

        (int code, _, string stderr) = Run("import", pages, "-o", Path.Combine(_folder, "out"));

        Assert.Equal(2, code);
        Assert.Equal($"gidr: cannot read '{pages}': it is a folder; this command reads the files named (name those in it, as '{Path.Combine(pages, "*.html")}').\n", stderr);
    }

    [Theory]
    [InlineData("samples/涞源 2022#1.json", "samples/%E6%B6%9E%E6%BA%90%202022%231.json")]
    [InlineData("/data/reports/a b.json", "file:///data/reports/a%20b.json")]
    public void SARIF_artifact_locations_are_valid_URI_references(string file, string uri)
    {
        Assert.Equal(uri, SarifWriter.ArtifactUri(file));
        Assert.True(Uri.IsWellFormedUriString(SarifWriter.ArtifactUri(file), UriKind.RelativeOrAbsolute));
    }

    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("format")]
    [InlineData("validate", "--bogus", "samples/laiyuan-2022.json")] // a mistyped option is not a file that does not exist
    [InlineData("validate", "samples/laiyuan-2022.json", "-x")]
    [InlineData("validate", "--series", "--bogus", "samples/laiyuan-2022.json")]
    [InlineData("consolidate", "--bogus", "samples/laiyuan-2022.json")]
    [InlineData("import", "--bogus", "samples/laiyuan-2022.json")]
    [InlineData("validate", "--bogus", "--", "--bogus")] // an option before -- is one, whatever follows it
    public void A_wrong_command_line_exits_64_with_usage(params string[] args)
    {
        (int code, string stdout, string stderr) = Run(args);

        Assert.Equal(64, code);
        Assert.Contains("Usage:", stderr);
        Assert.Empty(stdout);
    }

    [Theory]
    [InlineData("validate", "{0}", "-o", "{0}")]
    [InlineData("validate", "{1}", "--part", "{0}", "-o", "{0}")]
    [InlineData("consolidate", "{1}", "{0}", "-o", "{0}")]
    [InlineData("render", "{0}", "-o", "{0}")]
    public void An_output_that_is_one_of_the_inputs_is_a_wrong_command_line_and_the_input_is_left_as_it_was(params string[] pattern)
    {
        string folder = Directory.CreateTempSubdirectory("gidr-").FullName;
        try
        {
            string input = Path.Combine(folder, "report.json");
            string other = Path.Combine(folder, "other.json");
            File.Copy(TestReports.SamplePath("laiyuan-2022.json"), input);
            File.Copy(TestReports.SamplePath("laiyuan-2022.json"), other);
            byte[] before = File.ReadAllBytes(input);

            (int code, _, string stderr) = Run([.. pattern.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, input, other))]);

            Assert.Equal(64, code);
            Assert.Contains("is one of the input files", stderr);
            Assert.Equal(before, File.ReadAllBytes(input));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("symbolic", "validate", "{0}", "-o", "{1}")]
    [InlineData("symbolic", "consolidate", "{0}", "{2}", "-o", "{1}")]
    [InlineData("symbolic", "render", "{0}", "-o", "{1}")]
    [InlineData("hard", "validate", "{0}", "-o", "{1}")]
    [InlineData("hard", "consolidate", "{0}", "{2}", "-o", "{1}")]
    [InlineData("hard", "render", "{0}", "-o", "{1}")]
    public void An_output_that_is_an_input_through_a_link_leaves_the_input_as_it_was(string link, params string[] pattern)
    {
        // A review's command lines: the path differs, the file is the same (a symbolic link, or a hard link: two names of
        // one file, no link to follow): refused before anything is written, a symbolic link left a link.
        string folder = Directory.CreateTempSubdirectory("gidr-").FullName;
        try
        {
            string input = Path.Combine(folder, "report.json");
            string other = Path.Combine(folder, "other.json");
            string output = Path.Combine(folder, "link.json");
            File.Copy(TestReports.SamplePath("laiyuan-2022.json"), input);
            File.Copy(TestReports.SamplePath("laiyuan-2022.json"), other);
            if (link == "hard")
            {
                HardLink(input, output);
            }
            else
            {
                File.CreateSymbolicLink(output, input);
            }

            byte[] before = File.ReadAllBytes(input);

            (int code, _, string stderr) = Run([.. pattern.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, input, output, other))]);

            Assert.Equal(64, code);
            Assert.Contains("is one of the input files", stderr);
            Assert.Equal(before, File.ReadAllBytes(input));
            Assert.Equal(link == "symbolic", new FileInfo(output).LinkTarget is not null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_output_that_is_a_hard_link_to_a_file_in_an_input_folder_leaves_that_file_as_it_was()
    {
        // The output lies outside the folder, but is another name of a report in it (found by review: it was overwritten).
        string inputs = Path.Combine(_folder, "reports", "sub");
        Directory.CreateDirectory(inputs);
        string report = Path.Combine(inputs, "a.json");
        string outside = Path.Combine(_folder, "out.json");
        File.Copy(TestReports.SamplePath("laiyuan-2022.json"), report);
        HardLink(report, outside);
        byte[] before = File.ReadAllBytes(report);

        (int code, _, string stderr) = Run("validate", Path.Combine(_folder, "reports"), "-o", outside);

        Assert.Equal(64, code);
        Assert.Contains($"is another name of '{report}'", stderr);
        Assert.Equal(before, File.ReadAllBytes(report));
    }

    [Fact]
    public void An_output_that_is_a_hard_link_to_a_file_a_folder_does_not_read_is_written()
    {
        // Notes beside the reports are not read from a folder, so writing another name of them overwrites nothing read.
        string inputs = Path.Combine(_folder, "reports");
        Directory.CreateDirectory(inputs);
        File.Copy(TestReports.SamplePath("laiyuan-2022.json"), Path.Combine(inputs, "a.json"));
        string notes = Path.Combine(inputs, "notes.txt");
        File.WriteAllText(notes, "notes");
        string output = Path.Combine(_folder, "out.txt");
        HardLink(notes, output);

        (int code, _, _) = Run("validate", inputs, "-o", output);

        Assert.Equal(0, code); // 涞源县's sample has warnings only
        Assert.Contains("a.json", File.ReadAllText(notes), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_inside_a_folder_given_as_input_is_a_wrong_command_line()
    {
        string folder = Directory.CreateTempSubdirectory("gidr-").FullName;
        try
        {
            string report = Path.Combine(folder, "a.json");
            File.Copy(TestReports.SamplePath("laiyuan-2022.json"), report);
            byte[] before = File.ReadAllBytes(report);

            (int code, _, string stderr) = Run("validate", folder, "--format", "json", "-o", report);

            Assert.Equal(64, code);
            Assert.Contains("is in the input folder", stderr);
            Assert.Equal(before, File.ReadAllBytes(report));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void After_a_double_dash_a_token_like_an_option_is_a_file()
    {
        (int code, _, string stderr) = Run("validate", "--", "-no-such-file.json");

        Assert.Equal(2, code);
        Assert.Contains("-no-such-file.json", stderr);
    }

    [Fact]
    public void A_file_named_like_an_option_is_still_a_file()
    {
        // In the working directory, as such a file is named on a command line (./-x always works too).
        string name = $"-gidr-{Guid.NewGuid():N}.json";
        File.Copy(TestReports.SamplePath("laiyuan-2022.json"), name);
        try
        {
            (int code, string stdout, string stderr) = Run("validate", name);

            Assert.True(code is 0 or 1, stderr);
            Assert.Contains(name, stdout);
        }
        finally
        {
            File.Delete(name);
        }
    }

    [Fact]
    public void Format_writes_the_canonical_document()
    {
        string messy = Path.Combine(_folder, "messy.json");
        var report = TestReports.Valid();
        using (JsonDocument doc = JsonDocument.Parse(AnnualReportJson.ToJson(report)))
        {
            File.WriteAllText(messy, JsonSerializer.Serialize(doc.RootElement));
        }

        (int code, string stdout, _) = Run("format", messy);

        Assert.Equal(0, code);
        Assert.Equal(AnnualReportJson.ToJson(report), stdout);
    }

    [Fact]
    public void Format_of_a_bad_document_exits_2_naming_the_file()
    {
        string bad = Path.Combine(_folder, "bad.json");
        File.WriteAllText(bad, "{]");

        (int code, string stdout, string stderr) = Run("format", bad);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains(bad, stderr);
        Assert.Contains("line 1", stderr);
    }

    [Fact]
    public void Schema_writes_the_JSON_Schema()
    {
        (int code, string stdout, _) = Run("schema");

        Assert.Equal(0, code);
        Assert.Equal(ReportJsonSchema.Generate(), stdout);
    }

    [Theory]
    [InlineData("2021", GovInfoDisclosure.Core.Format.ReportEdition.Edition2021)]
    [InlineData("2019", GovInfoDisclosure.Core.Format.ReportEdition.Edition2019)]
    public void Schema_with_an_edition_writes_that_edition_s_schema(string key, GovInfoDisclosure.Core.Format.ReportEdition edition)
    {
        (int code, string stdout, _) = Run("schema", "--edition", key);

        Assert.Equal(0, code);
        Assert.Equal(ReportJsonSchema.Generate(edition), stdout);
    }

    [Fact]
    public void Schema_with_an_unknown_edition_is_a_usage_error()
    {
        (int code, string stdout, string stderr) = Run("schema", "--edition", "2020");

        Assert.Equal(64, code);
        Assert.Empty(stdout);
        Assert.Contains("2020", stderr);
    }

    /// <summary>A second name for a file (Linux: ln).</summary>
    private static void HardLink(string file, string name)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("This test makes a hard link with ln and runs on Linux only.");
        }

        using var ln = System.Diagnostics.Process.Start("ln", [file, name])!;
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var binary = new MemoryStream();
        int code = GidrApp.Run(args, stdout, stderr, () => new NonClosingStream(binary));
        string text = stdout.ToString() + Encoding.UTF8.GetString(binary.ToArray());
        return (code, text, stderr.ToString());
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
