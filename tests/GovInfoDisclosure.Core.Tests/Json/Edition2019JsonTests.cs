using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Json;

/// <summary>The canonical document of the 2019 edition: round trips, the edition anywhere in the document, and the other edition's keys refused.</summary>
public class Edition2019JsonTests
{
    private static readonly string Valid2021 = AnnualReportJson.ToJson(TestReports.Valid());
    private static readonly string Valid2019 = AnnualReportJson.ToJson(Report2019());

    /// <summary>A county bureau's 2019-edition report on 2020, with a negative change and an amount in 万元.</summary>
    public static AnnualReportBuilder Builder2019() =>
        new AnnualReportBuilder(2020, "某某县市场监督管理局")
            .WithEdition(ReportEdition.Edition2019)
            .ForAgency("某某县市场监督管理局", "某某省某某市某某县")
            .WithTitle("某某县市场监督管理局2020年政府信息公开工作年度报告")
            .PublishedOn(new DateOnly(2021, 1, 25))
            .WithOverview("2020年，我局收到政府信息公开申请3件。")
            .Set(DisclosureCell2019.NormativeDocumentsMade, 2).Set(DisclosureCell2019.NormativeDocumentsPublished, 2).Set(DisclosureCell2019.NormativeDocumentsPublishedTotal, 17)
            .Set(DisclosureCell2019.LicensingPreviousYearItems, 46).Set(DisclosureCell2019.LicensingChange, -18).Set(DisclosureCell2019.LicensingDecisions, 3121)
            .Set(DisclosureCell2019.FeesPreviousYearItems, 2).Set(DisclosureCell2019.FeesChange, -1)
            .Procurement(4, 37.56m, MoneyUnit.TenThousandYuan)
            .Received(naturalPerson: 2, commercialEnterprise: 1)
            .Row(ApplicationRow.Disclosed, naturalPerson: 1, commercialEnterprise: 1)
            .Row(ApplicationRow.OtherHandling, naturalPerson: 1)
            .WithOtherMatters("无。");

    public static AnnualReport Report2019() => Builder2019().Build();

    [Property(Arbitrary = [typeof(Report2019Arbitraries)], MaxTest = 300)]
    public bool Reading_what_was_written_gives_the_same_2019_report(AnyReport2019 any)
    {
        string json = AnnualReportJson.ToJson(any.Report);

        AnnualReport read = AnnualReportJson.Parse(json);

        return read == any.Report && AnnualReportJson.ToJson(read) == json;
    }

    [Theory]
    [InlineData(TestReports.Shouyang2019, 2019, -18, 48.65, MoneyUnit.TenThousandYuan)]
    [InlineData(TestReports.Ningxiang2020, 2020, -4, 3265418.6, MoneyUnit.Yuan)]
    public void The_2019_edition_samples_load_as_2019_edition_reports(string name, int year, int licensingChange, double amount, MoneyUnit unit)
    {
        AnnualReport report = TestReports.Sample(name);

        Assert.Equal(ReportEdition.Edition2019, report.Edition);
        Assert.Equal(year, report.Year);
        Assert.Equal(licensingChange, report.ProactiveDisclosure2019!.Licensing.Change);
        Assert.Equal((decimal)amount, report.ProactiveDisclosure2019.Procurement.Amount);
        Assert.Equal(unit, report.ProactiveDisclosure2019.Procurement.AmountUnit);
        Assert.NotNull(report.Applications2019!.Outcomes.OtherHandling.Total);
    }

    [Fact]
    public void A_2019_report_is_written_with_its_own_keys_and_none_of_the_2021_edition()
    {
        JsonNode document = JsonNode.Parse(Valid2019)!;
        JsonNode disclosure = document["proactiveDisclosure"]!;

        Assert.Equal("2019", (string?)document["edition"]);
        Assert.Equal(
            ReportFormat.DisclosureRows2019.Select(r => r.JsonKey),
            disclosure.AsObject().Select(p => p.Key));
        Assert.Equal(-18, (int?)disclosure["licensing"]!["change"]);
        Assert.Equal(37.56m, (decimal?)disclosure["procurement"]!["amount"]);
        Assert.Equal(ReportFormat.MoneyUnitKey(MoneyUnit.TenThousandYuan), (string?)disclosure["procurement"]!["amountUnit"]);
        Assert.Equal(1, (int?)document["applications"]!["outcomes"]!["otherHandling"]!["naturalPerson"]);
        Assert.DoesNotContain("\"issued\"", Valid2019);
        Assert.DoesNotContain("\"noCorrection\"", Valid2019);
        Assert.DoesNotContain("\"feeUnpaid\"", Valid2019);
    }

    [Fact]
    public void A_2019_report_round_trips_with_its_negative_change_and_the_amount_s_unit()
    {
        AnnualReport read = AnnualReportJson.Parse(Valid2019);

        Assert.Equal(Report2019(), read);
        Assert.Equal(ReportEdition.Edition2019, read.Edition);
        Assert.Equal(-18, read.ProactiveDisclosure2019!.Licensing.Change);
        Assert.Equal(-1, read.ProactiveDisclosure2019.Fees.Change);
        Assert.Equal(MoneyUnit.TenThousandYuan, read.ProactiveDisclosure2019.Procurement.AmountUnit);
        Assert.Equal(1, read.Applications2019!.Outcomes.OtherHandling.NaturalPerson);
    }

    [Theory]
    [InlineData(MoneyUnit.Yuan)]
    [InlineData(MoneyUnit.TenThousandYuan)]
    [InlineData(null)]
    public void The_unit_of_the_procurement_amount_is_kept_as_printed_or_null(MoneyUnit? unit)
    {
        AnnualReport report = Builder2019().Procurement(5, 251000.5m, unit).Build();

        AnnualReport read = AnnualReportJson.Parse(AnnualReportJson.ToJson(report));

        Assert.Equal(unit, read.ProactiveDisclosure2019!.Procurement.AmountUnit);
        Assert.Equal(251000.5m, read.ProactiveDisclosure2019.Procurement.Amount);
    }

    [Fact]
    public void Blank_and_missing_cells_of_the_2019_edition_are_blanks()
    {
        string json = Valid2019
            .Replace("\"made\": 2,", "\"made\": null,", StringComparison.Ordinal)
            .Replace("\"amountUnit\": \"万元\"", "\"amountUnit\": null", StringComparison.Ordinal);
        json = RemoveFirst(json, "\"change\": -18,");

        AnnualReport read = AnnualReportJson.Parse(json);

        Assert.Null(read.ProactiveDisclosure2019!.NormativeDocuments.Made);
        Assert.Null(read.ProactiveDisclosure2019.Licensing.Change);
        Assert.Null(read.ProactiveDisclosure2019.Procurement.AmountUnit);
        Assert.Contains("\"change\": null", AnnualReportJson.ToJson(read));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_document_whose_edition_comes_last_is_read_as_that_edition(bool edition2019)
    {
        AnnualReport report = edition2019 ? Report2019() : TestReports.Valid();
        JsonObject document = JsonNode.Parse(AnnualReportJson.ToJson(report))!.AsObject();
        JsonNode edition = document["edition"]!;
        document.Remove("edition");
        document.Add("edition", edition);
        string json = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.True(json.IndexOf("\"edition\"", StringComparison.Ordinal) > json.IndexOf("\"reviewAndLitigation\"", StringComparison.Ordinal));

        AnnualReport read = AnnualReportJson.Parse(json);

        Assert.Equal(report, read);
    }

    [Fact]
    public void A_document_whose_edition_comes_between_its_sections_is_read_through_JsonSerializer_too()
    {
        JsonObject document = JsonNode.Parse(Valid2019)!.AsObject();
        JsonNode edition = document["edition"]!;
        document.Remove("edition");
        document.Insert(document.IndexOf("applications"), "edition", edition);

        AnnualReport read = JsonSerializer.Deserialize(document.ToJsonString(), AnnualReportJson.TypeInfo)!;

        Assert.Equal(Report2019(), read);
    }

    public static TheoryData<string, bool, string, string, string, string> CrossEditionKeys => new()
    {
        // name, 2019 document?, text to find, replacement, the key refused (in the replacement), expected path
        { "a 2021 cell under a 2019 regulations", true, "\"made\": 0,", "\"issued\": 0,", "issued", "$.proactiveDisclosure.regulations.issued" },
        { "the 2021 fee amount under 2019 fees", true, "\"fees\": {", "\"fees\": {\n      \"amount\": 18.25,", "amount", "$.proactiveDisclosure.fees.amount" },
        { "a 2021 row under a 2019 otherHandling", true, "\"otherHandling\": {", "\"otherHandling\": {\n          \"noCorrection\": {},", "noCorrection", "$.applications.outcomes.otherHandling.noCorrection" },
        { "the 2021 row other under a 2019 otherHandling", true, "\"otherHandling\": {", "\"otherHandling\": {\n          \"other\": {},", "other", "$.applications.outcomes.otherHandling.other" },
        { "procurement in a 2021 document", false, "\"fees\": {", "\"procurement\": {\"projects\": 1},\n    \"fees\": {", "procurement", "$.proactiveDisclosure.procurement" },
        { "otherServices in a 2021 document", false, "\"fees\": {", "\"otherServices\": {},\n    \"fees\": {", "otherServices", "$.proactiveDisclosure.otherServices" },
        { "a 2019 cell under a 2021 regulations", false, "\"issued\": 0,", "\"made\": 0,", "made", "$.proactiveDisclosure.regulations.made" },
        { "a 2019 change under a 2021 licensing", false, "\"licensing\": {", "\"licensing\": {\n      \"change\": -3,", "change", "$.proactiveDisclosure.licensing.change" },
        { "an applicant cell directly under a 2021 otherHandling", false, "\"otherHandling\": {", "\"otherHandling\": {\n          \"naturalPerson\": 1,", "naturalPerson", "$.applications.outcomes.otherHandling.naturalPerson" },
    };

    [Theory]
    [MemberData(nameof(CrossEditionKeys))]
    public void A_key_of_the_other_edition_is_refused_naming_both_editions_with_its_path_line_and_column(
        string name, bool edition2019, string find, string replace, string key, string path)
    {
        string valid = edition2019 ? Valid2019 : Valid2021;
        int at = valid.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, name);
        string json = valid[..at] + replace + valid[(at + find.Length)..];
        int offset = at + replace.IndexOf($"\"{key}\"", StringComparison.Ordinal);
        string before = json[..offset];

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json, "cross.json"));

        Assert.True(path == ex.JsonPath, $"{name}: expected path {path}, got {ex.JsonPath}: {ex.Message}");
        Assert.Equal(before.Count(c => c == '\n') + 1, ex.LineNumber);
        Assert.Equal(offset - before.LastIndexOf('\n'), ex.Column);
        string ours = edition2019 ? "2019" : "2021", theirs = edition2019 ? "2021" : "2019";
        Assert.Contains($"\"{key}\" belongs to the {theirs} edition", ex.Reason);
        Assert.Contains($"of the {ours} edition", ex.Reason);
        Assert.Contains("cross.json", ex.Message);
    }

    [Fact]
    public void A_key_of_the_other_edition_is_refused_even_when_the_edition_comes_after_it()
    {
        JsonObject document = JsonNode.Parse(Valid2019)!.AsObject();
        JsonNode edition = document["edition"]!;
        document.Remove("edition");
        document.Add("edition", edition);
        document["proactiveDisclosure"]!["regulations"]!.AsObject().Add("inForce", 3);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(document.ToJsonString()));

        Assert.Equal("$.proactiveDisclosure.regulations.inForce", ex.JsonPath);
        Assert.Contains("2021 edition", ex.Reason);
    }

    [Fact]
    public void A_key_of_neither_edition_is_an_unknown_key()
    {
        string json = Valid2019.Replace("\"made\": 0,", "\"maed\": 0,", StringComparison.Ordinal);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal("$.proactiveDisclosure.regulations.maed", ex.JsonPath);
        Assert.StartsWith("unknown key \"maed\"", ex.Reason);
        Assert.Contains("made, published, publishedTotal", ex.Reason);
    }

    public static TheoryData<string, string, string, string> Faults2019 => new()
    {
        // name, text to find, replacement, expected path
        { "negative count beside a change", "\"previousYearItems\": 46,", "\"previousYearItems\": -46,", "$.proactiveDisclosure.licensing.previousYearItems" },
        { "fractional change", "\"change\": -18,", "\"change\": -1.5,", "$.proactiveDisclosure.licensing.change" },
        { "change beyond an int", "\"change\": -18,", "\"change\": -3000000000,", "$.proactiveDisclosure.licensing.change" },
        { "change as a string", "\"change\": -18,", "\"change\": \"-18\",", "$.proactiveDisclosure.licensing.change" },
        { "negative amount", "\"amount\": 37.56,", "\"amount\": -37.56,", "$.proactiveDisclosure.procurement.amount" },
        { "unknown unit", "\"amountUnit\": \"万元\"", "\"amountUnit\": \"千元\"", "$.proactiveDisclosure.procurement.amountUnit" },
        { "unit as a number", "\"amountUnit\": \"万元\"", "\"amountUnit\": 10000", "$.proactiveDisclosure.procurement.amountUnit" },
        { "a missing row", "\"otherServices\": {", "\"otherServicesX\": {", "$.proactiveDisclosure.otherServicesX" },
        { "otherHandling as rows of rows", "\"otherHandling\": {\n        \"naturalPerson\": 1,", "\"otherHandling\": {\n        \"naturalPerson\": {},", "$.applications.outcomes.otherHandling.naturalPerson" },
        { "unknown edition", "\"edition\": \"2019\"", "\"edition\": \"2020\"", "$.edition" },
    };

    [Theory]
    [MemberData(nameof(Faults2019))]
    public void A_bad_2019_document_is_refused_with_its_path(string name, string find, string replace, string path)
    {
        Assert.True(Valid2019.Contains(find, StringComparison.Ordinal), name + ": " + find);
        string json = Valid2019.Replace(find, replace, StringComparison.Ordinal);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.True(path == ex.JsonPath, $"{name}: expected path {path}, got {ex.JsonPath}: {ex.Message}");
        Assert.NotNull(ex.LineNumber);
    }

    [Fact]
    public void An_unknown_edition_is_refused_naming_both_editions()
    {
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(Valid2019.Replace("\"edition\": \"2019\"", "\"edition\": \"2020\"", StringComparison.Ordinal)));

        Assert.Contains("\"2021\"", ex.Reason);
        Assert.Contains("\"2019\"", ex.Reason);
    }

    [Fact]
    public void A_document_without_an_edition_is_refused_as_lacking_it()
    {
        string json = RemoveFirst(Valid2019, "\"edition\": \"2019\",");

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal("$", ex.JsonPath);
        Assert.Contains("\"edition\"", ex.Reason);
        Assert.DoesNotContain("\"year\"", ex.Reason);
    }

    [Fact]
    public void Invalid_JSON_after_the_sections_of_a_document_without_a_leading_edition_is_reported_where_it_lies()
    {
        string json = EditionLast(Valid2021).Replace("\"2022年我镇未收取信息处理费。\"", "\"2022年我镇未收取信息处理费。\" \"x\"", StringComparison.Ordinal);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Contains("not valid JSON", ex.Reason);
        Assert.Equal("$.otherMatters[0]", ex.JsonPath);
    }

    [Fact]
    public void A_2019_document_whose_text_breaks_off_before_its_edition_says_so_rather_than_blame_its_keys()
    {
        string json = EditionLast(Valid2019).Replace("\"无。\"", "\"无。\" \"x\"", StringComparison.Ordinal);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.StartsWith("$.proactiveDisclosure.", ex.JsonPath);
        Assert.Contains("states no edition that could be read before its text breaks off", ex.Reason);
    }

    private static string EditionLast(string json)
    {
        JsonObject document = JsonNode.Parse(json)!.AsObject();
        JsonNode edition = document["edition"]!;
        document.Remove("edition");
        document.Add("edition", edition);
        return document.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string RemoveFirst(string text, string find)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return text[..at] + text[(at + find.Length)..];
    }
}
