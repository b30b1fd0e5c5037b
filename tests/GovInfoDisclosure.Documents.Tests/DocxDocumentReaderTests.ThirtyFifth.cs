using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public partial class DocxDocumentReaderTests
{
    /// <summary>A style of the given type whose runs take <paramref name="property"/> (none for null), based on another or not.</summary>
    private static Style RunStyled(string id, StyleValues type, OpenXmlElement? property, string? basedOn = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = id }) { Type = type, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (property is not null)
        {
            style.Append(new StyleRunProperties(property));
        }

        return style;
    }

    /// <summary>
    /// The paragraphs' texts of a document printing 前, then one paragraph of style <paramref name="paragraphStyle"/> holding
    /// <paramref name="runs"/>, then 后; its styles made for it (an element belongs to one document).
    /// </summary>
    private static string[] TextsBetween(Func<Style[]> styles, string paragraphStyle, string runs) => [.. ParagraphsOf(WithDocumentXml(Docx([Para("前"), Para("x"), Para("后")], styles: styles()), xml => xml.Replace(
        "<w:p><w:r><w:t>x</w:t></w:r></w:p>", $"<w:p><w:pPr><w:pStyle w:val=\"{paragraphStyle}\"/></w:pPr>{runs}</w:p>", StringComparison.Ordinal))).Select(p => p.Text)];

    [Fact]
    public void A_run_s_character_style_raising_it_wins_over_its_paragraph_style_lowering_it()
    {
        // Protects the order of the styles a run's raising is read from: its character style is nearer than its paragraph's.
        static Style[] Styles() =>
        [
            RunStyled("LoweredParagraph", StyleValues.Paragraph, new VerticalTextAlignment { Val = VerticalPositionValues.Subscript }),
            RunStyled("FootnoteReference", StyleValues.Character, new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
        ];

        Assert.Equal(["前", "131¹", "后"], TextsBetween(Styles, "LoweredParagraph", "<w:r><w:rPr><w:vertAlign w:val=\"baseline\"/></w:rPr><w:t>131</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:t>1</w:t></w:r>"));
        Assert.Equal(["前", "₁₃₁", "后"], TextsBetween(Styles, "LoweredParagraph", "<w:r><w:t>131</w:t></w:r>"));
    }

    [Fact]
    public void A_paragraph_naming_its_style_takes_it_rather_than_the_document_s_default_paragraph_style()
    {
        // Protects which paragraph style a run is hidden by: the one the paragraph names, the default only where it names none.
        static Style[] Styles() =>
        [
            RunStyled("Normal", StyleValues.Paragraph, new Bold(), isDefault: true),
            RunStyled("Draft", StyleValues.Paragraph, new Vanish()),
        ];

        Assert.Equal(["前", "后"], TextsBetween(Styles, "Draft", "<w:r><w:t>草稿说明</w:t></w:r>"));
        Assert.Equal(["前", "正文", "后"], TextsBetween(Styles, "Normal", "<w:r><w:t>正文</w:t></w:r>"));
    }

    [Fact]
    public void A_style_s_own_hiding_and_raising_win_over_the_styles_it_is_based_on()
    {
        // Protects the nearest style's word along the styles it is based on: one saying nothing does not undo it, and a
        // style that shows its text (w:vanish w:val="0") shows it though the style it is based on hides it.
        static Style[] Styles() =>
        [
            RunStyled("Body", StyleValues.Paragraph, new Bold()),
            RunStyled("Draft", StyleValues.Paragraph, new Vanish(), basedOn: "Body"),
            RunStyled("HiddenParagraph", StyleValues.Paragraph, new Vanish()),
            RunStyled("Visible", StyleValues.Paragraph, new Vanish { Val = false }, basedOn: "HiddenParagraph"),
            RunStyled("Plain", StyleValues.Character, new Bold()),
            RunStyled("NoteMark", StyleValues.Character, new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }, basedOn: "Plain"),
        ];

        Assert.Equal(["前", "后"], TextsBetween(Styles, "Draft", "<w:r><w:t>草稿说明</w:t></w:r>"));
        Assert.Equal(["前", "见", "后"], TextsBetween(Styles, "Visible", "<w:r><w:t>见</w:t></w:r>"));
        Assert.Equal(["前", "131¹", "后"], TextsBetween(Styles, "Body", "<w:r><w:t>131</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"NoteMark\"/></w:rPr><w:t>1</w:t></w:r>"));
    }

    [Fact]
    public void A_numbered_paragraph_in_a_text_box_prints_its_number_and_is_counted()
    {
        // Protects the numbers of a list whose item is in a text box: the item prints its number, the next one counts it.
        byte[] docx = WithDocumentXml(
            NumberedDocx([Numbered("前", 1, 0), Para("x"), Numbered("后", 1, 0)], ChineseOutline(0)),
            xml => xml.Replace(
                "<w:p><w:r><w:t>x</w:t></w:r></w:p>",
                "<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent>"
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>框中</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>",
                StringComparison.Ordinal));

        Assert.Equal(["一、前", "二、框中", "三、后"], ParagraphsOf(docx).Select(p => p.Text));
    }

    [Fact]
    public void A_numbered_paragraph_whose_runs_are_hidden_but_not_its_mark_prints_its_number()
    {
        // Protects what Word shows of a paragraph whose text is hidden and whose mark is not: an empty line with its number.
        Paragraph hidden = Numbered(string.Empty, 1, 0);
        hidden.GetFirstChild<Run>()!.Remove();
        hidden.Append(new Run(new RunProperties(new Vanish()), new Text("藏")));

        SourceDocument document = Read(NumberedDocx([Numbered("前", 1, 0), hidden, Numbered("后", 1, 0)], ChineseOutline(0)));

        Assert.Equal(["一、前", "二、", "三、后"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }
}
