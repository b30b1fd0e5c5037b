using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public partial class DocxDocumentReaderTests
{
    [Fact]
    public void Hiding_by_a_character_style_turns_over_in_a_paragraph_of_the_default_paragraph_style()
    {
        // A paragraph that names no style has the document's default paragraph style (w:default="1", Word's 正文/Normal).
        // Where that style hides its text and a run's character style hides it too, the toggle shows the run, as it does
        // for a paragraph naming the same style with w:pStyle.
        static Style[] Styles() =>
        [
            new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new Vanish())) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "HiddenCharacter" }, new StyleRunProperties(new Vanish())) { Type = StyleValues.Character, StyleId = "HiddenCharacter" },
        ];
        static string[] Texts(string paragraphProperties) => [.. ParagraphsOf(WithDocumentXml(Docx([Para("x")], styles: Styles()), xml => xml.Replace(
            "<w:p><w:r><w:t>x</w:t></w:r></w:p>",
            $"<w:p>{paragraphProperties}<w:r><w:rPr><w:rStyle w:val=\"HiddenCharacter\"/></w:rPr><w:t>见</w:t></w:r></w:p>",
            StringComparison.Ordinal))).Select(p => p.Text)];

        Assert.Equal(["见"], Texts("<w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>")); // named: shown
        Assert.Equal(["见"], Texts("")); // the same style by default
    }

    [Fact]
    public void The_last_of_several_default_paragraph_styles_is_the_default()
    {
        // ECMA-376 Part 1, 17.7.4.17 (style, w:default): "If this attribute is specified by multiple styles, then the
        // last instance of a style with this property shall be used" (LibreOffice's writerfilter follows it, commit
        // 6b7f12f6, "default style is the last one"). A document (merged, or saved by another program) listing an old
        // default that hides its text before Word's Normal: a paragraph naming no style has Normal and is shown. HEAD
        // takes the first default (DocxBody's constructor: `_defaultParagraphStyle is null && …`) and drops the text;
        // 5bad90a read no default style and showed it.
        static Style[] Styles() =>
        [
            new Style(new StyleName { Val = "OldNormal" }, new StyleRunProperties(new Vanish())) { Type = StyleValues.Paragraph, StyleId = "OldNormal", Default = true },
            new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        ];

        string[] texts = [.. ParagraphsOf(Docx([Para("前"), Para("见"), Para("后")], styles: Styles())).Select(p => p.Text)];

        Assert.Equal(["前", "见", "后"], texts);
    }
}
