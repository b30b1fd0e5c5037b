using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>
/// The three real text reports of <c>Fixtures/reports</c>, read by <see cref="TextDocumentReader"/> and
/// <see cref="LayoutReader"/>, against their hand transcriptions in <c>samples/</c>: the tables agree cell by cell except
/// where the reader refuses to guess what the transcriber decided (002's （七）总计, see docs/documents.md).
/// </summary>
public class RealReportsTests
{
    internal const string Linqiu = "000_f5661558df620322.txt";
    internal const string Yanshi = "002_add83202405f82f7.txt";
    internal const string Laiyuan = "004_b5fe446b3f679b76.txt";

    internal static ReportImport Import(string file, ImportOptions? options = null)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reports", file));
        return LayoutReader.Read(TextDocumentReader.Read(bytes, file, options), options);
    }

    public static TheoryData<string, string> Pairs => new()
    {
        { Linqiu, TestReports.Linqiu },
        { Laiyuan, TestReports.Laiyuan },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_real_report_reads_into_the_same_tables_as_its_transcription(string file, string sample)
    {
        ReportImport import = Import(file);
        decimal?[] read = PrintedLayout.CellValues(import.Report);
        decimal?[] transcribed = PrintedLayout.CellValues(TestReports.Sample(sample));

        // The fee of section 六 is stated in words, not in a table: the reader does not read it (nothing guessed).
        for (int i = 0; i < PrintedLayout.CellCount - 1; i++)
        {
            Assert.True(transcribed[i] == read[i], $"{PrintedLayout.CellPointer(i)}: transcribed {transcribed[i]}, read {read[i]}");
        }

        Assert.Null(import.Report.InformationProcessingFeeYuan);
    }

    [Fact]
    public void The_yanshi_report_reads_into_the_transcribed_tables_except_the_outcome_total_it_will_not_guess()
    {
        ReportImport import = Import(Yanshi);
        decimal?[] read = PrintedLayout.CellValues(import.Report);
        decimal?[] transcribed = PrintedLayout.CellValues(TestReports.Sample(TestReports.Yanshi));
        string totalRow = ReportFormat.Get(ApplicationRow.OutcomesTotal).JsonPointer + "/";
        for (int i = 0; i < PrintedLayout.CellCount - 1; i++)
        {
            if (PrintedLayout.CellPointer(i).StartsWith(totalRow, StringComparison.Ordinal))
            {
                // The transcriber placed six numbers by the tab structure; the reader says it cannot tell and leaves the row blank.
                Assert.Null(read[i]);
            }
            else
            {
                Assert.True(transcribed[i] == read[i], $"{PrintedLayout.CellPointer(i)}: transcribed {transcribed[i]}, read {read[i]}");
            }
        }

        Diagnostic finding = Assert.Single(import.Findings, d => d.Code == Rules.RowNotPlaced.Code);
        Assert.Equal(ReportFormat.Get(ApplicationRow.OutcomesTotal).JsonPointer, finding.Path);
        Assert.Equal(73, finding.Location!.Line);
        Assert.Contains("6", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_yanshi_header_typo_is_read_as_the_template_label_and_said()
    {
        ReportImport import = Import(Yanshi);
        Diagnostic finding = Assert.Single(import.Findings, d => d.Code == Rules.LabelVariant.Code && d.Location!.Line == 28);
        Assert.Contains("本年度止件数", finding.MessageZh, StringComparison.Ordinal);
        Assert.Contains("本年废止件数", finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Linqiu, "灵丘县武灵镇2022年度政府信息公开工作报告", "灵丘县武灵镇", "2023-01-15")]
    [InlineData(Yanshi, "偃师区缙氏镇人民政府2022年政府信息公开工作年度报告", "偃师区缙氏镇人民政府", null)]
    [InlineData(Laiyuan, "涞源县2022年政府信息公开工作年度报告", "涞源县", null)]
    public void The_title_year_agency_and_closing_date_are_read_as_printed(string file, string title, string agency, string? publishedOn)
    {
        AnnualReport report = Import(file).Report;
        Assert.Equal(title, report.Title);
        Assert.Equal(2022, report.Year);
        Assert.Equal(agency, report.Agency.Name);
        Assert.Equal(publishedOn is null ? null : DateOnly.Parse(publishedOn, System.Globalization.CultureInfo.InvariantCulture), report.PublishedOn);
    }

    [Theory]
    [InlineData(Linqiu, TestReports.Linqiu)]
    [InlineData(Yanshi, TestReports.Yanshi)]
    [InlineData(Laiyuan, TestReports.Laiyuan)]
    public void The_narrative_is_read_as_transcribed(string file, string sample)
    {
        AnnualReport read = Import(file).Report;
        AnnualReport transcribed = TestReports.Sample(sample);
        Assert.Equal(transcribed.Overview, read.Overview);
        Assert.Equal(transcribed.ProblemsAndImprovements, read.ProblemsAndImprovements);
        Assert.Equal(transcribed.OtherMatters, read.OtherMatters);
    }

    [Fact]
    public void Paragraphs_split_by_page_breaks_in_yanshi_are_joined_and_said()
    {
        ReportImport import = Import(Yanshi);
        Assert.Equal([19, 87], import.Findings.Where(d => d.Code == Rules.ParagraphJoined.Code).Select(d => d.Location!.Line));
    }

    [Fact]
    public void The_caller_s_year_and_agency_win_over_the_title()
    {
        AnnualReport report = Import(Linqiu, new ImportOptions { Year = 2021, AgencyName = "灵丘县武灵镇人民政府" }).Report;
        Assert.Equal(2021, report.Year);
        Assert.Equal("灵丘县武灵镇人民政府", report.Agency.Name);
    }

    [Fact]
    public void The_single_row_other_handling_of_laiyuan_is_read_into_other_and_said_once()
    {
        ReportImport import = Import(Laiyuan);
        Assert.Equal(0, import.Report.Applications.Outcomes.OtherHandling.Other.Total);
        Assert.Null(import.Report.Applications.Outcomes.OtherHandling.NoCorrection.Total);
        Diagnostic finding = Assert.Single(import.Findings, d => d.Code == Rules.OtherHandlingOneRow.Code);
        Assert.Equal(295, finding.Location!.Line);
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.RowNotFound.Code);
    }

    [Fact]
    public void Misnumbered_section_headings_of_linqiu_are_read_and_said()
    {
        ReportImport import = Import(Linqiu);
        Assert.Equal(
            [17, 63, 349],
            import.Findings.Where(d => d.Code == Rules.LabelVariant.Code).Select(d => d.Location!.Line));
        Assert.DoesNotContain(import.Findings, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Every_cell_read_has_its_line_and_table_cell()
    {
        ReportImport import = Import(Laiyuan);
        SourceLocation location = import.LocationOf(ReportFormat.CellPointer(ApplicationRow.Received, ApplicantColumn.Total))!;
        Assert.Equal(87, location.Line);
        Assert.Equal(Laiyuan, location.File);
        Assert.NotNull(location.Table);
        Assert.Equal(58, import.LocationOf(ReportFormat.CellPointer(DisclosureCell.FeesAmount))!.Line);
        for (int i = 0; i < PrintedLayout.CellCount - 1; i++)
        {
            Assert.NotNull(import.LocationOf(PrintedLayout.CellPointer(i)));
        }
    }

    [Fact]
    public void Validator_findings_on_an_imported_report_carry_the_source_location()
    {
        ValidationResult result = Import(Linqiu).Validate();
        Diagnostic total = result.Diagnostics.First(d => d.Code == Rules.OutcomeTotal.Code);
        Assert.Equal(Linqiu, total.Location!.File);
        Assert.True(total.Location.Line > 300);
    }
}
