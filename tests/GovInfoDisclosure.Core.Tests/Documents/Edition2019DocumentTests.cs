using FsCheck.Xunit;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Properties;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>
/// Documents of the 2019 edition: the layout decides the edition (not the year, not a one-row （六）其他处理); the
/// procurement amount keeps the unit printed with it; 本年增/减 is signed; what the Markdown writer writes reads back to
/// the same report.
/// </summary>
public class Edition2019DocumentTests
{
    private static readonly string Amount = ReportFormat.CellPointer(DisclosureCell2019.ProcurementAmount);
    private static readonly string LicensingChange = ReportFormat.CellPointer(DisclosureCell2019.LicensingChange);

    private static AnnualReport Base(int year = 2020, decimal amount = 251000m, MoneyUnit? unit = MoneyUnit.Yuan) =>
        new AnnualReportBuilder(year, "测试县").WithEdition(ReportEdition.Edition2019)
            .WithTitle($"测试县{year}年政府信息公开工作年度报告")
            .Set(DisclosureCell2019.LicensingPreviousYearItems, 40).Set(DisclosureCell2019.LicensingChange, -18).Set(DisclosureCell2019.LicensingDecisions, 7)
            .Set(DisclosureCell2019.RegulationsMade, 2).Set(DisclosureCell2019.RegulationsPublished, 2).Set(DisclosureCell2019.RegulationsPublishedTotal, 9)
            .Procurement(5, amount, unit)
            .Row(ApplicationRow.Received, naturalPerson: 2).Row(ApplicationRow.OtherHandling, naturalPerson: 2)
            .WithOverview("本年主动公开信息100条。")
            .WithProblemsAndImprovements("问题。")
            .PublishedOn(new DateOnly(year + 1, 1, 15))
            .Build();

    private static ReportImport Read(string text) => LayoutReader.Read(TextDocumentReader.Read(text, "report.md"));

    private static string Markdown(AnnualReport report) => MarkdownReportWriter.ToMarkdown(report);

    /// <summary>The Markdown with the value cell of the row labelled <paramref name="label"/> at <paramref name="column"/> (0 is the label) replaced.</summary>
    private static string ReplaceCell(string markdown, string label, int column, string text)
    {
        string[] lines = markdown.Split('\n');
        int i = Array.FindIndex(lines, l => l.StartsWith("| " + label + " |", StringComparison.Ordinal));
        Assert.True(i >= 0, $"no row '{label}'");
        string[] cells = lines[i].Split('|');
        cells[column + 1] = " " + text + " ";
        lines[i] = string.Join('|', cells);
        return string.Join('\n', lines);
    }

    private static string Replace(string text, string old, string replacement)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    private static string ProcurementRow => ReportFormat.DisclosureRows2019[^1].LabelZh;

    private static string LicensingRow => ReportFormat.DisclosureRows2019[2].LabelZh;

    [Fact]
    public void A_2019_report_printed_by_the_test_printer_as_tab_rows_or_merged_cells_reads_back_to_itself()
    {
        // The test printer prints values only, not the unit the writers print beside the amount.
        AnnualReport report = Base(unit: null);

        Assert.Equal(report, LayoutReader.Read(TextDocumentReader.Read(TextPrinter.Print(report, TextPrinter.Style.TabRows), "report.txt")).Report);
        Assert.Equal(report, LayoutReader.Read(TextPrinter.Merged(report)).Report);
    }

    [Fact]
    public void A_2019_report_written_as_markdown_reads_back_to_the_same_report_without_findings()
    {
        AnnualReport report = Base();
        ReportImport import = Read(Markdown(report));

        Assert.Equal(ReportEdition.Edition2019, import.Report.Edition);
        Assert.Empty(import.Findings);
        Assert.Equal(report, import.Report);
    }

    [Property(Arbitrary = new[] { typeof(Report2019Arbitraries) }, MaxTest = 60)]
    public void Any_2019_report_written_as_markdown_reads_back_to_itself(AnyReport2019Spec spec)
    {
        AnnualReport report = spec.Report;
        ReportImport import = Read(Markdown(report));

        decimal?[] expected = PrintedLayout.CellValues(report);
        decimal?[] actual = PrintedLayout.CellValues(import.Report);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(expected[i] == actual[i], $"{PrintedLayout.CellPointer(ReportEdition.Edition2019, i)}: wrote {expected[i]}, read {actual[i]}");
        }

        Assert.Equal(report, import.Report);
        Assert.DoesNotContain(import.Findings, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void The_procurement_amount_is_printed_with_its_unit_beside_it_and_nothing_without_a_unit()
    {
        Assert.Contains($"| {ProcurementRow} | 5 | 251000元 |", Markdown(Base()), StringComparison.Ordinal);
        Assert.Contains($"| {ProcurementRow} | 5 | 1835.25万元 |", Markdown(Base(amount: 1835.25m, unit: MoneyUnit.TenThousandYuan)), StringComparison.Ordinal);
        Assert.Contains($"| {ProcurementRow} | 5 | 251000 |", Markdown(Base(unit: null)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("251000元", "251000", MoneyUnit.Yuan)]
    [InlineData("251,000 元", "251000", MoneyUnit.Yuan)]
    [InlineData("1835.25万元", "1835.25", MoneyUnit.TenThousandYuan)]
    [InlineData("１８３５．２５万元", "1835.25", MoneyUnit.TenThousandYuan)]
    [InlineData("0.50万元", "0.50", MoneyUnit.TenThousandYuan)]
    [InlineData("251000", "251000", null)]
    public void A_procurement_amount_keeps_its_printed_unit_and_is_never_converted(string printed, string amount, MoneyUnit? unit)
    {
        ReportImport import = Read(ReplaceCell(Markdown(Base()), ProcurementRow, 2, printed));

        ProcurementTotals procurement = import.Report.ProactiveDisclosure2019!.Procurement;
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), procurement.Amount);
        Assert.Equal(amount, procurement.Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(unit, procurement.AmountUnit);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("采购总金额（万元）", MoneyUnit.TenThousandYuan, true)]
    [InlineData("采购总金额（单位：万元）", MoneyUnit.TenThousandYuan, true)]
    [InlineData("采购总金额(元)", MoneyUnit.Yuan, true)]
    // Worded otherwise than the template's, its unit plain (thirtieth session): the header names no column of the
    // template, so the row's two values are read in the template's order, and said so.
    [InlineData("采购金额/元", MoneyUnit.Yuan, false)]
    [InlineData("采购总金额（人民币万元）", MoneyUnit.TenThousandYuan, false)]
    public void A_unit_printed_in_the_amount_s_header_is_the_unit_of_a_bare_amount(string header, MoneyUnit unit, bool named)
    {
        string text = Replace(Markdown(Base(unit: null)), "| 采购总金额 |", "| " + header + " |");

        ReportImport import = Read(text);

        Assert.Equal(unit, import.Report.ProactiveDisclosure2019!.Procurement.AmountUnit);
        Assert.Equal(251000m, import.Report.ProactiveDisclosure2019.Procurement.Amount);
        Assert.Equal(!named, import.Findings.Any(d => d.Code == Rules.TemplateColumnOrder.Code));
    }

    [Theory]
    [InlineData("采购总金额（美元）")]
    [InlineData("采购总金额（单位：百万元）")]
    public void A_bare_procurement_amount_under_a_header_in_another_unit_is_blank_without_a_unit_and_said(string header)
    {
        // Exploratory testing, issue 10's thirtieth session (second round): 美元 was kept as 元, 百万元 as 万元.
        string text = Replace(Markdown(Base(unit: null)), "| 采购总金额 |", "| " + header + " |");

        ReportImport import = Read(text);

        Assert.Equal(((decimal?)null, (MoneyUnit?)null), (import.Report.ProactiveDisclosure2019!.Procurement.Amount, import.Report.ProactiveDisclosure2019.Procurement.AmountUnit));
        Assert.Contains(import.Findings, d => d.Code == Rules.AmountUnitNotRead.Code && d.Path == Amount);
    }

    [Fact]
    public void A_unit_in_the_cell_that_differs_from_the_header_s_is_the_cell_s_and_said()
    {
        string text = Replace(Markdown(Base()), "| 采购总金额 |", "| 采购总金额（万元） |");

        ReportImport import = Read(text);

        Assert.Equal(MoneyUnit.Yuan, import.Report.ProactiveDisclosure2019!.Procurement.AmountUnit);
        Assert.Equal(251000m, import.Report.ProactiveDisclosure2019.Procurement.Amount);
        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.NumberWithUnit.Code, Amount), (finding.Code, finding.Path));
        Assert.EndsWith("it is read as 251000元.", finding.Message, StringComparison.Ordinal); // in 元, not a bare 251000 under 万元
        Assert.EndsWith("读取为251000元。", finding.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("251000块")]
    [InlineData("二十五万元")]
    [InlineData("-5元")]
    public void A_procurement_amount_that_is_not_a_number_is_blank_without_a_unit_and_said(string printed)
    {
        ReportImport import = Read(ReplaceCell(Markdown(Base()), ProcurementRow, 2, printed));

        Assert.Null(import.Report.ProactiveDisclosure2019!.Procurement.Amount);
        Assert.Null(import.Report.ProactiveDisclosure2019.Procurement.AmountUnit);
        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.CellNotNumber.Code, Amount), (finding.Code, finding.Path));
    }

    [Fact]
    public void A_procurement_amount_that_is_not_a_number_under_a_header_with_a_unit_is_blank_without_a_unit()
    {
        string text = Replace(Markdown(Base(unit: null)), "| 采购总金额 |", "| 采购总金额（万元） |");

        ReportImport import = Read(ReplaceCell(text, ProcurementRow, 2, "见附件"));

        Assert.Null(import.Report.ProactiveDisclosure2019!.Procurement.Amount);
        Assert.Null(import.Report.ProactiveDisclosure2019.Procurement.AmountUnit);
        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.CellNotNumber.Code, Amount), (finding.Code, finding.Path));
    }

    [Theory]
    [InlineData("-18", -18)]
    [InlineData("－18", -18)]
    [InlineData("−18", -18)]
    [InlineData("- 18", -18)]
    [InlineData("－１８", -18)]
    [InlineData("+18", 18)]
    [InlineData("18", 18)]
    [InlineData("0", 0)]
    public void A_change_with_a_leading_minus_sign_in_any_width_is_negative(string printed, int expected)
    {
        ReportImport import = Read(ReplaceCell(Markdown(Base()), LicensingRow, 2, printed));

        Assert.Equal(expected, import.Report.ProactiveDisclosure2019!.Licensing.Change);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("减少18")]
    [InlineData("增加3")]
    [InlineData("—18")]
    [InlineData("-1.5")]
    [InlineData("--18")]
    public void A_change_in_words_or_with_another_dash_is_blank_with_its_text(string printed)
    {
        ReportImport import = Read(ReplaceCell(Markdown(Base()), LicensingRow, 2, printed));

        Assert.Null(import.Report.ProactiveDisclosure2019!.Licensing.Change);
        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.CellNotNumber.Code, LicensingChange), (finding.Code, finding.Path));
    }

    [Fact]
    public void A_minus_sign_in_a_count_that_is_not_a_change_is_not_a_number()
    {
        ReportImport import = Read(ReplaceCell(Markdown(Base()), LicensingRow, 1, "-40"));

        Assert.Null(import.Report.ProactiveDisclosure2019!.Licensing.PreviousYearItems);
        Assert.Equal(Rules.CellNotNumber.Code, Assert.Single(import.Findings).Code);
    }

    [Fact]
    public void A_negative_change_is_printed_with_a_minus_sign()
    {
        Assert.Contains($"| {LicensingRow} | 40 | -18 | 7 |", Markdown(Base()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_2019_section_three_s_single_other_handling_row_is_read_into_its_own_row_without_a_finding()
    {
        AnnualReport report = Base();
        string markdown = Markdown(report);
        Assert.Contains("| 三、本年度办理结果 · （六）其他处理 | 2 |", markdown, StringComparison.Ordinal);

        ReportImport import = Read(markdown);

        Assert.Equal(2, import.Report.Applications2019!.Outcomes.OtherHandling.NaturalPerson);
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.OtherHandlingOneRow.Code);
    }

    /// <summary>The 2019 sample with its one （六）其他处理 row printed as the 2021 edition's three sub-rows, in Markdown.</summary>
    private static string WithSubRows(string markdown, string group = "三、本年度办理结果 · （六）其他处理 · ")
    {
        string[] lines = markdown.Split('\n');
        int row = Array.FindIndex(lines, l => l.StartsWith("| 三、本年度办理结果 · （六）其他处理 |", StringComparison.Ordinal));
        Assert.True(row > 0);
        lines[row] = string.Join('\n',
            $"| {group}{ReportFormat.Get(ApplicationRow.NoCorrection).LabelZh} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
            $"| {group}{ReportFormat.Get(ApplicationRow.FeeUnpaid).LabelZh} | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
            $"| {group}{ReportFormat.Get(ApplicationRow.OtherHandling).LabelZh} | 4 | 0 | 0 | 0 | 0 | 0 | 4 |");
        return string.Join('\n', lines);
    }

    [Theory]
    [InlineData("三、本年度办理结果 · （六）其他处理 · ")]
    [InlineData("（六）其他处理 · ")]
    [InlineData("")]
    public void A_2019_document_printing_other_handling_as_the_2021_sub_rows_reads_the_row_blank_and_says_so_once(string group)
    {
        ReportImport import = Read(WithSubRows(Markdown(Base()), group));

        Assert.Equal(ReportEdition.Edition2019, import.Report.Edition);
        ApplicantBreakdown otherHandling = import.Report.Applications2019!.Outcomes.OtherHandling;
        Assert.Equal([null, null, null, null, null, null, null], [otherHandling.NaturalPerson, otherHandling.CommercialEnterprise,
            otherHandling.ResearchInstitution, otherHandling.PublicInterestOrganization, otherHandling.LegalServiceProvider, otherHandling.OtherOrganization, otherHandling.Total]);
        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.OtherHandlingSubRows.Code, Severity.Warning, "/applications/outcomes/otherHandling"), (finding.Code, finding.Severity, finding.Path));
        Assert.Contains(ReportFormat.Get(ApplicationRow.NoCorrection).LabelZh, finding.Message, StringComparison.Ordinal);
        Assert.NotNull(finding.Location);
        Assert.Equal(finding.Location, import.LocationOf("/applications/outcomes/otherHandling/total"));

        // Every other cell is read as printed.
        AnnualReport expected = Base();
        Assert.Equal(expected with { Applications2019 = import.Report.Applications2019 }, import.Report);
        Assert.Equal(expected.Applications2019!.Outcomes with { OtherHandling = otherHandling }, import.Report.Applications2019.Outcomes);
    }

    [Fact]
    public void Rows_of_a_2019_document_under_the_2021_columns_are_blank_and_said_not_read_in_the_template_s_order()
    {
        AnnualReport expected = Base();
        string markdown = Replace(Markdown(expected), "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |");

        ReportImport import = Read(markdown);

        // 本年废止件数 is not 本年新公开数量, nor 现行有效件数 对外公开总数量: nothing of the block is read.
        Assert.Equal(ReportEdition.Edition2019, import.Report.Edition);
        PublicationCounts regulations = import.Report.ProactiveDisclosure2019!.Regulations, normative = import.Report.ProactiveDisclosure2019.NormativeDocuments;
        Assert.Equal([null, null, null, null, null, null], [regulations.Made, regulations.Published, regulations.PublishedTotal, normative.Made, normative.Published, normative.PublishedTotal]);
        Assert.Equal(["/proactiveDisclosure/regulations", "/proactiveDisclosure/normativeDocuments"], import.Findings.Select(d => d.Path));
        Assert.All(import.Findings, d => Assert.Equal((Rules.OtherEditionHeader.Code, Severity.Warning), (d.Code, d.Severity)));
        Assert.Contains("“本年制发件数”", import.Findings[0].Message, StringComparison.Ordinal);
        Assert.Equal(
            expected.ProactiveDisclosure2019! with { Regulations = regulations, NormativeDocuments = normative },
            import.Report.ProactiveDisclosure2019);
    }

    [Fact]
    public void A_2019_column_printed_with_the_2021_wording_of_the_same_cell_is_read_not_blanked()
    {
        // 本年处理决定数量 is 2021's wording of the 处理决定数量 both editions keep at one pointer: the columns line up.
        AnnualReport expected = Base();
        string markdown = Markdown(expected).Replace("| 本年增/减 | 处理决定数量 |", "| 本年增/减 | 本年处理决定数量 |", StringComparison.Ordinal);
        Assert.Contains("本年处理决定数量", markdown, StringComparison.Ordinal);

        ReportImport import = Read(markdown);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.OtherEditionHeader.Code);
        Assert.Equal(expected.ProactiveDisclosure2019, import.Report.ProactiveDisclosure2019);
    }

    [Fact]
    public void A_2019_document_printing_its_own_other_handling_row_and_the_2021_sub_rows_too_keeps_its_row_and_says_the_sub_rows_are_not_read()
    {
        string markdown = Markdown(Base());
        string own = markdown.Split('\n').First(l => l.StartsWith("| 三、本年度办理结果 · （六）其他处理 |", StringComparison.Ordinal));
        string withSubRows = WithSubRows(markdown);
        string both = withSubRows.Insert(withSubRows.IndexOf("| 三、本年度办理结果 · （六）其他处理 · ", StringComparison.Ordinal), own + "\n");

        ReportImport import = Read(both);

        Assert.Equal(Base().Applications2019!.Outcomes.OtherHandling, import.Report.Applications2019!.Outcomes.OtherHandling);
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.OtherHandlingSubRows.Code);

        // The sub-rows' numbers (1, 2 and 4 people) are not read: each said at its own line, not dropped without a word.
        string[] lines = both.Split('\n');
        Assert.Equal(
            new[] { ApplicationRow.NoCorrection, ApplicationRow.FeeUnpaid, ApplicationRow.OtherHandling }
                .Select(row => Array.FindIndex(lines, l => l.Contains(ReportFormat.Get(row).LabelZh, StringComparison.Ordinal)) + 1),
            import.Findings.Where(d => d.Code == Rules.RowNotRecognised.Code).Select(d => d.Location!.Line));
        Assert.All(import.Findings.Where(d => d.Code == Rules.RowNotRecognised.Code),
            d => Assert.Equal((Severity.Warning, "/applications"), (d.Severity, d.Path)));
    }

    [Theory]
    [InlineData("|  |  |  |  |  |  |  |")]
    [InlineData("| — | — | — | — | — | — | — |")]
    public void A_blank_other_handling_row_over_the_2021_sub_rows_heads_them_as_2021_s_group_label_does(string blank)
    {
        // The edition's own row printing nothing, right above 2021's sub-rows: the sub-rows are said once as 2021's
        // (GID519), not each as a row the template does not have.
        string withSubRows = WithSubRows(Markdown(Base()));
        string firstSubRow = withSubRows.Split('\n').First(l => l.Contains(ReportFormat.Get(ApplicationRow.NoCorrection).LabelZh, StringComparison.Ordinal));
        string both = withSubRows.Replace(firstSubRow, "| 三、本年度办理结果 · （六）其他处理 " + blank + "\n" + firstSubRow, StringComparison.Ordinal);

        ReportImport import = Read(both);

        ApplicantBreakdown otherHandling = import.Report.Applications2019!.Outcomes.OtherHandling;
        Assert.Equal([null, null, null, null, null, null, null], [otherHandling.NaturalPerson, otherHandling.CommercialEnterprise,
            otherHandling.ResearchInstitution, otherHandling.PublicInterestOrganization, otherHandling.LegalServiceProvider, otherHandling.OtherOrganization, otherHandling.Total]);
        Diagnostic subRows = Assert.Single(import.Findings, d => d.Code != Rules.DashAsBlank.Code);
        Assert.Equal((Rules.OtherHandlingSubRows.Code, "/applications/outcomes/otherHandling"), (subRows.Code, subRows.Path));
        Assert.Equal(Array.IndexOf(both.Split('\n'), firstSubRow) + 1, subRows.Location!.Line);
    }

    [Fact]
    public void An_other_handling_row_printing_numbers_that_cannot_be_placed_does_not_head_the_2021_sub_rows()
    {
        // Eight numbers for seven columns: the row is read as blank (GID505), but it printed them, so it is the
        // edition's own row and the sub-rows are rows the template does not have, not 2021's (no GID519).
        string withSubRows = WithSubRows(Markdown(Base()));
        string firstSubRow = withSubRows.Split('\n').First(l => l.Contains(ReportFormat.Get(ApplicationRow.NoCorrection).LabelZh, StringComparison.Ordinal));
        string both = withSubRows.Replace(firstSubRow, "| 三、本年度办理结果 · （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 9 |\n" + firstSubRow, StringComparison.Ordinal);

        ReportImport import = Read(both);

        Assert.Equal(
            [Rules.RowNotPlaced.Code, Rules.RowNotRecognised.Code, Rules.RowNotRecognised.Code, Rules.RowNotRecognised.Code],
            import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void Sub_rows_printed_again_after_a_blank_own_row_that_took_back_GID519_are_said_not_dropped()
    {
        // Sub-rows, then the edition's own row blank (GID519 taken back, GID521 at each), then the sub-rows again: the
        // blank row heads the second set, but GID519 had been said (and taken back) already, so nothing was said for it.
        string withSubRows = WithSubRows(Markdown(Base()));
        string[] subRows = [.. withSubRows.Split('\n').Where(l => l.StartsWith("| 三、本年度办理结果 · （六）其他处理 · ", StringComparison.Ordinal))];
        string again = string.Join('\n', subRows.Select(l => l.Replace("三、本年度办理结果 · （六）其他处理 · ", string.Empty, StringComparison.Ordinal)));
        string doc = withSubRows.Replace(subRows[^1], subRows[^1] + "\n| 三、本年度办理结果 · （六）其他处理 |  |  |  |  |  |  |  |\n" + again, StringComparison.Ordinal);

        ReportImport import = Read(doc);

        // Each of the six rows printing numbers that are not read is said: at its line (GID521), or once for the set (GID519).
        string[] lines = doc.Split('\n');
        int secondSet = Array.IndexOf(lines, again.Split('\n')[0]) + 1;
        Assert.Contains(import.Findings, d => d.Location?.Line >= secondSet
            && (d.Code == Rules.OtherHandlingSubRows.Code || d.Code == Rules.RowNotRecognised.Code));
    }

    [Theory]
    // The blank own row, the own row again with its numbers (GID512, the first is read), then the sub-rows: the row right
    // above the sub-rows prints numbers; GID519 said "the document does not print" the row it printed twice.
    [InlineData(true)]
    // The blank own row in its place, （七）总计 and 四、结转下年度继续办理 between it and the sub-rows.
    [InlineData(false)]
    public void A_blank_own_row_heads_the_sub_rows_only_right_above_them(bool repeatedBetween)
    {
        // Otherwise the sub-rows are rows the template does not have (GID521 each), as before the decision.
        string markdown = Markdown(Base());
        string own = markdown.Split('\n').First(l => l.StartsWith("| 三、本年度办理结果 · （六）其他处理 |", StringComparison.Ordinal));
        string carry = markdown.Split('\n').First(l => l.StartsWith("| 四、结转下年度继续办理 |", StringComparison.Ordinal));
        string blank = "| 三、本年度办理结果 · （六）其他处理 |  |  |  |  |  |  |  |";
        string subRows = WithSubRows("\n" + own, string.Empty)[1..];
        string doc = repeatedBetween
            ? markdown.Replace(own, blank + "\n" + own + "\n" + subRows, StringComparison.Ordinal)
            : markdown.Replace(own, blank, StringComparison.Ordinal).Replace(carry, carry + "\n" + subRows, StringComparison.Ordinal);

        ReportImport import = Read(doc);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.OtherHandlingSubRows.Code);
        Assert.Equal(3, import.Findings.Count(d => d.Code == Rules.RowNotRecognised.Code));
    }

    [Fact]
    public void A_2019_document_printing_the_2021_sub_rows_and_then_its_own_other_handling_row_reads_its_row()
    {
        // The sub-rows first: blank and GID519 at first, then the edition's own row is what the document prints for it
        // (it was taken for a repeat of a row read, GID512, and its numbers lost; found by review).
        string markdown = Markdown(Base());
        string own = markdown.Split('\n').First(l => l.StartsWith("| 三、本年度办理结果 · （六）其他处理 |", StringComparison.Ordinal));
        string withSubRows = WithSubRows(markdown);
        string lastSubRow = withSubRows.Split('\n').First(l => l.Contains(ReportFormat.Get(ApplicationRow.OtherHandling).LabelZh, StringComparison.Ordinal));
        string both = withSubRows.Replace(lastSubRow, lastSubRow + "\n" + own, StringComparison.Ordinal);

        ReportImport import = Read(both);

        Assert.Equal(Base().Applications2019!.Outcomes.OtherHandling, import.Report.Applications2019!.Outcomes.OtherHandling);
        Assert.Equal([Rules.RowNotRecognised.Code, Rules.RowNotRecognised.Code, Rules.RowNotRecognised.Code], import.Findings.Select(d => d.Code));
        string[] lines = both.Split('\n');
        Assert.Equal(Array.IndexOf(lines, own) + 1, import.LocationOf("/applications/outcomes/otherHandling")!.Line);
    }

    [Fact]
    public void A_3_qita_row_of_a_2019_document_is_not_taken_for_a_sub_row_unless_it_follows_one()
    {
        // 3.其他 alone, where the 2019 edition prints its one row: that is a variant of the row's label, not 2021's sub-rows.
        string markdown = Markdown(Base());
        string[] lines = markdown.Split('\n');
        int row = Array.FindIndex(lines, l => l.StartsWith("| 三、本年度办理结果 · （六）其他处理 |", StringComparison.Ordinal));
        lines[row] = lines[row].Replace("| 三、本年度办理结果 · （六）其他处理 |", "| 三、本年度办理结果 · （六）其他处理 · 3.其他 |", StringComparison.Ordinal);

        ReportImport import = Read(string.Join('\n', lines));

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.OtherHandlingSubRows.Code);
    }

    [Fact]
    public void A_2021_report_printing_other_handling_as_one_row_stays_of_the_2021_edition()
    {
        AnnualReport report2021 = Support.TestReports.ValidBuilder().WithTitle("测试县2022年政府信息公开工作年度报告").ForAgency("测试县").Build();
        string markdown = MarkdownReportWriter.ToMarkdown(report2021);
        string[] lines = markdown.Split('\n');
        int first = Array.FindIndex(lines, l => l.Contains(ReportFormat.Get(ApplicationRow.NoCorrection).LabelZh, StringComparison.Ordinal));
        lines[first] = "| 三、本年度办理结果 · （六）其他处理 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |";
        lines[first + 1] = lines[first + 2] = string.Empty;

        ReportImport import = Read(string.Join('\n', lines));

        Assert.Equal(ReportEdition.Edition2021, import.Report.Edition);
        Assert.Equal(3, import.Report.Applications.Outcomes.OtherHandling.Other.Total);
        Assert.Contains(import.Findings, d => d.Code == Rules.OtherHandlingOneRow.Code);
    }

    [Fact]
    public void A_2019_layout_under_the_year_2023_is_read_as_the_2019_edition()
    {
        AnnualReport report = Base(year: 2023);

        ReportImport import = Read(Markdown(report));

        Assert.Equal(2023, import.Report.Year);
        Assert.Equal(ReportEdition.Edition2019, import.Report.Edition);
        Assert.Equal(report, import.Report);
        Assert.NotNull(import.LocationOf(ReportFormat.Edition.JsonPointer));

        // Validated, GID205 says the edition does not fit the year, and points at the table that decided the edition.
        Diagnostic gid205 = Assert.Single(import.Validate().Diagnostics, d => d.Code == "GID205");
        Assert.Equal(ReportFormat.Edition.JsonPointer, gid205.Path);
        Assert.Equal(import.LocationOf(ReportFormat.Edition.JsonPointer), gid205.Location);
    }

    [Fact]
    public void The_labels_that_mark_the_2019_edition_are_its_section_two_columns_the_2021_layout_does_not_print()
    {
        Assert.Equal(
            ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "采购项目数量", "采购总金额"],
            LayoutRecognition.Edition2019Markers.Value);
    }

    [Fact]
    public void A_2019_report_printing_sections_two_to_four_as_one_table_reads_as_printed()
    {
        // Headings in rows spanning one table, as in the 2021 layout: 二's 2019 header is no header of 三's rows.
        AnnualReport report = Base();
        (List<DocumentBlock> blocks, int[] headingRows) = TextPrinter.OneTable(TextDocumentReader.Read(Markdown(report), "report.md").Blocks);

        ReportImport import = LayoutReader.Read(new SourceDocument("one.docx", blocks));

        ReportImport asPrinted = Read(Markdown(report));
        Assert.Equal(asPrinted.Findings.Select(d => (d.Code, d.Path)), import.Findings.Select(d => (d.Code, d.Path)));
        Assert.Equal(ReportEdition.Edition2019, import.Report.Edition);
        Assert.Equal(asPrinted.Report, import.Report);
        Assert.Equal(headingRows[2], import.LocationOf(ReportFormat.ReviewAndLitigation.JsonPointer)?.Row);
    }

    [Fact]
    public void Every_cell_of_a_2019_report_knows_the_line_it_came_from()
    {
        ReportImport import = Read(Markdown(Base()));

        foreach (PrintedCell cell in PrintedLayout.Tables(ReportEdition.Edition2019).SelectMany(t => t.Cells).Where(c => c.Kind == PrintedCellKind.Value))
        {
            string pointer = PrintedLayout.CellPointer(ReportEdition.Edition2019, cell.CellIndex);
            Assert.True(import.Locations.TryGetValue(pointer, out SourceLocation? location), pointer);
            Assert.True(location!.Line > 0, pointer);
        }
    }

    [Fact]
    public void A_document_printing_the_2021_label_of_a_row_of_section_two_in_the_2019_layout_is_read()
    {
        string text = Replace(Markdown(Base()), "| 规范性文件 |", "| 行政规范性文件 |");

        ReportImport import = Read(text);

        Assert.Equal(Base(), import.Report);
    }

    [Fact]
    public void Sub_rows_printing_nothing_before_a_2019_own_row_say_nothing()
    {
        // 2021's sub-rows printed blank, then the edition's own row: GID519 is taken back, and the sub-rows, which
        // print no number, are no rows of numbers to say.
        AnnualReport report = Base();
        string markdown = Markdown(report);
        string own = markdown.Split('\n').First(l => l.StartsWith("| 三、本年度办理结果 · （六）其他处理 |", StringComparison.Ordinal));
        string blankSubRows = string.Join('\n', new[] { ApplicationRow.NoCorrection, ApplicationRow.FeeUnpaid, ApplicationRow.OtherHandling }
            .Select(r => $"| 三、本年度办理结果 · （六）其他处理 · {ReportFormat.Get(r).LabelZh} | — | — | — | — | — | — | — |"));
        markdown = markdown.Replace(own, blankSubRows + "\n" + own, StringComparison.Ordinal);

        ReportImport import = Read(markdown);

        Assert.Equal(report.Applications2019, import.Report.Applications2019);
        Assert.DoesNotContain(import.Findings, d => d.Code is "GID519" or "GID521");
    }

    [Fact]
    public void An_empty_row_between_a_blank_2019_own_row_and_the_sub_rows_does_not_keep_it_from_heading_them()
    {
        AnnualReport report = Base();
        string markdown = Markdown(report);
        string own = markdown.Split('\n').First(l => l.StartsWith("| 三、本年度办理结果 · （六）其他处理 |", StringComparison.Ordinal));
        string subRows = string.Join('\n', new[] { ApplicationRow.NoCorrection, ApplicationRow.FeeUnpaid, ApplicationRow.OtherHandling }
            .Select(r => $"| 三、本年度办理结果 · （六）其他处理 · {ReportFormat.Get(r).LabelZh} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"));
        markdown = markdown.Replace(own, "| 三、本年度办理结果 · （六）其他处理 |  |  |  |  |  |  |  |\n|  |  |  |  |  |  |  |  |\n" + subRows, StringComparison.Ordinal);

        ReportImport import = Read(markdown);

        Assert.Equal([Rules.OtherHandlingSubRows.Code], import.Findings.Select(d => d.Code));
    }
}
