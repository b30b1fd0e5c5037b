using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>
/// Text typed in a picture font (issue 10's thirty-sixth session): a run whose fonts (<c>w:rFonts</c>) are Wingdings or
/// Symbol shows the font's marks, as Word draws each character from one of the run's four fonts.
/// </summary>
public partial class DocxDocumentReaderTests
{
    private const string InWingdings = "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/>";

    /// <summary>A paragraph of a run formatted by <paramref name="runProperties"/> holding <paramref name="typed"/>, then 加强公开.</summary>
    private static string Typed(string runProperties, string typed) =>
        TextOfRuns($"<w:r><w:rPr>{runProperties}</w:rPr><w:t xml:space=\"preserve\">{typed}</w:t></w:r><w:r><w:t>加强公开</w:t></w:r>");

    [Theory]
    [InlineData(InWingdings, "Ø", "➢加强公开")] // the arrowhead bullet, as pasted from a page or a list turned into text
    [InlineData(InWingdings, "ü", "✓加强公开")]
    [InlineData(InWingdings, "l", "●加强公开")]
    [InlineData(InWingdings, "n", "■加强公开")]
    [InlineData(InWingdings, "q", "❑加强公开")]
    [InlineData(InWingdings, "v", "❖加强公开")]
    [InlineData(InWingdings, "§", "▪加强公开")] // a Latin-1 character: the high ANSI font draws it
    [InlineData(InWingdings, "\uF0D8", "➢加强公开")] // the private area's code, where Word keeps a symbol's
    [InlineData(InWingdings, "Ø 一是", "➢ 一是加强公开")] // a space stays a space, a Chinese character is drawn from another font
    [InlineData("<w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/>", "-Ö³", "−√≥加强公开")] // the Symbol font: minus, root, at least
    [InlineData("<w:rFonts w:ascii=\"wingdings\" w:hAnsi=\"WINGDINGS\"/>", "Ø", "➢加强公开")] // a font's name in any case
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"宋体\"/>", "lØ", "●Ø加强公开")] // ASCII in Wingdings, Ø in 宋体
    [InlineData("<w:rFonts w:ascii=\"宋体\" w:hAnsi=\"Wingdings\"/>", "lØ", "l➢加强公开")]
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:asciiTheme=\"minorHAnsi\"/>", "lØ", "l➢加强公开")] // a theme's font wins, a text font
    [InlineData("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>", "Ø", "Ø加强公开")]
    [InlineData("<w:rFonts w:ascii=\"Wingdings 2\" w:hAnsi=\"Wingdings 2\"/>", "P", "🗸加强公开")] // Wingdings 2's check mark (read as typed before the thirty-eighth session)
    [InlineData("<w:rFonts w:ascii=\"Wingdings 2\" w:hAnsi=\"Wingdings 2\"/>", "R£ T", "☑□ ☒加强公开")] // a form's boxes
    [InlineData("<w:rFonts w:ascii=\"Wingdings 3\" w:hAnsi=\"Wingdings 3\"/>", "pu", "▲▶加强公开")]
    [InlineData("<w:rFonts w:ascii=\"Webdings\" w:hAnsi=\"Webdings\"/>", "a", "✔加强公开")]
    [InlineData("<w:rFonts w:ascii=\"Marlett\" w:hAnsi=\"Marlett\"/>", "a", "a加强公开")] // a picture font the reader does not know: as typed
    public void Text_typed_in_a_picture_font_reads_as_the_marks_the_font_shows(string runProperties, string typed, string expected)
    {
        // Issue 10's thirty-sixth session: text typed in Wingdings (a bullet pasted into the document as a letter in that
        // font) read as its letters, `Ø加强公开` where the page shows `➢加强公开`; only a symbol inserted as one (w:sym)
        // was read as its mark.
        Assert.Equal(expected, Typed(runProperties, typed));
    }

    [Theory]
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:hint=\"eastAsia\"/>", "§Ø", "§➢加强公开")] // § in the East Asian font, Ø not
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:eastAsia=\"Wingdings\" w:hint=\"eastAsia\"/>", "§Ø", "▪➢加强公开")]
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:hint=\"eastAsia\"/>", "\uF0D8", "\uF0D8加强公开")] // the private area too
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:hint=\"eastAsia\"/><w:lang w:eastAsia=\"zh-CN\"/>", "ü", "ü加强公开")] // Chinese fonts draw ü
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:hint=\"eastAsia\"/><w:lang w:eastAsia=\"ja-JP\"/>", "ü", "✓加强公开")]
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/><w:lang w:eastAsia=\"zh-CN\"/>", "ü", "✓加强公开")] // no hint: high ANSI
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:eastAsia=\"Times New Roman\" w:hint=\"eastAsia\"/>", "§", "▪加强公开")] // one font for all
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"宋体\" w:eastAsia=\"Times New Roman\"/>", "Ø", "Ø加强公开")] // two fonts: the table
    [InlineData("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:cs=\"Arial\"/><w:cs/>", "l", "l加强公开")] // complex script: its own font
    [InlineData("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Wingdings\"/><w:rtl/>", "l", "●加强公开")]
    [InlineData("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Wingdings\"/><w:cs w:val=\"0\"/>", "l", "l加强公开")]
    [InlineData("<w:rFonts w:eastAsia=\"Wingdings\" w:hint=\"eastAsia\"/>", "§Ø", "▪Ø加强公开")] // only the East Asian font a picture font
    [InlineData("<w:rFonts w:cs=\"Wingdings\"/><w:rtl/>", "l", "●加强公开")] // only the complex script font
    public void Each_character_is_drawn_from_the_font_Word_picks_for_it(string runProperties, string typed, string expected)
    {
        // Word draws each character of a run from one of its four fonts ([MS-OI29500] 2.1.88): a document typed with the
        // East Asian hint (most Chinese documents) draws § ¨ ° × ÷ and the like from its East Asian font, and, in Chinese,
        // à é ü and the like too; a complex script run draws everything from its complex script font.
        Assert.Equal(expected, Typed(runProperties, typed));
    }

    [Fact]
    public void A_picture_font_of_a_run_s_character_style_or_paragraph_style_is_read_as_the_run_s_own()
    {
        static Style[] Styles() =>
        [
            RunStyled("Bullet", StyleValues.Character, new RunFonts { Ascii = "Wingdings", HighAnsi = "Wingdings" }),
            RunStyled("BulletBased", StyleValues.Character, new Bold(), basedOn: "Bullet"),
            RunStyled("Body", StyleValues.Paragraph, new RunFonts { EastAsia = "仿宋_GB2312" }),
            RunStyled("BulletParagraph", StyleValues.Paragraph, new RunFonts { Ascii = "Wingdings", HighAnsi = "Wingdings" }),
        ];

        Assert.Equal(["前", "➢加强", "后"], TextsBetween(Styles, "Body", "<w:r><w:rPr><w:rStyle w:val=\"Bullet\"/></w:rPr><w:t>Ø</w:t></w:r><w:r><w:t>加强</w:t></w:r>"));
        Assert.Equal(["前", "➢加强", "后"], TextsBetween(Styles, "Body", "<w:r><w:rPr><w:rStyle w:val=\"BulletBased\"/></w:rPr><w:t>Ø</w:t></w:r><w:r><w:t>加强</w:t></w:r>"));
        Assert.Equal(["前", "➢加强", "后"], TextsBetween(Styles, "BulletParagraph", "<w:r><w:t>Ø加强</w:t></w:r>"));

        // The run's own fonts are nearer than its styles', each slot apart: its ASCII font a text font, its high ANSI
        // font still the style's Wingdings.
        Assert.Equal(["前", "l➢加强", "后"], TextsBetween(Styles, "BulletParagraph", "<w:r><w:rPr><w:rFonts w:ascii=\"宋体\"/></w:rPr><w:t>lØ加强</w:t></w:r>"));
        Assert.Equal(["前", "lØ加强", "后"], TextsBetween(Styles, "Body", "<w:r><w:rPr><w:rStyle w:val=\"Bullet\"/><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\"/></w:rPr><w:t>lØ加强</w:t></w:r>"));
    }

    [Fact]
    public void The_document_s_default_language_decides_which_font_draws_a_Latin_character_under_the_East_Asian_hint()
    {
        // A Chinese document's defaults name its language (w:docDefaults, zh-CN): a ü typed in Wingdings under the East
        // Asian hint is drawn from the East Asian font as ü, while Ø is Wingdings' arrowhead.
        Assert.Equal("ü➢", TextUnderDefaults("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:hint=\"eastAsia\"/>", "üØ"));
    }

    /// <summary>
    /// The text of a document's one paragraph, a run formatted by <paramref name="runProperties"/> holding
    /// <paramref name="typed"/>, where the document's defaults (<c>w:docDefaults</c>) format runs by <paramref name="defaults"/>.
    /// </summary>
    private static string TextUnderDefaults(string defaults, string runProperties, string typed) => ParagraphsOf(WithPart(
        WithDocumentXml(Docx([Para("x")]), xml => xml.Replace(
            "<w:r><w:t>x</w:t></w:r>", $"<w:r><w:rPr>{runProperties}</w:rPr><w:t>{typed}</w:t></w:r>", StringComparison.Ordinal)),
        "word/styles.xml",
        xml => xml.Replace("<w:style ", $"<w:docDefaults><w:rPrDefault><w:rPr>{defaults}</w:rPr></w:rPrDefault></w:docDefaults><w:style ", StringComparison.Ordinal))).Single().Text;

    [Fact]
    public void A_number_typed_in_Wingdings_is_no_number_and_a_symbol_inserted_in_a_text_run_keeps_its_own_font()
    {
        // Digits in Wingdings print pictures (a folder, an open folder …), not figures: the page shows no number there.
        Assert.DoesNotContain("12", Typed(InWingdings, "12"), StringComparison.Ordinal);

        // A w:sym names its own font: a run in Wingdings around it does not make a Symbol-font minus sign a Wingdings mark.
        Assert.Equal("−5加强公开", TextOfRuns($"<w:r><w:rPr>{InWingdings}</w:rPr><w:sym w:font=\"Symbol\" w:char=\"F02D\"/></w:r><w:r><w:t>5加强公开</w:t></w:r>"));
    }
}

/// <summary>Held paragraphs (a mark deleted by a tracked change) formatted as the paragraph they run into.</summary>
public partial class DocxDocumentReaderTests
{
    [Fact]
    public void Text_run_into_the_next_paragraph_is_hidden_or_shown_as_that_paragraph_s_style_says()
    {
        // Thirty-sixth session: the paragraph whose mark stays keeps its properties, its style among them, so text run into
        // it from a paragraph of a hidden style shows (read as hidden before), and text run into a paragraph of a hidden
        // style is hidden with it.
        static Style[] Styles() =>
        [
            RunStyled("Draft", StyleValues.Paragraph, new Vanish()),
            RunStyled("Body", StyleValues.Paragraph, new RunFonts { EastAsia = "仿宋_GB2312" }),
        ];

        Assert.Equal(
            ["草稿正文", "后"],
            ParagraphsOf(Docx([MarkRemoved(Para("草稿", "Draft")), Para("正文", "Body"), Para("后", "Body")], styles: Styles())).Select(p => p.Text));
        Assert.Equal(
            ["后"],
            ParagraphsOf(Docx([MarkRemoved(Para("正文", "Body")), Para("草稿", "Draft"), Para("后", "Body")], styles: Styles())).Select(p => p.Text));
    }
}

/// <summary>The East Asian hint's characters and each property's nearest level, character by character.</summary>
public partial class DocxDocumentReaderTests
{
    /// <summary>[MS-OI29500] 2.1.88's Latin-1 characters drawn from the East Asian font under the East Asian hint.</summary>
    private static readonly int[] EastAsianLatin1 = [0xA1, 0xA4, 0xA7, 0xA8, 0xAA, 0xAD, 0xAF, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE, 0xBF, 0xD7, 0xF7];

    /// <summary>…and those too where the run's East Asian language is Chinese.</summary>
    private static readonly int[] ChineseLatin1 = [0xE0, 0xE1, 0xE8, 0xE9, 0xEA, 0xEC, 0xED, 0xF2, 0xF3, 0xF9, 0xFA, 0xFC];

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public void Under_the_East_Asian_hint_each_Latin_1_character_is_drawn_from_the_font_Word_documents(string language)
    {
        // Every character U+00A1 to U+00FF typed in a run whose ASCII and high ANSI fonts are Wingdings, its East Asian
        // font 宋体, under the East Asian hint: the characters of Microsoft's lists print as typed (宋体 draws them), the
        // rest as Wingdings' marks; in Chinese the second list prints as typed too.
        string typed = new([.. Enumerable.Range(0xA1, 0xFF - 0xA1 + 1).Select(c => (char)c)]);
        string read = Typed($"<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:eastAsia=\"宋体\" w:hint=\"eastAsia\"/><w:lang w:eastAsia=\"{language}\"/>", typed);

        string inSongti = new([.. typed.Where(c => EastAsianLatin1.Contains(c) || (language == "zh-CN" && ChineseLatin1.Contains(c)))]);
        // Each character typed shows as one character (some of Wingdings' marks lie past the basic plane: two code units).
        System.Text.Rune[] shown = [.. read.EnumerateRunes()];
        string asTyped = new([.. typed.Where((c, i) => shown[i] == new System.Text.Rune(c))]);
        Assert.Equal(inSongti, asTyped);
        Assert.EndsWith("加强公开", read, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_and_last_codes_of_each_range_are_drawn_from_the_font_of_their_range()
    {
        // U+007F is the ASCII font's last code, U+0080 the high ANSI font's first; U+00FF the last Latin-1 code; the
        // private area's F020…F0FF under the hint the East Asian font's, and U+F100 past it no picture font's.
        Assert.Equal("▯\u0080加强公开", Typed("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"宋体\"/>", "\u007F\u0080"));
        Assert.Equal("\u007F➢\uFFFD加强公开", Typed("<w:rFonts w:ascii=\"宋体\" w:hAnsi=\"Wingdings\"/>", "\u007FØ\u00FF"));
        Assert.Equal("\uF021\uF0FF\uF100加强公开", Typed("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:eastAsia=\"宋体\" w:hint=\"eastAsia\"/>", "\uF021\uF0FF\uF100"));
        Assert.Equal("✏\uFFFD\uF100加强公开", Typed("<w:rFonts w:ascii=\"宋体\" w:hAnsi=\"Wingdings\" w:eastAsia=\"宋体\"/>", "\uF021\uF0FF\uF100"));
    }

    [Fact]
    public void Each_font_property_of_a_run_wins_over_its_style_s_and_a_style_s_over_the_defaults()
    {
        // The nearest word for each: the run's own (high ANSI font, East Asian font, hint, language, complex script, right
        // to left) over its paragraph style's, which says the opposite of each.
        string[] Read(string styleProperties, string runProperties, string typed)
        {
            byte[] docx = WithPart(
                WithDocumentXml(Docx([Para("前"), Para("x"), Para("后")], styles: [RunStyled("Opposite", StyleValues.Paragraph, null)]), xml => xml.Replace(
                    "<w:p><w:r><w:t>x</w:t></w:r></w:p>",
                    $"<w:p><w:pPr><w:pStyle w:val=\"Opposite\"/></w:pPr><w:r><w:rPr>{runProperties}</w:rPr><w:t xml:space=\"preserve\">{typed}</w:t></w:r></w:p>",
                    StringComparison.Ordinal)),
                "word/styles.xml",
                xml => xml.Replace("w:styleId=\"Opposite\">", $"w:styleId=\"Opposite\"><w:rPr>{styleProperties}</w:rPr>", StringComparison.Ordinal));
            return [.. ParagraphsOf(docx).Select(p => p.Text)];
        }

        // Each style's word read where the run says nothing: the check that the style is read at all.
        Assert.Equal(["前", "➢", "后"], Read("<w:rFonts w:hAnsi=\"Wingdings\"/>", string.Empty, "Ø"));
        Assert.Equal(["前", "●", "后"], Read("<w:rFonts w:ascii=\"Wingdings\"/>", string.Empty, "l"));
        Assert.Equal(["前", "▪", "后"], Read("<w:rFonts w:eastAsia=\"Wingdings\"/>", "<w:rFonts w:hint=\"eastAsia\"/>", "§"));
        Assert.Equal(["前", "●", "后"], Read("<w:rFonts w:cs=\"Wingdings\"/>", "<w:rtl/>", "l"));
        Assert.Equal(["前", "l", "后"], Read("<w:rFonts w:cs=\"Wingdings\"/>", "<w:rFonts w:cs=\"Arial\"/><w:rtl/>", "l"));
        Assert.Equal(["前", "§", "后"], Read("<w:rFonts w:hint=\"eastAsia\"/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/>", "§"));
        Assert.Equal(["前", "ü", "后"], Read("<w:lang w:eastAsia=\"zh-CN\"/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:hint=\"eastAsia\"/>", "ü"));
        Assert.Equal(["前", "l", "后"], Read("<w:cs/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:cs=\"Arial\"/>", "l"));
        Assert.Equal(["前", "l", "后"], Read("<w:rtl/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:cs=\"Arial\"/>", "l"));

        Assert.Equal(["前", "Ø", "后"], Read("<w:rFonts w:hAnsi=\"Wingdings\"/>", "<w:rFonts w:hAnsi=\"宋体\"/>", "Ø"));
        Assert.Equal(["前", "▪", "后"], Read("<w:rFonts w:eastAsia=\"宋体\"/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:eastAsia=\"Wingdings\" w:hint=\"eastAsia\"/>", "§"));
        Assert.Equal(["前", "▪", "后"], Read("<w:rFonts w:hint=\"eastAsia\"/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:hint=\"default\"/>", "§"));
        Assert.Equal(["前", "✓", "后"], Read("<w:lang w:eastAsia=\"zh-CN\"/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:hint=\"eastAsia\"/><w:lang w:eastAsia=\"ja-JP\"/>", "ü"));
        Assert.Equal(["前", "●", "后"], Read("<w:cs/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:cs=\"Arial\"/><w:cs w:val=\"0\"/>", "l"));
        Assert.Equal(["前", "●", "后"], Read("<w:rtl/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:cs=\"Arial\"/><w:rtl w:val=\"0\"/>", "l"));
    }
}
