using System.Text;
using System.Text.Json.Nodes;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Reliability;

/// <summary>
/// Canonical JSON built to hurt the reader (issue 13): each is read within bounds or refused with a short message that
/// names the place, and never crashes the process.
/// </summary>
public class HostileJsonTests
{
    private static JsonObject Sample() => JsonNode.Parse(File.ReadAllText(TestReports.SamplePath("laiyuan-2022.json")))!.AsObject();

    [Fact]
    public void A_million_paragraphs_are_read_and_validated()
    {
        JsonObject doc = Sample();
        var paragraphs = new JsonArray();
        for (int i = 0; i < 1_000_000; i++)
        {
            paragraphs.Add(new JsonObject { ["text"] = "段" });
        }

        doc["overview"] = paragraphs;
        AnnualReport report = AnnualReportJson.Read(Encoding.UTF8.GetBytes(doc.ToJsonString()));

        Assert.Equal(1_000_000, report.Overview!.Count);
        Assert.Contains(ReportValidator.Default.Validate(report).Diagnostics, d => d.Code == "GID207");
    }

    [Fact]
    public void A_100_MB_string_is_read_whole()
    {
        JsonObject doc = Sample();
        doc["title"] = new string('题', 100 * 1024 * 1024 / 3);

        AnnualReport report = AnnualReportJson.Read(Encoding.UTF8.GetBytes(doc.ToJsonString()));

        Assert.Equal(100 * 1024 * 1024 / 3, report.Title!.Length);
    }

    [Fact]
    public void A_file_at_the_source_limit_is_read_and_one_byte_more_is_refused_naming_the_file()
    {
        string folder = Directory.CreateTempSubdirectory("gidr-limit-").FullName;
        try
        {
            // A sample followed by white space up to the limit: valid JSON of exactly MaxSourceBytes bytes, then one more.
            byte[] sample = File.ReadAllBytes(TestReports.SamplePath("laiyuan-2022.json"));
            string atLimit = Path.Combine(folder, "at-limit.json");
            string over = Path.Combine(folder, "over.json");
            WritePadded(atLimit, sample, AnnualReportJson.MaxSourceBytes);
            WritePadded(over, sample, AnnualReportJson.MaxSourceBytes + 1);

            Assert.Equal("涞源县人民政府", AnnualReportJson.ReadFile(atLimit).Agency.Name);
            ReportFormatException e = Assert.Throws<ReportFormatException>(() => AnnualReportJson.ReadFile(over));

            Assert.Equal(over, e.DocumentSource);
            Assert.Equal("$", e.JsonPath);
            Assert.Contains("longer than the limit of 67,108,864 bytes", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        static void WritePadded(string path, byte[] document, int length)
        {
            using FileStream file = File.Create(path);
            file.Write(document);
            byte[] spaces = new byte[1 << 20];
            spaces.AsSpan().Fill((byte)' ');
            for (long left = length - document.Length; left > 0; left -= spaces.Length)
            {
                file.Write(spaces, 0, (int)Math.Min(left, spaces.Length));
            }
        }
    }

    [Fact]
    public async Task A_stream_over_the_source_limit_is_refused_whether_or_not_it_says_its_length()
    {
        byte[] document = new byte[AnnualReportJson.MaxSourceBytes + 1];
        document.AsSpan().Fill((byte)' ');
        File.ReadAllBytes(TestReports.SamplePath("laiyuan-2022.json")).CopyTo(document, 0);

        // A stream that cannot seek is read up to the limit and one byte more, then refused.
        Assert.Contains("longer than the limit", Assert.Throws<ReportFormatException>(
            () => AnnualReportJson.Read(new OneWayStream(document), "piped")).Message, StringComparison.Ordinal);
        Assert.Contains("longer than the limit", (await Assert.ThrowsAsync<ReportFormatException>(
            () => AnnualReportJson.ReadAsync(new OneWayStream(document), "piped").AsTask())).Message, StringComparison.Ordinal);

        // One that says its length is refused before a byte is read.
        using var counted = new MemoryStream(document, writable: false);
        Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(counted));
        Assert.Equal(0, counted.Position);
        await Assert.ThrowsAsync<ReportFormatException>(() => AnnualReportJson.ReadAsync(counted).AsTask());
        Assert.Equal(0, counted.Position);

        // A stream positioned past its end holds nothing: not JSON, said as such.
        using var pastTheEnd = new MemoryStream(document, 0, 16, writable: false) { Position = 18 };
        Assert.Contains("not valid JSON", Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(pastTheEnd)).Message, StringComparison.Ordinal);

        // At the limit, both read it, whether or not the stream says its length.
        Assert.Equal(2022, AnnualReportJson.Read(new OneWayStream(document.AsMemory(0, AnnualReportJson.MaxSourceBytes))).Year);
        Assert.Equal(2022, (await AnnualReportJson.ReadAsync(new OneWayStream(document.AsMemory(0, AnnualReportJson.MaxSourceBytes)))).Year);
        using var countedAtLimit = new MemoryStream(document, 0, AnnualReportJson.MaxSourceBytes, writable: false);
        Assert.Equal(2022, AnnualReportJson.Read(countedAtLimit).Year);
        countedAtLimit.Position = 0;
        Assert.Equal(2022, (await AnnualReportJson.ReadAsync(countedAtLimit)).Year);

        // A stream is read from its position: what is left there counts, not what came before (a header already read).
        byte[] framed = new byte[AnnualReportJson.MaxSourceBytes + 100];
        document.AsSpan(0, AnnualReportJson.MaxSourceBytes).CopyTo(framed.AsSpan(100));
        using var afterHeader = new MemoryStream(framed, writable: false) { Position = 100 };
        Assert.Equal(2022, AnnualReportJson.Read(afterHeader).Year);
        afterHeader.Position = 100;
        Assert.Equal(2022, (await AnnualReportJson.ReadAsync(afterHeader)).Year);
    }

    /// <summary>A stream that cannot seek and hands out at most 64 KiB a read, as a pipe does.</summary>
    private sealed class OneWayStream(ReadOnlyMemory<byte> bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(Math.Min(buffer.Length, 1 << 16), bytes.Length - _position);
            bytes.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_count_of_a_thousand_digits_is_refused_as_too_large_and_the_message_does_not_repeat_it()
    {
        string json = File.ReadAllText(TestReports.SamplePath("laiyuan-2022.json"))
            .Replace("\"issued\": 0", "\"issued\": " + new string('9', 1000), StringComparison.Ordinal);

        ReportFormatException e = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("$.proactiveDisclosure.regulations.issued", e.JsonPath);
        Assert.Contains("is too large; a count is at most 2147483647", e.Message, StringComparison.Ordinal);
        Assert.Contains("(1000 characters)", e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Length < 300, e.Message);
    }

    [Fact]
    public void An_amount_of_a_thousand_digits_is_refused_with_a_short_message()
    {
        JsonObject doc = Sample();
        string json = doc.ToJsonString().Replace("\"amount\":1835", "\"amount\":1" + new string('0', 999), StringComparison.Ordinal);

        ReportFormatException e = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("$.proactiveDisclosure.fees.amount", e.JsonPath);
        Assert.True(e.Message.Length < 300, e.Message);
    }

    [Theory]
    [InlineData("{\"edition\":\"2021\",\"overview\":", "[", "]")]
    [InlineData("", "[", "]")]
    [InlineData("{\"x\":", "{\"a\":", "}")]
    public void Nesting_a_hundred_thousand_deep_is_refused_at_its_place(string prefix, string open, string close)
    {
        string json = prefix + string.Concat(Enumerable.Repeat(open, 100_000)) + string.Concat(Enumerable.Repeat(close, 100_000)) + (prefix.Length > 0 ? "}" : string.Empty);

        ReportFormatException e = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(Encoding.UTF8.GetBytes(json)));

        Assert.NotNull(e.LineNumber);
        Assert.True(e.Message.Length < 300, e.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B })]
    [InlineData(new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0xEF, 0xBB, 0xBF, 0x7D })]
    public void Invalid_UTF8_and_a_byte_order_mark_in_the_middle_are_refused_as_not_JSON(byte[] bytes)
    {
        ReportFormatException e = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(bytes));
        Assert.Contains("line 1", e.Message, StringComparison.Ordinal);
    }
}
