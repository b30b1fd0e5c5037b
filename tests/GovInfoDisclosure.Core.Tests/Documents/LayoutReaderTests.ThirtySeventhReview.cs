using System.Globalization;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>Defects found reviewing issue 10's thirty-seventh session (a title's year after its words; 四's column numbers).</summary>
public partial class LayoutReaderTests
{
    [Theory]
    [InlineData("测试县教育局政府信息\n公开工作年度报告（2022年度）")]
    [InlineData("测试县教育局政府信息公开工作\n年度报告（2022年度）")]
    [InlineData("测试县教育局政府信息公开\n工作年度报告\n（2022年度）")]
    public void A_title_wrapped_over_lines_with_its_year_after_its_words_is_read_whole(string printed)
    {
        // A long title broken over lines (a PDF or Word extraction breaks it where the line is full, even mid-word: the
        // real report 000 prints 灵丘县武灵镇2022年度政府信息 / 公开工作报告), its year after its words. Only the last line
        // was taken for the title (it "states a year"), so the body's name was lost and the document refused.
        ReportImport import = Read(Replace(Text(), Base().Title!, printed));

        string title = "测试县教育局政府信息公开工作年度报告（2022年度）";
        Assert.Equal((title, 2022, "测试县教育局"), (import.Report.Title, import.Report.Year, import.Report.Agency.Name));
    }

    [Theory]
    [InlineData("《测试县教育局政府信息公开工作年度报告（2022年度）》")]
    [InlineData("测试县教育局政府信息公开工作年度报告【2022年度】")]
    public void A_title_whose_year_in_brackets_sits_inside_its_book_marks_or_in_square_brackets_names_the_year_and_the_body(string printed)
    {
        // Both print the year after the words as the change reads (（2022年度）), in the brackets pages also use: the whole
        // title in book marks with the year inside them, or the year in 【】. Refused: "the title states no year".
        ReportImport import = Read(Replace(Text(), Base().Title!, printed));

        Assert.Equal((printed, 2022, "测试县教育局"), (import.Report.Title, import.Report.Year, import.Report.Agency.Name));
    }

    [Fact]
    public void A_page_title_printing_its_year_after_its_words_then_the_site_s_name_names_the_body()
    {
        // An HTML page's <title> is the article's title then the site's name (测试县…（2022年度）_测试县人民政府, as
        // pingtan-2023.html's is); the body prints no title. The agency was read as “测试县教育局政府信息公开工作年度报告（”;
        // the year-first form (测试县教育局2022年政府信息公开工作年度报告_测试县人民政府) gives 测试县教育局.
        SourceDocument text = TextDocumentReader.Read(Replace(Text(), Base().Title! + "\n", string.Empty));
        ReportImport import = LayoutReader.Read(new SourceDocument("p.html", text.Blocks) { PageTitle = "测试县教育局政府信息公开工作年度报告（2022年度）_测试县人民政府" });

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    [Fact]
    public void A_site_s_column_name_over_a_title_without_a_body_s_name_is_not_the_body()
    {
        // A department's page copied as text: the site's column (政府信息公开年报) above the title, which names no body
        // (政府信息公开工作年度报告（2022年度）); the report is signed 测试县. The column's name was joined to the title and
        // taken for the agency's (it was refused before the change; the year-first form has the same fault).
        // The signature 测试县 is a place alone, which names no body (GID518): the document asks for the agency's name.
        string text = Replace(Text(), Base().Title!, "政府信息公开年报\n政府信息公开工作年度报告（2022年度）");
        Assert.Contains("names no agency", Assert.Throws<DocumentReadException>(() => Read(text)).Message, StringComparison.Ordinal);

        ReportImport import = Read(text, new ImportOptions { AgencyName = "测试县" });
        Assert.Equal(("政府信息公开工作年度报告（2022年度）", 2022, "测试县"), (import.Report.Title, import.Report.Year, import.Report.Agency.Name));
    }

    [Fact]
    public void A_second_report_s_title_wrapped_over_lines_with_its_year_after_it_is_not_read_into_the_first_report_s_six()
    {
        // Two reports on one page, the first neither signed nor dated, the second's title broken over two lines with its
        // year after its words. Its two lines were read as the first report's 六 (OtherMatters), and the second said at its 一.
        AnnualReport report = Base() with { PublishedOn = null };
        string first = Replace(Text(), "测试县\n2023年1月20日", string.Empty);
        string second = Replace(Text(Other()), Other().Title!, "另一镇政府信息\n公开工作年度报告（2022年度）");

        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(report.OtherMatters, both.Report.OtherMatters);
        Assert.Contains("另一镇政府信息", said.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // 行政诉讼 first: 1 … 10, then 栏次 11 … 15
    public void Section_si_s_second_part_numbering_its_columns_on_after_a_label_is_left_out(bool litigationFirst)
    {
        // 四 as two tables, the second with a column of row labels whose numbering row is headed 栏次 and numbers on from
        // the first part's (栏次 | 6 … 15). The row stood as "none of the template's rows" (GID521): NumbersColumns takes a
        // word before the numbers only while the count is at 1, not at its first number.
        AnnualReport report = DistinctCases();
        var document = new SourceDocument("split.html", [.. CaseTablesChanged(litigationFirst, (p, t, at) =>
        {
            if (p == 0)
            {
                return WithColumnNumbers(t, at, 1);
            }

            List<IEnumerable<DocumentCell>> rows = [.. t.Rows.Select(r => new[] { new DocumentCell(string.Empty, at) }.Concat(r))];
            int first = litigationFirst ? 11 : 6;
            rows.Insert(rows.Count - 1, new[] { new DocumentCell("栏次", at) }.Concat(Enumerable.Range(first, t.ColumnCount)
                .Select(n => new DocumentCell(n.ToString(CultureInfo.InvariantCulture), at))));
            return new DocumentTable(rows, t.Location, t.Number);
        })]);

        ReportImport import = LayoutReader.Read(document);

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)] // 行政诉讼's part ends at its numbers 6 … 15 (added with the fix)
    public void Section_si_s_part_printing_its_column_numbers_and_no_data_row_is_not_read_as_cases(int missing)
    {
        // 四 as two tables, 行政复议's part ending at its row numbering the columns (1 … 5), its data row not printed (a
        // row deleted in Word, or left on the next page). The numbers 1 … 5 were read as its case counts (upheld 1,
        // corrected 2 … total 5): a careful reader reads no case there (blank), and 行政诉讼's part as printed.
        AnnualReport report = DistinctCases();
        var document = new SourceDocument("split.html", [.. CaseTablesChanged(false, (p, t, at) =>
        {
            DocumentTable numbered = WithColumnNumbers(t, at, p == 0 ? 1 : 6);
            return p == missing ? WithoutLastRow(numbered) : numbered;
        })]);

        ReportImport import = LayoutReader.Read(document);

        ReviewAndLitigation read = import.Report.ReviewAndLitigation;
        CaseOutcomes[] blank = missing == 0 ? [read.Review] : [read.LitigationWithoutReview, read.LitigationAfterReview];
        Assert.All(blank, o => Assert.Equal(new int?[] { null, null, null, null, null }, new[] { o.Upheld, o.Corrected, o.Other, o.Pending, o.Total }));
        Assert.Equal(missing == 0 ? report.ReviewAndLitigation.LitigationAfterReview : report.ReviewAndLitigation.Review,
            missing == 0 ? read.LitigationAfterReview : read.Review);
    }
}
