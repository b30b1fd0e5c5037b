using System.Globalization;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>The thirty-fourth session's second review, of its first review's fixes: each test failed before its fix.</summary>
public partial class LayoutReaderTests
{
    [Fact]
    public void A_header_variant_in_the_second_case_table_is_said_at_its_printed_table_row_and_column()
    {
        // Section 四 as two tables (行政复议's, number 20, then 行政诉讼's, number 21), 复议后起诉's 结果维持 printed one
        // character off (结果维护): the label variant (GID510) is said at `cell.Location with { Table = table.Number }`
        // (LayoutRecognition.Tables.cs, the header match), which since 1a98933 keeps the printed row and column of table
        // 21 but overwrites its table with the joined table's number 20: "table 20, row 3, column 6", a cell table 20
        // (five columns) does not have. The cell is printed in table 21, row 3, column 6.
        AnnualReport report = DistinctCases();
        SourceDocument document = WithCaseTables(report, at =>
        {
            string[] leaves = [.. ReportFormat.CaseColumns.Select(c => c.LabelZh)];
            DocumentCell C(string text, int columns = 1) => new(text, at, 1, columns);
            IEnumerable<DocumentCell> Values(CaseOutcomes o) =>
                new[] { o.Upheld, o.Corrected, o.Other, o.Pending, o.Total }.Select(v => C(v?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
            ReviewAndLitigation cases = report.ReviewAndLitigation;
            string[] second = [.. leaves];
            second[0] = second[0].Replace("维持", "维护", StringComparison.Ordinal);
            var review = new DocumentTable([[C("行政复议", 5)], leaves.Select(l => C(l)), Values(cases.Review)], at, 20);
            var litigation = new DocumentTable(
                [[C("行政诉讼", 10)], [C("未经复议直接起诉", 5), C("复议后起诉", 5)], leaves.Concat(second).Select(l => C(l)),
                    Values(cases.LitigationWithoutReview).Concat(Values(cases.LitigationAfterReview))], at, 21);
            return [review, litigation];
        });

        ReportImport import = LayoutReader.Read(document);

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Diagnostic said = Assert.Single(import.Findings, d => d.Code == Rules.LabelVariant.Code);
        Assert.True((21, 3, 6) == (said.Location?.Table, said.Location?.Row, said.Location?.Cell), FindingsSaid(import));
    }

    [Fact]
    public void Joining_two_parts_whose_first_ends_in_a_tall_cell_does_not_throw_InvalidDataException()
    {
        // WrappedLabelsJoined's new bound, (rows) × (the wider part's columns) ≤ MaxGridSlots, is not the joined grid's:
        // a cell's rowspan, clamped to its own part's last row, reaches on in the joined table over the paragraph's row and
        // every row of the second part, whose cells move right of it. Both parts and the estimate are within the bound;
        // the joined DocumentTable is not, and its InvalidDataException escapes LayoutReader.Read.
        SourceDocument document = TextDocumentReader.Read(WrappedOntoParagraph(Text(), ApplicationRow.FeeUnpaid, '其'), "report.txt");
        var tables = document.Blocks.OfType<DocumentTable>().ToList();
        (DocumentTable first, DocumentTable second) = (tables[1], tables[2]);
        IEnumerable<DocumentCell> Spacer() => [new DocumentCell(string.Empty, first.Location, 1, 1000)];
        var a = new DocumentTable(
            first.Rows.Select(r => (IEnumerable<DocumentCell>)r).Append([new DocumentCell(string.Empty, first.Location, 1000, 1000)]),
            first.Location, first.Number);
        int spacers = 1000 - (a.RowCount + 1 + second.RowCount);
        var b = new DocumentTable(second.Rows.Select(r => (IEnumerable<DocumentCell>)r).Concat(Enumerable.Range(0, spacers).Select(_ => Spacer())),
            second.Location, second.Number);
        Assert.True((long)(a.RowCount + 1 + b.RowCount) * Math.Max(a.ColumnCount, b.ColumnCount) <= DocumentTable.MaxGridSlots);
        var blocks = document.Blocks.Select(x => x == first ? a : x == second ? b : x).ToList();

        Exception? e = Record.Exception(() => LayoutReader.Read(new SourceDocument("report.html", blocks)));

        Assert.True(e is null or DocumentReadException, e?.ToString());
    }

    [Fact]
    public void Joining_case_tables_beyond_the_grid_limit_does_not_throw_InvalidDataException()
    {
        // CaseTablesJoined (SideBySide) has no bound: 行政复议's table within DocumentTable.MaxGridSlots (a wide empty row,
        // as a hostile page prints: 999 cells of colspan 1000), 行政诉讼's beside it; the joined grid is beyond the limit
        // and the DocumentTable's InvalidDataException escapes LayoutReader.Read (documented: DocumentReadException only).
        AnnualReport report = DistinctCases();
        SourceDocument document = WithCaseTables(report, at =>
        {
            DocumentBlock[] apart = CaseTablesApart(at, report, litigationFirst: false, blankBetween: false);
            var review = (DocumentTable)apart[0];
            var wide = new DocumentTable(
                review.Rows.Select(r => (IEnumerable<DocumentCell>)r).Append(Enumerable.Range(0, 999).Select(_ => new DocumentCell(string.Empty, at, 1, 1000))),
                review.Location, review.Number);
            return [wide, apart[1]];
        });

        Exception? e = Record.Exception(() => LayoutReader.Read(document));

        Assert.True(e is null or DocumentReadException, e?.ToString());
    }
}
