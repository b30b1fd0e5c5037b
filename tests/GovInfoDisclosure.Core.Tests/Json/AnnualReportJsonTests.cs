using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Json;

public class AnnualReportJsonTests
{
    public static TheoryData<string> Samples => new() { TestReports.Linqiu, TestReports.Yanshi, TestReports.Laiyuan, TestReports.Shouyang2019, TestReports.Ningxiang2020 };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_reads_and_writes_back_byte_for_byte(string name)
    {
        byte[] original = File.ReadAllBytes(TestReports.SamplePath(name));

        AnnualReport report = AnnualReportJson.Read(original, name);
        byte[] written = AnnualReportJson.ToUtf8Bytes(report);

        Assert.Equal(Encoding.UTF8.GetString(original), Encoding.UTF8.GetString(written));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12_000)]
    [InlineData(100_000)]
    public void A_file_of_any_size_is_read_whole(int extraCharacters)
    {
        // The file reader starts with a 32 KB buffer: documents below, at and well above it.
        AnnualReport report = TestReports.Valid() with { OtherMatters = Narrative.FromText("信息处理费" + new string('文', extraCharacters)) };
        string file = Path.Combine(Path.GetTempPath(), $"gidr-readfile-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllBytes(file, AnnualReportJson.ToUtf8Bytes(report));

            Assert.Equal(report, AnnualReportJson.ReadFile(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_file_that_cannot_seek_such_as_a_pipe_is_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // named pipes are made differently there; the file reader's fallback is the same code
        }

        AnnualReport report = TestReports.Valid();
        string fifo = Path.Combine(Path.GetTempPath(), $"gidr-fifo-{Guid.NewGuid():N}");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        try
        {
            Task writer = Task.Run(() => File.WriteAllBytes(fifo, AnnualReportJson.ToUtf8Bytes(report)));

            AnnualReport read = AnnualReportJson.ReadFile(fifo);

            await writer;
            Assert.Equal(report, read);
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Fact]
    public void A_built_report_round_trips()
    {
        AnnualReport report = TestReports.Valid();

        string json = AnnualReportJson.ToJson(report);

        Assert.Equal(report, AnnualReportJson.Parse(json));
        Assert.Equal(json, AnnualReportJson.ToJson(AnnualReportJson.Parse(json)));
    }

    [Theory]
    [InlineData(ReportKind.Agency, "\"kind\": \"agency\"")]
    [InlineData(ReportKind.Government, "\"kind\": \"government\"")]
    public void A_given_kind_is_written_after_the_agency_and_read_back(ReportKind kind, string written)
    {
        AnnualReport report = TestReports.ValidBuilder().ForAgency("涞源县人民政府").OfKind(kind).Build();

        string json = AnnualReportJson.ToJson(report);

        Assert.Contains(written, json);
        Assert.True(json.IndexOf(written, StringComparison.Ordinal) < json.IndexOf("\"title\"", StringComparison.Ordinal));
        Assert.Equal(kind, AnnualReportJson.Parse(json).Kind);
        Assert.Equal(report, AnnualReportJson.Parse(json));
    }

    [Fact]
    public void A_kind_not_given_is_not_written_and_null_reads_as_not_given()
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid());

        Assert.DoesNotContain("\"kind\"", json);
        Assert.Null(AnnualReportJson.Parse(json).Kind);
        Assert.Null(AnnualReportJson.Parse(json.Replace("\"year\": 2022,", "\"year\": 2022, \"kind\": null,", StringComparison.Ordinal)).Kind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(30)]
    public void A_narrative_of_any_number_of_paragraphs_round_trips_in_order(int count)
    {
        // The reader gathers up to 8 paragraphs on the stack and the rest in a list.
        var paragraphs = Enumerable.Range(0, count).Select(i => new Paragraph { Heading = i % 3 == 0 ? $"（{i}）" : null, Text = $"第{i}段。" });
        AnnualReport report = TestReports.Valid() with { Overview = new Narrative(paragraphs) };

        AnnualReport read = AnnualReportJson.Parse(AnnualReportJson.ToJson(report));

        Assert.Equal(count, read.Overview!.Count);
        Assert.Equal(report.Overview, read.Overview);
        Assert.Equal(report.Overview.Length, read.Overview.Length);
    }

    [Theory]
    [InlineData("\"2023-01-20\"")]
    [InlineData("\"\\u0032023-01-20\"")]
    [InlineData("\"\\u0032\\u0030\\u0032\\u0033\\u002D\\u0030\\u0031\\u002D\\u0032\\u0030\"")]
    public void A_date_reads_whether_or_not_its_characters_are_escaped(string written)
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid()).Replace("\"2023-01-20\"", written, StringComparison.Ordinal);

        Assert.Equal(new DateOnly(2023, 1, 20), AnnualReportJson.Parse(json).PublishedOn);
    }

    [Fact]
    public void A_bad_paragraph_after_the_eighth_is_named_by_its_index()
    {
        var paragraphs = Enumerable.Range(0, 12).Select(i => new Paragraph { Text = $"第{i}段。" });
        string json = AnnualReportJson.ToJson(TestReports.Valid() with { Overview = new Narrative(paragraphs) });

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json.Replace("\"第10段。\"", "null", StringComparison.Ordinal)));

        Assert.Equal("$.overview[10].text", ex.JsonPath);
    }

    [Fact]
    public void Blanks_are_written_as_null_and_read_back_as_blanks()
    {
        AnnualReport sample = TestReports.Sample(TestReports.Yanshi);

        string json = AnnualReportJson.ToJson(sample);

        Assert.Null(sample.Applications.Outcomes.Total.NaturalPerson);
        Assert.Contains("\"naturalPerson\": null", json);
    }

    [Fact]
    public void A_report_that_gives_no_optional_value_is_written_with_every_key_null_where_it_gives_none()
    {
        AnnualReport bare = new AnnualReportBuilder(2022, "某某镇人民政府").Build();

        var document = System.Text.Json.Nodes.JsonNode.Parse(AnnualReportJson.ToJson(bare))!.AsObject();

        Assert.Equal(
            ["edition", "year", "agency", "title", "publishedOn", "overview", "proactiveDisclosure", "applications", "reviewAndLitigation", "problemsAndImprovements", "otherMatters", "informationProcessingFeeYuan"],
            document.Select(member => member.Key));
        Assert.All(["title", "publishedOn", "overview", "problemsAndImprovements", "otherMatters", "informationProcessingFeeYuan"], key => Assert.Null(document[key]));
        Assert.Null(document["agency"]!["region"]);
        Assert.Equal(bare, AnnualReportJson.Parse(document.ToJsonString()));
    }

    [Fact]
    public void A_missing_cell_key_is_a_blank()
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid()).Replace("\"issued\": 0,", string.Empty, StringComparison.Ordinal);

        AnnualReport report = AnnualReportJson.Parse(json);

        Assert.Null(report.ProactiveDisclosure.Regulations.Issued);
    }

    [Fact]
    public void Decimals_are_kept_exactly()
    {
        AnnualReport report = TestReports.ValidBuilder().Fees(1835.25m).WithInformationProcessingFee(0.000001m).Build();

        AnnualReport read = AnnualReportJson.Parse(AnnualReportJson.ToJson(report));

        Assert.Equal(1835.25m, read.ProactiveDisclosure.Fees.Amount);
        Assert.Equal(0.000001m, read.InformationProcessingFeeYuan);
        Assert.Contains("\"amount\": 1835.25", AnnualReportJson.ToJson(read));
    }

    [Fact]
    public void Chinese_text_is_written_as_is_and_kept_exactly()
    {
        const string text = "  “三安全一稳定” <b>&'+ 互联网+政务服务\t末尾空格  ";
        AnnualReport report = TestReports.ValidBuilder().WithOtherMatters(text).Build();

        string json = AnnualReportJson.ToJson(report);

        Assert.Contains("互联网+政务服务", json);
        Assert.Equal(text, AnnualReportJson.Parse(json).OtherMatters![0].Text);
    }

    [Fact]
    public async Task A_stream_and_an_async_stream_read_the_same_report()
    {
        byte[] bytes = File.ReadAllBytes(TestReports.SamplePath(TestReports.Laiyuan));

        AnnualReport fromStream = AnnualReportJson.Read(new MemoryStream(bytes), "x");
        AnnualReport fromAsync = await AnnualReportJson.ReadAsync(new NonSeekableStream(bytes), "x");

        Assert.Equal(AnnualReportJson.Read(bytes), fromStream);
        Assert.Equal(fromStream, fromAsync);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. AnnualReportJson.ToUtf8Bytes(TestReports.Valid())];

        Assert.Equal(TestReports.Valid(), AnnualReportJson.Read(bytes));
    }

    [Fact]
    public void Reports_written_into_the_caller_s_writer_take_its_options_and_read_back()
    {
        AnnualReport first = TestReports.Valid(), second = TestReports.Sample(TestReports.Shouyang2019);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            AnnualReportJson.Write(first, writer);
            AnnualReportJson.Write(second, writer);
            writer.WriteEndArray();
        }

        string json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var reports = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray();

        Assert.DoesNotContain('\n', json); // the caller's writer does not indent
        Assert.Equal(2, reports.Count);
        Assert.Equal(first, AnnualReportJson.Parse(reports[0]!.ToJsonString()));
        Assert.Equal(second, AnnualReportJson.Parse(reports[1]!.ToJsonString()));
    }

    [Fact]
    public void JsonSerializer_with_the_source_generated_metadata_writes_the_canonical_document()
    {
        AnnualReport report = TestReports.Valid();

        string json = JsonSerializer.Serialize(report, AnnualReportJson.TypeInfo);
        AnnualReport read = JsonSerializer.Deserialize(json, AnnualReportJson.TypeInfo)!;

        Assert.Equal(report, read);
        Assert.Contains("\"proactiveDisclosure\"", json);
    }

    [Fact]
    public void JsonSerializer_reports_a_bad_document_with_its_path()
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid()).Replace("\"year\": 2022", "\"year\": \"2022\"", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, AnnualReportJson.TypeInfo));
        Assert.Contains("$.year", ex.Message);
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
