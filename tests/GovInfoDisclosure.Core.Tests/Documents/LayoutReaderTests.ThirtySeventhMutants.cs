using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>Tests written from the Stryker survivors of issue 10's thirty-seventh session's code (a title's year after its words; 四's parts).</summary>
public partial class LayoutReaderTests
{
    [Fact]
    public void A_first_report_signed_and_undated_keeps_its_signature_before_a_second_report_whose_title_names_its_body()
    {
        // The first report ends with its signature, no date (测试县人民政府); the second's title names its body before its
        // year (另一镇2022年…): the signature above it is the first report's, not the second title's first line.
        string first = Replace(Text(), "测试县\n2023年1月20日", "测试县人民政府");
        string second = Replace(Text(Other()), Other().Title!, "另一镇2022年政府信息公开工作年度报告");

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Contains("另一镇2022年", said.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("测试县人民政府", said.Message, StringComparison.Ordinal);
        Assert.Equal(alone.Report, both.Report);
    }

    [Fact]
    public void A_title_naming_no_body_with_its_year_after_its_words_takes_the_body_from_the_signature()
    {
        // 政府信息公开工作年度报告（2022年度）, nothing above it, signed 测试县人民政府: the signature names the body (GID518),
        // not the 政府 of 政府信息公开.
        string text = Replace(Replace(Text(), Base().Title!, "政府信息公开工作年度报告（2022年度）"), "测试县\n2023年1月20日", "测试县人民政府\n2023年1月20日");

        ReportImport import = Read(text);

        Assert.Equal((2022, "测试县人民政府"), (import.Report.Year, import.Report.Agency.Name));
        Assert.Contains(import.Findings, d => d.Code == Rules.AgencyFromSignatureAlone.Code);
    }

    [Fact]
    public void A_title_with_its_year_after_its_words_naming_no_information_disclosure_names_no_body()
    {
        // 政务公开 where the template says 政府信息公开: the year is read; no body is told apart from the title's words, so
        // the document asks for the agency (the signature 测试县 is a place alone).
        string text = Replace(Text(), Base().Title!, "测试县教育局政务公开工作年度报告（2022年度）");

        Assert.Contains("names no agency", Assert.Throws<DocumentReadException>(() => Read(text)).Message, StringComparison.Ordinal);
        Assert.Equal(2022, Read(text, new ImportOptions { AgencyName = "测试县教育局" }).Report.Year);
    }

    [Fact]
    public void Section_si_as_two_tables_one_part_printing_its_data_row_empty_is_read_blank_beside_the_other()
    {
        // An agency with no review cases leaving 行政复议's data row empty: its five cells blank, 行政诉讼's read.
        AnnualReport report = DistinctCases();
        var document = new SourceDocument("split.html", [.. CaseTablesChanged(false, (p, t, at) => p == 0 ? WithLastRowEmpty(t, at) : t)]);

        ReportImport import = LayoutReader.Read(document);

        Assert.True(import.Report.ReviewAndLitigation.Review.HasBlank);
        Assert.Null(import.Report.ReviewAndLitigation.Review.Total);
        Assert.Equal(report.ReviewAndLitigation.LitigationWithoutReview, import.Report.ReviewAndLitigation.LitigationWithoutReview);
        Assert.Equal(report.ReviewAndLitigation.LitigationAfterReview, import.Report.ReviewAndLitigation.LitigationAfterReview);
    }
}
