using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Edition2019;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Model;

/// <summary>What the model itself refuses and reports, whoever builds it (the builder, the JSON reader or an initializer).</summary>
public class ModelInvariantsTests
{
    public static TheoryData<string, Func<object>> NegativeCells => new()
    {
        { "Issued", () => new DocumentCounts { Issued = -1 } },
        { "Abolished", () => new DocumentCounts { Abolished = -1 } },
        { "InForce", () => new DocumentCounts { InForce = -1 } },
        { "Decisions", () => new DecisionCount { Decisions = -1 } },
        { "Amount", () => new FeeAmount { Amount = -0.01m } },
        { "Made", () => new PublicationCounts { Made = -1 } },
        { "Published", () => new PublicationCounts { Published = -1 } },
        { "PublishedTotal", () => new PublicationCounts { PublishedTotal = -1 } },
        { "PreviousYearItems", () => new ItemCounts { PreviousYearItems = -1 } },
        { "Decisions", () => new ItemCounts { Decisions = -1 } },
        { "PreviousYearItems", () => new FeeItems { PreviousYearItems = -1 } },
        { "Projects", () => new ProcurementTotals { Projects = -1 } },
        { "Amount", () => new ProcurementTotals { Amount = -1m } },
        { "InformationProcessingFeeYuan", () => TestReports.Valid() with { InformationProcessingFeeYuan = -0.5m } },
    };

    [Theory]
    [MemberData(nameof(NegativeCells))]
    public void A_negative_count_or_amount_of_any_section_is_refused_naming_the_cell(string cell, Func<object> build)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(build);

        Assert.Equal(cell, ex.ParamName);
        Assert.Contains("cannot be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_is_a_count_and_the_2019_editions_changes_are_signed()
    {
        Assert.Equal(0, new DocumentCounts { Issued = 0 }.Issued);
        Assert.Equal(0m, new FeeAmount { Amount = 0m }.Amount);
        Assert.Equal(-18, new ItemCounts { Change = -18 }.Change);
        Assert.Equal(-3, new FeeItems { Change = -3 }.Change);
    }

    [Fact]
    public void Section_twos_blank_is_seen_in_each_of_its_cells_alone_in_either_edition()
    {
        foreach (AnnualReport full in new[] { TestReports.Valid(), Edition2019Fixtures.Valid() })
        {
            Assert.False(HasBlankInSectionTwo(full));
            TableCells cells = ReportFormat.Of(full.Edition).Cells;
            for (int cell = TableCells.DisclosureStart; cell < cells.ApplicationStart; cell++)
            {
                decimal?[] values = PrintedLayout.CellValues(full);
                values[cell] = null;
                AnnualReport blank = cells.Build(values, full.Year, full.Agency, null, null, null, full.ProactiveDisclosure2019?.Procurement.AmountUnit);

                Assert.True(HasBlankInSectionTwo(blank), cells.Pointers[cell]);
            }
        }

        static bool HasBlankInSectionTwo(AnnualReport report) =>
            report.ProactiveDisclosure2019?.HasBlank ?? report.ProactiveDisclosure.HasBlank;
    }

    [Fact]
    public void A_report_holding_one_section_of_the_other_edition_is_refused_whatever_the_order_of_its_initializer()
    {
        AnnualReport current = TestReports.Valid();
        AnnualReport old = Edition2019Fixtures.Valid();

        // The 2019 section set before the edition: the edition refuses it.
        ArgumentException disclosureFirst = Assert.Throws<ArgumentException>(() => new AnnualReport
        {
            ProactiveDisclosure2019 = old.ProactiveDisclosure2019,
            Edition = ReportEdition.Edition2021,
            Year = current.Year,
            Agency = current.Agency,
            ProactiveDisclosure = current.ProactiveDisclosure,
            Applications = current.Applications,
            ReviewAndLitigation = current.ReviewAndLitigation,
        });
        ArgumentException applicationsFirst = Assert.Throws<ArgumentException>(() => new AnnualReport
        {
            Applications2019 = old.Applications2019,
            Edition = ReportEdition.Edition2021,
            Year = current.Year,
            Agency = current.Agency,
            ProactiveDisclosure = current.ProactiveDisclosure,
            Applications = current.Applications,
            ReviewAndLitigation = current.ReviewAndLitigation,
        });

        // After the edition: the section refuses itself.
        ArgumentException disclosureAfter = Assert.Throws<ArgumentException>(() => current with { ProactiveDisclosure2019 = old.ProactiveDisclosure2019 });

        Assert.Equal("Edition", disclosureFirst.ParamName);
        Assert.Equal("Edition", applicationsFirst.ParamName);
        Assert.Equal("ProactiveDisclosure2019", disclosureAfter.ParamName);
    }

    [Fact]
    public void A_row_outside_section_three_is_refused_by_the_row_finder()
    {
        AnnualReport report = TestReports.Valid();

        Assert.NotNull(report.FindApplicationRow((ApplicationRow)(ReportFormat.ApplicationRowCount - 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => report.FindApplicationRow((ApplicationRow)ReportFormat.ApplicationRowCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => report.FindApplicationRow((ApplicationRow)(-1)));
    }

    [Fact]
    public void A_row_or_block_made_from_the_wrong_number_of_cells_is_refused()
    {
        ArgumentException row = Assert.Throws<ArgumentException>(() => ApplicantBreakdown.FromCells(new int?[6]));
        ArgumentException block = Assert.Throws<ArgumentException>(() => CaseOutcomes.FromCells(new int?[6]));

        Assert.Equal("cells", row.ParamName);
        Assert.Contains("7 cells, not 6", row.Message, StringComparison.Ordinal);
        Assert.Equal("cells", block.ParamName);
        Assert.Contains("5 cells, not 6", block.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reports_text_shows_the_sections_of_its_own_edition()
    {
        string current = TestReports.Valid().ToString();
        string old = Edition2019Fixtures.Valid().ToString();

        Assert.StartsWith("AnnualReport { Edition = Edition2021, Year = 2022, ", current, StringComparison.Ordinal);
        Assert.Contains(", ProactiveDisclosure = ProactiveDisclosure { ", current, StringComparison.Ordinal);
        Assert.Contains(", Applications = Applications { ", current, StringComparison.Ordinal);
        Assert.EndsWith(" }", current, StringComparison.Ordinal);
        Assert.Contains(", ProactiveDisclosure = ProactiveDisclosure2019 { ", old, StringComparison.Ordinal);
        Assert.Contains(", Applications = Applications2019 { ", old, StringComparison.Ordinal);
    }

    [Fact]
    public void A_narrative_indexed_from_the_end_counts_paragraphs_not_characters()
    {
        // Found writing a test (issue 10's twenty-ninth session): narrative[^1] counted from Length, the characters, and
        // threw IndexOutOfRangeException for any narrative longer than its paragraphs.
        var narrative = new Narrative([new Paragraph { Text = "第一段。" }, new Paragraph { Text = "第二段。" }]);

        Assert.Equal("第二段。", narrative[^1].Text);
        Assert.Equal("第一段。", narrative[^2].Text);
        Assert.Equal(narrative[0], narrative[new Index(0)]);
        Assert.Throws<IndexOutOfRangeException>(() => narrative[^3]);
    }

    [Fact]
    public void Narratives_that_differ_are_unequal_hash_apart_and_print_their_headings()
    {
        var a = new Narrative([new Paragraph { Heading = "（一）概述", Text = "甲" }, new Paragraph { Text = "乙" }]);
        var b = new Narrative([new Paragraph { Heading = "（一）概述", Text = "甲" }, new Paragraph { Text = "丙" }]);

        Assert.True(a != b);
        Assert.False(a != new Narrative([.. a.Paragraphs]));
        Assert.NotEqual(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("（一）概述\n甲\n乙", a.ToString());
    }
}
