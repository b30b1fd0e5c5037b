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
