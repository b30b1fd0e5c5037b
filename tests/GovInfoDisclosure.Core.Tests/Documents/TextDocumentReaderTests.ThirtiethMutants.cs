using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>Tests written from the Stryker survivors of issue 10's thirtieth session's code (the text reader's <c>EndTable</c> and <c>AddAsParagraphs</c>).</summary>
public partial class TextDocumentReaderTests
{
    [Fact]
    public void A_paragraph_indented_with_two_tabs_is_a_paragraph_located_at_its_text()
    {
        // Two tabs make the line a tab row of two empty cells and the text; printing no value, it is text: a paragraph
        // located where its text starts (column 3), as a paragraph indented with spaces is, not at the empty cell before it.
        SourceDocument document = TextDocumentReader.Read("一、总体情况\n\t\t本年未收到政府信息公开申请。\n正文。");

        Assert.Empty(document.Blocks.OfType<DocumentTable>());
        Assert.Equal(
            [("一、总体情况", 1, 1), ("本年未收到政府信息公开申请。", 2, 3), ("正文。", 3, 1)],
            document.Blocks.OfType<DocumentParagraph>().Select(p => (p.Text, p.Location.Line, p.Location.Column)));
    }

    [Fact]
    public void Paragraphs_indented_with_a_tab_around_a_line_holding_only_a_tab_are_read_without_an_empty_paragraph()
    {
        // Lines indented with one tab are cell lines; printing no value they are paragraphs, one each. The indented empty
        // line between them (a tab alone) prints nothing: no empty paragraph.
        SourceDocument document = TextDocumentReader.Read("五、存在的主要问题及改进情况\n\t一是公开内容不够全面。\n\t\n\t二是更新不够及时。\n六、其他需要报告的事项");

        Assert.Empty(document.Blocks.OfType<DocumentTable>());
        Assert.Equal(
            ["五、存在的主要问题及改进情况", "一是公开内容不够全面。", "二是更新不够及时。", "六、其他需要报告的事项"],
            document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }
}
