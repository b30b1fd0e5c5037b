using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>
/// Tracked changes left in a published document: it reads as with its revisions accepted, rows and paragraph marks
/// included (a deleted row is gone; a paragraph whose mark is deleted or moved away runs into the next).
/// </summary>
public partial class DocxDocumentReaderTests
{
    private static Paragraph MarkRemoved(Paragraph p, bool moved = false)
    {
        OpenXmlElement revision = moved ? new MoveFrom { Id = "7", Author = "x" } : new Deleted { Id = "7", Author = "x" };
        (p.ParagraphProperties ?? p.PrependChild(new ParagraphProperties()))
            .Append(new ParagraphMarkRunProperties(revision));
        return p;
    }

    /// <summary>The paragraph as Word saves one deleted whole with tracking on: its text deleted and its mark too.</summary>
    private static Paragraph DeletedWhole(Paragraph p)
    {
        foreach (Run run in p.Elements<Run>().ToList())
        {
            run.Remove();
            p.Append(new DeletedRun(new Run(new DeletedText(run.InnerText))) { Id = "5", Author = "x" });
        }

        return MarkRemoved(p);
    }

    /// <summary>The row as Word saves a row deleted with tracking on: the row marked deleted, each run's text deleted.</summary>
    private static TableRow RowDeleted(TableRow row)
    {
        row.PrependChild(new TableRowProperties(new Deleted { Id = "8", Author = "x" }));
        foreach (Run run in row.Descendants<Run>().ToList())
        {
            foreach (Text text in run.Elements<Text>().ToList())
            {
                text.InsertAfterSelf(new DeletedText(text.Text));
                text.Remove();
            }

            var deletion = new DeletedRun { Id = "9", Author = "x" };
            run.InsertBeforeSelf(deletion);
            run.Remove();
            deletion.Append(run);
        }

        return row;
    }

    [Fact]
    public void A_paragraph_whose_mark_a_tracked_change_deletes_runs_into_the_next_as_accepted()
    {
        // Two paragraphs joined with tracking on: Word prints one paragraph once the revision is accepted.
        DocumentParagraph[] paragraphs = ParagraphsOf(Docx(
            [MarkRemoved(Para("本年度共受理政府信息公开申请")), Para("12件。"), Para("下一段。")]));

        Assert.Equal(["本年度共受理政府信息公开申请12件。", "下一段。"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_paragraph_deleted_whole_with_its_mark_is_not_read_and_leaves_no_empty_number()
    {
        // A numbered heading deleted with tracking on (its text in w:del, its mark deleted): it is gone, it prints no
        // number, and it is not counted, so the heading after it keeps the number it has once the deletion is accepted.
        DocumentParagraph[] paragraphs = ParagraphsOf(NumberedDocx([DeletedWhole(Numbered("旧标题", 1, 0)), Numbered("总体情况", 1, 0)], ChineseOutline(0)));

        Assert.Equal(["一、总体情况"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_numbered_paragraph_moved_away_with_its_mark_is_not_read_nor_counted()
    {
        Paragraph moved = MarkRemoved(Numbered("挪走的标题", list: 1, level: 0), moved: true);
        Run run = moved.Elements<Run>().Single();
        run.Remove();
        moved.Append(new MoveFromRun(run) { Id = "4", Author = "x" });

        DocumentParagraph[] paragraphs = ParagraphsOf(NumberedDocx([moved, Numbered("留下的标题", list: 1, level: 0)], ChineseOutline(0)));

        Assert.Equal(["一、留下的标题"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_paragraph_whose_mark_is_deleted_before_a_table_or_at_the_end_stays_a_paragraph()
    {
        // Word cannot run a paragraph into a table: the mark stays, and with it the paragraph's number. Nothing after the
        // last paragraph either.
        SourceDocument document = Read(NumberedDocx(
            [MarkRemoved(Numbered("表前", 1, 0)), new Table(Row(Cell("1"))), MarkRemoved(Numbered("末段", 1, 0))], ChineseOutline(0)));

        Assert.Equal(["一、表前", "1", "二、末段"], document.Blocks.Select(b => b is DocumentTable t ? t[0, 0].Cell!.Text : b.ToString()));
    }

    [Fact]
    public void A_numbered_heading_deleted_whole_before_a_table_or_at_the_end_prints_nothing_and_is_not_counted()
    {
        // The usual place of a heading is straight above its table: deleted whole with tracking on, it is gone there too.
        SourceDocument document = Read(NumberedDocx(
            [Numbered("甲", 1, 0), DeletedWhole(Numbered("旧", 1, 0)), new Table(Row(Cell("1"))), Numbered("乙", 1, 0), DeletedWhole(Numbered("旧", 1, 0))],
            ChineseOutline(0)));

        Assert.Equal(["一、甲", "1", "二、乙"], document.Blocks.Select(b => b is DocumentTable t ? t[0, 0].Cell!.Text : b.ToString()));
    }

    [Fact]
    public void Paragraphs_held_before_a_table_are_one_paragraph_numbered_and_styled_as_the_last_whose_mark_stays()
    {
        // 甲 (numbered) and 乙 (a heading) both with their marks deleted, then a table: only 乙's mark can stay, and with it
        // its properties: a heading without a number, holding both texts.
        SourceDocument document = Read(NumberedDocx([MarkRemoved(Numbered("甲", 1, 0)), MarkRemoved(Para("乙", "Heading1")), new Table(Row(Cell("1")))], ChineseOutline(0)));

        DocumentParagraph paragraph = document.Blocks.OfType<DocumentParagraph>().Single();
        Assert.Equal(("甲乙", true), (paragraph.Text, paragraph.IsHeading));
    }

    [Fact]
    public void A_heading_whose_mark_is_deleted_runs_into_the_body_text_after_it_and_is_body_text()
    {
        DocumentParagraph paragraph = ParagraphsOf(Docx([MarkRemoved(Para("标题", "Heading1")), Para("正文")])).Single();

        Assert.Equal(("标题正文", false), (paragraph.Text, paragraph.IsHeading));
    }

    [Fact]
    public void A_paragraph_word_hides_whole_is_shown_with_its_number_by_text_run_into_it()
    {
        Paragraph hidden = Numbered("藏", 1, 0);
        hidden.ParagraphProperties!.Append(new ParagraphMarkRunProperties(new Vanish()));
        hidden.GetFirstChild<Run>()!.PrependChild(new RunProperties(new Vanish()));

        Assert.Equal(["一、见"], ParagraphsOf(NumberedDocx([MarkRemoved(Para("见")), hidden], ChineseOutline(0))).Select(p => p.Text));
    }

    [Fact]
    public void A_field_left_open_in_a_held_paragraph_does_not_hide_the_paragraph_it_runs_into()
    {
        var broken = MarkRemoved(new Paragraph(new Run(new Text("前")), FieldChar(FieldCharValues.Begin), new Run(new FieldCode(" PAGE "))));

        Assert.Equal(["前后"], ParagraphsOf(Docx([broken, Para("后")])).Select(p => p.Text));
    }

    [Fact]
    public void In_a_layout_table_each_cell_ends_what_is_held_and_a_deleted_row_is_not_read()
    {
        // A table holding tables lays the page out: its cells are containers, and text held in one does not run into
        // the next cell, nor does text held before the table run into its first cell.
        var layout = new Table(
            new TableRow(new TableCell(MarkRemoved(Para("甲")), new Table(Row(Cell("1"))), MarkRemoved(Para("乙"))), new TableCell(Para("丙"))),
            RowDeleted(new TableRow(new TableCell(Para("删"), new Table(Row(Cell("2")))))));

        SourceDocument document = Read(Docx([MarkRemoved(Para("前")), layout]));

        Assert.Equal(["前", "甲", "1", "乙", "丙"], document.Blocks.Select(b => b is DocumentTable t ? t[0, 0].Cell!.Text : b.ToString()));
    }

    [Fact]
    public void In_a_cell_a_paragraph_whose_mark_is_deleted_runs_into_the_next_line()
    {
        var table = new Table(new TableRow(
            new TableCell(MarkRemoved(Para("社会公益")), Para("组织"), Para("第二行")),
            new TableCell(Para("末行前"), MarkRemoved(Para("末行")))));

        DocumentTable read = Read(Docx([table])).Blocks.OfType<DocumentTable>().Single();

        Assert.Equal(["社会公益组织\n第二行", "末行前\n末行"], read.Rows[0].Select(c => c.Text));
    }

    [Fact]
    public void A_table_row_deleted_by_a_tracked_change_is_not_read()
    {
        DocumentTable table = TableOf(Row(Cell("a"), Cell("b")), RowDeleted(Row(Cell("x"), Cell("y"))), Row(Cell("c"), Cell("d")));

        Assert.Equal(2, table.RowCount);
        Assert.Equal([["a", "b"], ["c", "d"]], table.Rows.Select(r => r.Select(c => c.Text).ToArray()));
    }

    [Fact]
    public void In_a_cell_a_paragraph_whose_mark_is_deleted_runs_into_the_next_across_a_content_controls_edge()
    {
        // Joined with tracking on: before a content control, inside one (and custom XML), and into the control's first
        // paragraph; a paragraph of the control that keeps its mark stays a line of its own.
        DocumentTable table = TableOf(Row(
            new TableCell(MarkRemoved(Para("本年新收")), new SdtBlock(new SdtContentBlock(Para("12件"), Para("另行")))),
            new TableCell(new CustomXmlBlock(MarkRemoved(Para("结转"))), new SdtBlock(new SdtContentBlock(MarkRemoved(Para("3")), Para("件"))))));

        Assert.Equal(["本年新收12件\n另行", "结转3件"], table.Rows[0].Select(c => c.Text));
    }

    /// <summary>The cell as Word saves a cell deleted alone with tracking on (<c>w:cellDel</c>) or inserted alone (<c>w:cellIns</c>).</summary>
    private static TableCell CellRevised(TableCell cell, bool inserted = false)
    {
        OpenXmlElement revision = inserted ? new CellInsertion { Id = "10", Author = "x" } : new CellDeletion { Id = "10", Author = "x" };
        (cell.TableCellProperties ?? cell.PrependChild(new TableCellProperties())).Append(revision);
        return cell;
    }

    [Fact]
    public void A_cell_deleted_alone_by_a_tracked_change_is_not_read_and_the_cells_after_it_move_left()
    {
        DocumentTable table = TableOf(
            Row(Cell("申请人"), Cell("自然人"), Cell("商业企业")),
            Row(Cell("新收"), CellRevised(Cell("99")), Cell("3"), Cell("4")),
            Row(Cell("结转"), Cell("5"), CellRevised(Cell("6"), inserted: true)));

        Assert.Equal([["申请人", "自然人", "商业企业"], ["新收", "3", "4"], ["结转", "5", "6"]], table.Rows.Select(r => r.Select(c => c.Text).ToArray()));
        Assert.Equal(3, table.ColumnCount);
    }

    [Fact]
    public void A_cell_of_a_layout_table_deleted_by_a_tracked_change_is_not_read()
    {
        DocumentParagraph[] paragraphs = ParagraphsOf(Docx([new Table(
            new TableRow(CellRevised(new TableCell(Para("删去的说明"))), new TableCell(Para("留下的说明"), new Table(Row(Cell("1"))))))]));

        Assert.Equal(["留下的说明"], paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_written_report_with_a_deleted_row_and_a_split_paragraph_left_in_tracked_changes_reads_as_written()
    {
        // The written sample as an agency may publish it before accepting its revisions: a row of section 三's table
        // typed twice and the extra one deleted, and a paragraph of section 一 split in two with the split deleted.
        (ReportImport asWritten, ReportImport import, _) = ReadWrittenAndEdited("laiyuan-2022.json", body =>
        {
            Table applications = body.Elements<Table>().ElementAt(1);
            TableRow row = applications.Elements<TableRow>().ElementAt(5);
            row.InsertAfterSelf(RowDeleted((TableRow)row.CloneNode(true)));

            Paragraph paragraph = body.Elements<Paragraph>().First(p => p.InnerText.Length > 40);
            Run run = paragraph.Elements<Run>().Last();
            Text text = run.Elements<Text>().Single();
            string whole = text.Text;
            text.Text = whole[..10];
            text.Space = SpaceProcessingModeValues.Preserve;
            var rest = (Paragraph)paragraph.CloneNode(true);
            rest.Elements<Run>().Last().Elements<Text>().Single().Text = whole[10..];
            foreach (Run earlier in rest.Elements<Run>().SkipLast(1).ToList())
            {
                earlier.Remove();
            }

            paragraph.InsertAfterSelf(rest);
            MarkRemoved(paragraph);
        });

        Assert.Equal(asWritten.Report, import.Report);
        Assert.Equal(asWritten.Findings.Select(d => (d.Code, d.Path)), import.Findings.Select(d => (d.Code, d.Path)));
        // The deleted row is not counted: the rows below it are where the written table has them.
        Assert.Equal(asWritten.LocationOf("/applications/outcomes/total/total"), import.LocationOf("/applications/outcomes/total/total"));
    }
}
