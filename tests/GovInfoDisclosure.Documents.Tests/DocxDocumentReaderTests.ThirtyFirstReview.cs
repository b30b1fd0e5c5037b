using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents.Tests;

public partial class DocxDocumentReaderTests
{
    [Fact]
    public void A_numbered_paragraph_hidden_whole_by_its_paragraph_style_prints_no_number()
    {
        // Thirty-first session: "a paragraph whose style hides its text is not read". Its runs are now hidden by the
        // paragraph style, but the test of a paragraph Word hides whole still reads only the mark's own w:vanish (not the
        // paragraph style's, which hides the mark too), so its number is printed alone: a stray paragraph "二、".
        var hiddenParagraph = new Style(new StyleName { Val = "HiddenParagraph" }, new StyleRunProperties(new Vanish())) { Type = StyleValues.Paragraph, StyleId = "HiddenParagraph" };
        Paragraph hidden = Numbered("藏", 1, 0);
        hidden.ParagraphProperties!.PrependChild(new ParagraphStyleId { Val = "HiddenParagraph" });

        SourceDocument document = Read(NumberedDocx([Numbered("前", 1, 0), hidden, Numbered("后", 1, 0)], ChineseOutline(0), [hiddenParagraph]));

        Assert.Equal(["一、前", "三、后"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_paragraph_mark_hidden_by_its_paragraph_style_and_shown_again_by_its_character_style_prints_its_number()
    {
        // w:vanish turns over between the mark's character style and the paragraph's style (ECMA-376 Part 1, 17.7.3), as
        // a run's does: the mark shows, so Word prints the paragraph's number though its text is hidden.
        var hiddenParagraph = new Style(new StyleName { Val = "HiddenParagraph" }, new StyleRunProperties(new Vanish())) { Type = StyleValues.Paragraph, StyleId = "HiddenParagraph" };
        var hiddenCharacter = new Style(new StyleName { Val = "HiddenCharacter" }, new StyleRunProperties(new Vanish())) { Type = StyleValues.Character, StyleId = "HiddenCharacter" };
        Paragraph marked = Numbered("藏", 1, 0);
        marked.ParagraphProperties!.PrependChild(new ParagraphStyleId { Val = "HiddenParagraph" });
        marked.ParagraphProperties.Append(new ParagraphMarkRunProperties(new RunStyle { Val = "HiddenCharacter" }));

        SourceDocument document = Read(NumberedDocx([Numbered("前", 1, 0), marked, Numbered("后", 1, 0)], ChineseOutline(0), [hiddenParagraph, hiddenCharacter]));

        Assert.Equal(["一、前", "二、", "三、后"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }
}
