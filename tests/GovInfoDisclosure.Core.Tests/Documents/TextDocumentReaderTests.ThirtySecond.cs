using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class TextDocumentReaderTests
{
    [Theory]
    [InlineData("本年度，我单位\t认真落实条例。")] // a clause mark and a sentence's end
    [InlineData("本年度，我单位\t认真落实条例！")]
    [InlineData("本年度，我单位\t是否认真落实了条例？")]
    [InlineData("本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》和上级有关要求，进一步规范依申请公开办理流程并及时答复每一位申请人的申请\t详见附件")] // a clause mark and a cell of over 60 characters
    public void A_sentence_holding_a_tab_right_after_a_table_s_rows_is_a_paragraph(string line)
    {
        // Mutation testing of the thirtieth session's code: the test of a sentence holding a tab (a clause mark and a
        // sentence's end, or a cell longer than 60 characters) had survivors that reversed each part of it. Right after a
        // table's rows, such a line read as a row of two text cells would be a row of the table matching no label: the
        // sentence lost from the narrative.
        SourceDocument document = TextDocumentReader.Read("二、主动公开政府信息情况\n规章\t1\t2\t3\n" + line + "\n正文。");

        Assert.Equal(["规章", "1", "2", "3"], Texts(OnlyTable(document), 0));
        Assert.Equal(1, OnlyTable(document).RowCount);
        Assert.Equal(["二、主动公开政府信息情况", line, "正文。"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("注，见下\t表")] // a clause mark, but no sentence's end and no long cell
    [InlineData("行政事业性收费\t不涉及。")] // a sentence's end, but no clause mark
    public void A_line_holding_a_tab_that_is_no_sentence_right_after_a_table_s_rows_stays_a_row(string line)
    {
        SourceDocument document = TextDocumentReader.Read("二、主动公开政府信息情况\n规章\t1\t2\t3\n" + line + "\n正文。");

        Assert.Equal(line.Split('\t'), Texts(OnlyTable(document), 1));
    }

    [Theory]
    [InlineData("\t本年未收到申请。")] // a paragraph indented with a tab
    [InlineData("五、\t存在的主要问题及改进情况")] // a numbered line, as a word processor saves a list
    public void A_text_line_holding_a_tab_after_a_table_of_one_row_printing_values_is_a_paragraph(string line)
    {
        // Mutation testing of the thirty-first session's code: the last rows after the last row printing a value are
        // looked at from the row after it; every test had several value rows, so that starting from the second changed
        // nothing.
        SourceDocument document = TextDocumentReader.Read("二、主动公开政府信息情况\n规章\t1\t2\t3\n" + line + "\n正文。");

        Assert.Equal(1, OnlyTable(document).RowCount);
        Assert.Equal(["二、主动公开政府信息情况", line.TrimStart('\t'), "正文。"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_pipe_table_s_last_row_of_one_cell_stays_a_row()
    {
        // A Markdown table's rows are rows whatever they print (a note row under a pipe table is the table's), unlike a
        // tab row of one cell after a text table's values.
        SourceDocument document = TextDocumentReader.Read("| 规章 | 1 | 2 | 3 |\n|---|---|---|---|\n| 注：无 |\n\n正文。", "r.md");

        Assert.Equal(["注：无"], Texts(OnlyTable(document), OnlyTable(document).Rows.Length - 1));
    }

    [Fact]
    public void A_blank_table_whose_rows_print_one_cell_and_several_stays_a_table()
    {
        // Mutation testing of the thirty-first session's code: a text table printing no value is text only where every
        // row prints one cell at most (or each is a numbered line); the tests had none mixing a row of one cell with rows
        // of several. 四's 行政复议 part printed as a table of its own and left blank: its title cell alone, then its five
        // column labels, then a row of tabs.
        SourceDocument document = TextDocumentReader.Read("四、政府信息公开行政复议、行政诉讼情况\n行政复议\t\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n\t\t\t\t\n五、存在的主要问题及改进情况");

        DocumentTable table = OnlyTable(document);
        Assert.Equal("行政复议", table.Rows[0][0].Text);
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], Texts(table, 1));
    }
}
