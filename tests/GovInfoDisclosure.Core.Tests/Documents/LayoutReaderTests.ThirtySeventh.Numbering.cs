using System.Globalization;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    /// <summary>The table with a row numbering its columns <paramref name="first"/>, <paramref name="first"/> + 1 … inserted above its last row.</summary>
    private static DocumentTable WithColumnNumbers(DocumentTable table, SourceLocation at, int first)
    {
        List<IEnumerable<DocumentCell>> rows = [.. table.Rows.Select(r => (IEnumerable<DocumentCell>)r)];
        rows.Insert(rows.Count - 1, Enumerable.Range(first, table.ColumnCount).Select(n => new DocumentCell(n.ToString(CultureInfo.InvariantCulture), at)));
        return new DocumentTable(rows, table.Location, table.Number);
    }

    /// <summary>The table without its last row (a data row not printed).</summary>
    private static DocumentTable WithoutLastRow(DocumentTable table) =>
        new(table.Rows.SkipLast(1).Select(r => (IEnumerable<DocumentCell>)r), table.Location, table.Number);

    /// <summary>The table with its last row's cells empty, one under each column (a data row printed blank).</summary>
    private static DocumentTable WithLastRowEmpty(DocumentTable table, SourceLocation at)
    {
        List<IEnumerable<DocumentCell>> rows = [.. table.Rows.Select(r => (IEnumerable<DocumentCell>)r)];
        rows[^1] = Enumerable.Range(0, table.ColumnCount).Select(_ => new DocumentCell(string.Empty, at));
        return new DocumentTable(rows, table.Location, table.Number);
    }

    [Theory]
    [InlineData(false, 0, false)]
    [InlineData(false, 1, false)]
    [InlineData(false, 2, false)] // both
    [InlineData(false, 2, true)] // both, the second's numbers running on from the first's: 1 … 5, then 6 … 15
    [InlineData(true, 0, false)]
    [InlineData(true, 1, false)]
    [InlineData(true, 2, true)] // 行政诉讼 first: 1 … 10, then 11 … 15
    public void Section_si_as_two_tables_numbering_their_columns_is_read_saying_only_that_they_were_joined(bool litigationFirst, int numbered, bool runOn)
    {
        // Noticed by a mutation helper in issue 10's thirty-sixth session: 四 printed as two tables (a page too narrow for
        // fifteen columns), a row numbering the columns under one part's header only. Joined at their data rows, the
        // numbers stood beside the other part's header: a row of numbers the template does not have (GID521), though
        // every value was read. A row numbering a part's columns says nothing, as in one table.
        AnnualReport report = DistinctCases();
        var document = new SourceDocument("split.html", [.. CaseTablesChanged(litigationFirst, (p, t, at) =>
            numbered == 2 || p == numbered ? WithColumnNumbers(t, at, p == 1 && runOn ? 1 + (litigationFirst ? 10 : 5) : 1) : t)]);

        ReportImport import = LayoutReader.Read(document);

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void A_row_of_numbers_under_a_part_of_section_si_s_data_is_still_said()
    {
        // Column numbers sit above the data (left out); 1 … 10 under 行政诉讼's data row are a row the template does not have.
        AnnualReport report = DistinctCases();
        var document = new SourceDocument("split.html", [.. CaseTablesChanged(false, (p, t, at) =>
        {
            if (p == 0)
            {
                return t;
            }

            List<IEnumerable<DocumentCell>> rows = [.. WithColumnNumbers(t, at, 1).Rows.Select(r => (IEnumerable<DocumentCell>)r)];
            rows.Add(Enumerable.Range(1, t.ColumnCount).Select(n => new DocumentCell(n.ToString(CultureInfo.InvariantCulture), at)));
            return new DocumentTable(rows, t.Location, t.Number);
        })]);

        ReportImport import = LayoutReader.Read(document);

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.RowNotRecognised.Code, Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code).Order());
    }

    [Fact]
    public void Section_si_s_part_numbering_its_columns_beside_a_corner_cell_spanning_the_header_is_read()
    {
        // 行政复议's part with a corner cell (项目) spanning its header rows and the row numbering its columns, its data row
        // labelled 件数: the numbering row cannot be left out without moving the corner cell's span onto the data row.
        AnnualReport report = DistinctCases();
        var document = new SourceDocument("split.html", [.. CaseTablesChanged(false, (p, t, at) =>
        {
            DocumentTable numbered = WithColumnNumbers(t, at, 1);
            if (p == 1)
            {
                return numbered;
            }

            List<IEnumerable<DocumentCell>> rows = [.. numbered.Rows.Select(r => (IEnumerable<DocumentCell>)r)];
            rows[0] = [new DocumentCell("项目", at, rowSpan: 3), .. numbered.Rows[0]];
            rows[^1] = [new DocumentCell("件数", at), .. numbered.Rows[^1]];
            return new DocumentTable(rows, t.Location, t.Number);
        })]);

        ReportImport import = LayoutReader.Read(document);

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // and a row numbering the columns between them
    public void An_empty_row_between_section_si_s_header_and_its_numbers_is_not_its_data_row(bool numbered)
    {
        // Found with the change above: an empty row under 四's header (a spacer, or a numbering row printed empty) was
        // taken for the data row printed blank, and the numbers under it were "none of the template's rows" (GID521):
        // all fifteen cells blank.
        AnnualReport report = DistinctCases();
        SourceDocument document = WithCaseTables(report, at =>
        {
            List<DocumentBlock> blocks = [.. TextPrinter.Merged(report).Blocks];
            int heading = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == ReportFormat.ReviewAndLitigation.LabelZh);
            var table = (DocumentTable)blocks[blocks.FindIndex(heading, b => b is DocumentTable)];
            if (numbered)
            {
                table = WithColumnNumbers(table, at, 1);
            }

            List<IEnumerable<DocumentCell>> rows = [.. table.Rows.Select(r => (IEnumerable<DocumentCell>)r)];
            rows.Insert(rows.Count - (numbered ? 2 : 1), Enumerable.Range(0, table.ColumnCount).Select(_ => new DocumentCell(string.Empty, at)));
            return [new DocumentTable(rows, table.Location, table.Number)];
        });

        ReportImport import = LayoutReader.Read(document);

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void Section_si_s_data_row_printed_empty_is_still_read_blank()
    {
        // The data row of fifteen empty cells is 四's row printed blank (nothing under it prints numbers).
        AnnualReport report = DistinctCases();
        SourceDocument document = WithCaseTables(report, at =>
        {
            List<DocumentBlock> blocks = [.. TextPrinter.Merged(report).Blocks];
            int heading = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == ReportFormat.ReviewAndLitigation.LabelZh);
            return [WithLastRowEmpty((DocumentTable)blocks[blocks.FindIndex(heading, b => b is DocumentTable)], at)];
        });

        ReportImport import = LayoutReader.Read(document);

        Assert.True(import.Report.ReviewAndLitigation.Review.HasBlank);
        Assert.Null(import.Report.ReviewAndLitigation.LitigationAfterReview.Total);
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.RowNotRecognised.Code || d.Severity == Severity.Error);
    }

    [Fact]
    public void A_part_of_section_si_printing_one_to_five_and_no_other_row_beside_a_part_numbering_nothing_is_read_as_printed()
    {
        // As in one table (a row of 1 to 15 with nothing under it is the cases), 1 … 5 alone under 行政复议's header,
        // beside a 行政诉讼 part that numbers no column, are its values: nothing tells them apart from column numbers. Only
        // where the other part numbers its columns too is such a row column numbers, and the data row not printed (above).
        AnnualReport report = DistinctCases();
        var document = new SourceDocument("split.html", [.. CaseTablesChanged(false, (p, t, at) => p == 0
            ? WithoutLastRow(WithColumnNumbers(t, at, 1))
            : t)]);

        ReportImport import = LayoutReader.Read(document);

        CaseOutcomes review = import.Report.ReviewAndLitigation.Review;
        Assert.Equal(new int?[] { 1, 2, 3, 4, 5 }, new[] { review.Upheld, review.Corrected, review.Other, review.Pending, review.Total });
        Assert.Equal(report.ReviewAndLitigation.LitigationAfterReview, import.Report.ReviewAndLitigation.LitigationAfterReview);
    }
}
