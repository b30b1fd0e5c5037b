using System.Text.Json.Nodes;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Json;

/// <summary>
/// The numbers of the document as the reader takes or refuses them: counts (whole, non-negative, at most
/// <see cref="int.MaxValue"/>), the 2019 edition's signed 本年增/减, the year, and keys given twice; each refusal says
/// what was written and what is allowed.
/// </summary>
public class NumberTests
{
    private static readonly string ChangeLabel = ReportFormat.Get(DisclosureCell2019.LicensingChange).LabelZh;

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("7", 7)]
    [InlineData("999999999", 999_999_999)]
    [InlineData("1000000000", 1_000_000_000)]
    [InlineData("2147483647", int.MaxValue)]
    public void A_whole_count_up_to_the_largest_int_is_read_as_written(string written, int value)
    {
        AnnualReport report = AnnualReportJson.Parse(WithReceivedNaturalPerson(written));

        Assert.Equal(value, report.Applications!.Received.NaturalPerson);
    }

    [Theory]
    [InlineData("-4", "a count cannot be negative (was -4).")]
    [InlineData("-3000000000", "a count cannot be negative (was -3000000000).")]
    [InlineData("-99999999999999999999", "a count cannot be negative (was -99999999999999999999).")]
    [InlineData("2147483648", "the count 2147483648 is too large; a count is at most 2147483647.")]
    [InlineData("99999999999999999999", "the count 99999999999999999999 is too large; a count is at most 2147483647.")]
    [InlineData("4.5", "a count is a whole number written without a decimal point or exponent, not 4.5.")]
    [InlineData("4.0", "a count is a whole number written without a decimal point or exponent, not 4.0.")]
    [InlineData("4e0", "a count is a whole number written without a decimal point or exponent, not 4e0.")]
    [InlineData("1E3", "a count is a whole number written without a decimal point or exponent, not 1E3.")]
    [InlineData("12345678901234567890.5", "a count is a whole number written without a decimal point or exponent, not 12345678901234567890.5.")]
    public void A_count_that_is_not_one_is_refused_saying_what_it_was(string written, string reason)
    {
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(WithReceivedNaturalPerson(written)));

        Assert.Equal("$.applications.received.naturalPerson", ex.JsonPath);
        Assert.Equal(reason, ex.Reason);
    }

    [Theory]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("-18", -18)]
    [InlineData("0", 0)]
    [InlineData("2147483647", int.MaxValue)]
    public void A_change_of_the_2019_edition_is_a_signed_whole_number(string written, int value)
    {
        AnnualReport report = AnnualReportJson.Parse(With2019(("licensing", "change"), written));

        Assert.Equal(value, report.ProactiveDisclosure2019!.Licensing.Change);
    }

    [Theory]
    [InlineData("2147483648", true)]
    [InlineData("-2147483649", true)]
    [InlineData("-99999999999999999999", true)]
    [InlineData("1.5", false)]
    [InlineData("-1e2", false)]
    public void A_change_that_is_not_one_is_refused_saying_what_it_was(string written, bool outOfRange)
    {
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(With2019(("licensing", "change"), written)));

        Assert.Equal("$.proactiveDisclosure.licensing.change", ex.JsonPath);
        Assert.Equal(
            outOfRange
                ? $"the change {written} is out of range; a change ({ChangeLabel}) is a whole number from -2147483648 to 2147483647."
                : $"a change ({ChangeLabel}) is a whole number written without a decimal point or exponent, not {written}.",
            ex.Reason);
    }

    [Theory]
    [InlineData("licensing", "previousYearItems")]
    [InlineData("licensing", "decisions")]
    [InlineData("fees", "previousYearItems")]
    [InlineData("procurement", "projects")]
    public void The_other_counts_of_the_2019_edition_cannot_be_negative(string row, string cell)
    {
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(With2019((row, cell), "-1")));

        Assert.Equal($"$.proactiveDisclosure.{row}.{cell}", ex.JsonPath);
        Assert.Equal("a count cannot be negative (was -1).", ex.Reason);
    }

    [Theory]
    [InlineData(AnnualReport.MinYear)]
    [InlineData(AnnualReport.MaxYear)]
    public void The_first_and_last_years_the_model_holds_are_read(int year)
    {
        Assert.Equal(year, AnnualReportJson.Parse(WithYear(year)).Year);
    }

    [Theory]
    [InlineData(AnnualReport.MinYear - 1)]
    [InlineData(AnnualReport.MaxYear + 1)]
    public void A_year_outside_them_is_refused_naming_the_range(int year)
    {
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(WithYear(year)));

        Assert.Equal("$.year", ex.JsonPath);
        Assert.Equal($"the year must be a whole number from {AnnualReport.MinYear} to {AnnualReport.MaxYear}, not the number {year}.", ex.Reason);
    }

    [Theory]
    [InlineData("naturalPerson")]
    [InlineData("researchInstitution")]
    [InlineData("total")]
    public void Any_cell_of_a_row_given_twice_is_refused_at_its_second_place(string cell)
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid());
        string row = "\"received\": {";
        int at = json.IndexOf(row, StringComparison.Ordinal) + row.Length;
        json = json[..at] + $"\"{cell}\": 1, " + json[at..];

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal($"$.applications.received.{cell}", ex.JsonPath);
        Assert.Equal($"the key \"{cell}\" appears twice in {ex.Reason.Split(" in ")[1].Split(';')[0]}; a document states each value once.", ex.Reason);
        int second = json.IndexOf($"\"{cell}\"", at + cell.Length + 2, StringComparison.Ordinal);
        Assert.Equal(json[..second].Count(c => c == '\n') + 1, ex.LineNumber);
        Assert.Equal(second - json.LastIndexOf('\n', second), ex.Column);
    }

    private static string WithReceivedNaturalPerson(string written)
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid());
        const string Cell = "\"naturalPerson\": 4,";
        int at = json.IndexOf(Cell, StringComparison.Ordinal);
        Assert.True(at > 0 && json.IndexOf("\"received\"", StringComparison.Ordinal) < at);
        return json[..at] + $"\"naturalPerson\": {written}," + json[(at + Cell.Length)..];
    }

    private static string With2019((string Row, string Cell) place, string written)
    {
        JsonObject document = JsonNode.Parse(AnnualReportJson.ToJson(Edition2019JsonTests.Report2019()))!.AsObject();
        document["proactiveDisclosure"]![place.Row]![place.Cell] = JsonValue.Create(987654321);
        string json = document.ToJsonString();
        Assert.Single(json.Split("987654321").Skip(1));
        return json.Replace("987654321", written, StringComparison.Ordinal);
    }

    private static string WithYear(int year)
    {
        JsonObject document = JsonNode.Parse(AnnualReportJson.ToJson(TestReports.Valid()))!.AsObject();
        document["year"] = year;
        return document.ToJsonString();
    }
}
