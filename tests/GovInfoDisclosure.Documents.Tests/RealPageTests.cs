using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>
/// 平潭综合实验区's 2023 report as its site served it (<c>Fixtures/pingtan-2023.html</c>, chrome, scripts and Word-pasted
/// tables included), read end to end. <c>Fixtures/pingtan-2023.expected.json</c> is what a transcriber writes: its 200
/// table values were checked one by one against the page's <c>&lt;td&gt;</c> texts taken out by a separate script (Python's
/// html.parser), its metadata and narrative against the page as a browser shows it. Beside it, whole documents written
/// for these tests the way other sites and Word save them, each with the transcription written for it.
/// </summary>
public class RealPageTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public void The_real_page_reads_as_its_transcription()
    {
        ReportImport import = ReportDocument.Read(Fixture("pingtan-2023.html"));

        AnnualReport expected = AnnualReportJson.ReadFile(Fixture("pingtan-2023.expected.json"));
        Assert.Equal(AnnualReportJson.ToJson(expected), AnnualReportJson.ToJson(import.Report));
    }

    [Fact]
    public void The_real_page_says_where_its_date_came_from_and_passes_every_rule()
    {
        ReportImport import = ReportDocument.Read(Fixture("pingtan-2023.html"));

        Diagnostic date = Assert.Single(import.Findings, f => f.Code == "GID511");
        Assert.Equal(307, date.Location!.Line);
        ValidationResult result = import.Validate();
        Assert.True(result.IsValid);
        Assert.Equal(0, result.WarningCount);
    }

    [Fact]
    public void A_cell_of_the_real_page_knows_its_line_and_grid_position()
    {
        ReportImport import = ReportDocument.Read(Fixture("pingtan-2023.html"));

        SourceLocation received = import.LocationOf("/applications/received/total")!;
        Assert.Equal((2, 4, 10), (received.Table, received.Row, received.Cell));
        string line = File.ReadLines(Fixture("pingtan-2023.html")).ElementAt(received.Line - 1);
        Assert.Contains("81", line[(received.Column - 1)..], StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>Fixtures/laiyuan-2022-cms.html</c>: 涞源县's 2022 report (the sample's numbers and text) as a county site's CMS
    /// serves a report pasted from Word, written for this test the way such sites and Word save pages: GBK declared as
    /// <c>gb2312</c> in an <c>http-equiv</c> meta tag; navigation, a side menu, breadcrumbs, scripts, a share box and a
    /// footer around the article; section headings as styled paragraphs, sub-headings in bold 楷体; <c>MsoNormal</c>
    /// cells with spans, <c>&amp;nbsp;</c> and <c>&lt;o:p&gt;</c>; numbers of four digits split over two runs; section 二
    /// as four tables, one per block; in section 三 自然人 spanning two grid columns with two cells under it in every row,
    /// labels broken by <c>&lt;br&gt;</c> and by a source line break, one zero printed as a dash and one cell left empty;
    /// no closing date, the page's own date in its header line, and the signature naming the office.
    /// <c>Fixtures/laiyuan-2022-cms.expected.json</c> is the transcription written for it: the sample with what the page
    /// prints differently (the signature's agency, no region, no processing fee, the page's date, the dash and the empty
    /// cell blank).
    /// </summary>
    [Fact]
    public void A_county_site_page_with_a_report_pasted_from_word_reads_as_its_transcription()
    {
        byte[] page = File.ReadAllBytes(Fixture("laiyuan-2022-cms.html"));
        Assert.Throws<System.Text.DecoderFallbackException>(() => new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(page));

        ReportImport import = ReportDocument.Read(Fixture("laiyuan-2022-cms.html"));

        AnnualReport expected = AnnualReportJson.ReadFile(Fixture("laiyuan-2022-cms.expected.json"));
        Assert.Equal(AnnualReportJson.ToJson(expected), AnnualReportJson.ToJson(import.Report));
        Assert.Equal(["GID507", "GID511", "GID515"], import.Findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.Equal("/applications/carriedOver/researchInstitution", import.Findings.Single(f => f.Code == "GID507").Path);
    }

    /// <summary>
    /// <c>Fixtures/ningxiang-2020-word.docx</c>: 宁乡市自然资源局's 2020 report (the sample, of the 2019 edition, with 66
    /// numbers that are not zero) as Word saves a report typed into the template, written for this test: text broken
    /// into runs with proofing marks and bookmarks between them, a bookmark inside a number, the tables' merged cells as
    /// <c>gridSpan</c> and <c>vMerge</c> (continuation cells included), a label broken by a line break, a number printed
    /// with its unit (<c>27件</c>), the title in its own font and the date at the end typed as a <c>CREATEDATE</c>
    /// field. <c>Fixtures/ningxiang-2020-word.expected.json</c> is its transcription: the sample without the region,
    /// which the document does not print.
    /// </summary>
    [Fact]
    public void A_word_document_as_word_saves_it_reads_as_its_transcription()
    {
        ReportImport import = ReportDocument.Read(Fixture("ningxiang-2020-word.docx"));

        AnnualReport expected = AnnualReportJson.ReadFile(Fixture("ningxiang-2020-word.expected.json"));
        Assert.Equal(AnnualReportJson.ToJson(expected), AnnualReportJson.ToJson(import.Report));
        Diagnostic unit = Assert.Single(import.Findings);
        Assert.Equal(("GID508", "/applications/received/naturalPerson"), (unit.Code, unit.Path));
    }
}
