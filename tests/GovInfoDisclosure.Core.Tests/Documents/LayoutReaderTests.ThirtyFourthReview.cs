using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>The thirty-fourth session's review: each test failed on the session's code before its fix.</summary>
public partial class LayoutReaderTests
{
    private static string FindingsSaid(ReportImport import) =>
        string.Join("\n", import.Findings.Select(d => $"{d.Code} {d.Path} {d.Location} {d.Message}"));

    /// <summary>The tab text with 2.重复申请's line and 3.要求提供公开出版物's run together (the line break a tab).</summary>
    private static string DuplicateAndPublicationTogether(string text, Func<string, string>? first = null)
    {
        string a = text.Split('\n').Single(l => l.Split('\t').Contains(Row(ApplicationRow.Duplicate)));
        string b = text.Split('\n').Single(l => l.Split('\t').Contains(Row(ApplicationRow.Publication)));
        return Replace(text, a + "\n" + b, (first ?? (s => s))(a) + "\t" + b.TrimStart('\t'));
    }

    [Theory]
    [InlineData("—")]
    [InlineData("/")]
    public void A_run_together_row_ending_in_a_dash_keeps_its_values(string dash)
    {
        // The first row's total printed as a dash (a blank, GID509), as many reports print blanks. RowsApart starts the
        // second row at "the first text after the first's last number": the dash. The first row is left 6 values for 7
        // columns (GID505) and read as blank: its six printed numbers are dropped.
        string text = Text();
        string Dashed(string line) => line[..line.LastIndexOf('\t')] + "\t" + dash;
        string a = text.Split('\n').Single(l => l.Split('\t').Contains(Row(ApplicationRow.Duplicate)));
        string apart = Replace(text, a, Dashed(a));

        ReportImport expected = Read(apart);
        ReportImport import = Read(DuplicateAndPublicationTogether(text, Dashed));

        Assert.True(expected.Report == import.Report, FindingsSaid(import));
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.RowNotPlaced.Code);
        // The row before is named by its label, not by the dash it ends with.
        Diagnostic said = Assert.Single(import.Findings, d => d.Code == Rules.RowsRunTogether.Code);
        Assert.Contains($"“{Row(ApplicationRow.Duplicate)}”", said.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.属于国家秘密")]
    [InlineData("1.本机关不掌握相关政府信息")]
    [InlineData("1.信访举报投诉类申请")]
    public void A_sub_row_s_numbering_in_a_cell_of_its_own_is_no_second_row(string label)
    {
        // Word's list numbering extracted as "1." and a tab: （三）不予公开→1.→属于国家秘密→0… is one row. Before edca72f read
        // without a finding; now SecondRowAt takes "1." for the group row's number and the bare label after it for a
        // second row: GID527 says “属于国家秘密” is printed on one line with the row “（三）不予公开”, which is false.
        string text = Text();
        string numbered = Replace(text, "\t" + label + "\t", "\t" + label[..2] + "\t" + label[2..] + "\t");

        ReportImport import = Read(numbered);

        Assert.Equal(Read(text).Report, import.Report);
        Assert.True(!import.Findings.Any(), FindingsSaid(import));
    }

    [Fact]
    public void The_split_row_s_finding_is_at_the_printed_row_and_column()
    {
        // GID527 is "said at the second's label": printed in the text's table at the row holding both labels, the label's
        // own column. It says the next row (row + 1) and column 1.
        string together = DuplicateAndPublicationTogether(Text());
        string[] lines = together.Split('\n');
        int header = Array.FindIndex(lines, l => l.StartsWith("（本列数据", StringComparison.Ordinal));
        int at = Array.FindIndex(lines, l => l.Split('\t').Contains(Row(ApplicationRow.Publication)));
        int column = Array.IndexOf(lines[at].Split('\t'), Row(ApplicationRow.Publication));

        ReportImport import = Read(together);

        Diagnostic said = Assert.Single(import.Findings, d => d.Code == Rules.RowsRunTogether.Code);
        Assert.Equal((at - header + 1, column + 1), (said.Location?.Row, said.Location?.Cell));
    }

    [Fact]
    public void Findings_below_a_split_row_keep_their_printed_row()
    {
        // Regression: a finding on a row below a run-together row (here a cell not a number, GID504) said the row it is
        // printed in before edca72f; the split shifts every later row of the table by one.
        string together = DuplicateAndPublicationTogether(Text());
        string bad = together.Split('\n').Single(l => l.Split('\t').Contains(Row(ApplicationRow.Excessive)));
        string broken = Replace(together, bad, bad.Replace("\t0\t0\t0\t0\t0\t0\t0", "\tx\t0\t0\t0\t0\t0\t0", StringComparison.Ordinal));
        string[] lines = broken.Split('\n');
        int header = Array.FindIndex(lines, l => l.StartsWith("（本列数据", StringComparison.Ordinal));
        int at = Array.FindIndex(lines, l => l.Split('\t').Contains(Row(ApplicationRow.Excessive)));

        ReportImport import = Read(broken);

        Diagnostic said = Assert.Single(import.Findings, d => d.Code == Rules.CellNotNumber.Code);
        Assert.True(at - header + 1 == said.Location?.Row, FindingsSaid(import));
    }

    [Fact]
    public void Findings_in_the_second_part_of_a_wrapped_join_keep_their_table_and_row()
    {
        // Regression: a finding in the part of a table below a wrapped label's start (a paragraph) said that part's table
        // and row before edca72f; now it says the first part's table and a row of the joined grid, a place the document
        // does not have (for a Word document, table/row/column is the only place given).
        string broken = ReplaceRow(WrappedOntoParagraph(Text(), ApplicationRow.FeeUnpaid, '其'), Row(ApplicationRow.OtherHandling), "x", "0", "0", "0", "0", "0", "0");
        SourceDocument document = TextDocumentReader.Read(broken, "report.txt");
        DocumentTable second = document.Blocks.OfType<DocumentTable>().ToList()[2];
        int row = second.Rows.ToList().FindIndex(r => r.Any(c => c.Text == Row(ApplicationRow.OtherHandling)));

        ReportImport import = LayoutReader.Read(document);

        Diagnostic said = Assert.Single(import.Findings, d => d.Code == Rules.CellNotNumber.Code);
        Assert.True((second.Number, row + 1) == (said.Location?.Table, said.Location?.Row), FindingsSaid(import));
    }

    [Fact]
    public void Joining_two_parts_beyond_the_grid_limit_does_not_throw_InvalidDataException()
    {
        // Two tables each within DocumentTable.MaxGridSlots (wide spacer rows, colspan 1000, as a hostile page prints),
        // a wrapped label's start between them: WrappedLabelsJoined builds one DocumentTable beyond the limit and its
        // InvalidDataException escapes LayoutReader.Read, whose only documented exception is DocumentReadException.
        // Before edca72f the document was read.
        SourceDocument document = TextDocumentReader.Read(WrappedOntoParagraph(Text(), ApplicationRow.FeeUnpaid, '其'), "report.txt");
        var tables = document.Blocks.OfType<DocumentTable>().ToList();
        (DocumentTable first, DocumentTable second) = (tables[1], tables[2]);
        var spacer = Enumerable.Range(0, 600).Select(_ => (IEnumerable<DocumentCell>)[new DocumentCell(string.Empty, first.Location, 1, 1000)]).ToList();
        var a = new DocumentTable(spacer.Concat(first.Rows.Select(r => (IEnumerable<DocumentCell>)r)), first.Location, first.Number);
        var b = new DocumentTable(second.Rows.Select(r => (IEnumerable<DocumentCell>)r).Concat(spacer), second.Location, second.Number);
        var blocks = document.Blocks.Select(x => x == first ? a : x == second ? b : x).ToList();

        Exception? e = Record.Exception(() => LayoutReader.Read(new SourceDocument("report.html", blocks)));

        Assert.True(e is null or DocumentReadException, e?.ToString());
    }
}

