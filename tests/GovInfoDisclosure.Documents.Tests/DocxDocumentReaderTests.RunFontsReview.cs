using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>
/// Review of the thirty-sixth session's picture fonts of runs (commit 1bcf343): each test failed on that commit (fixed the
/// same session) but for the controls, the F081 and asciiTheme rows and the last two tests, which passed.
/// </summary>
public partial class DocxDocumentReaderTests
{
    [Fact]
    public void Rtl_draws_from_the_complex_script_font_though_cs_says_0_on_the_same_run()
    {
        // [MS-OI29500] 2.1.88 b: "If the run has the cs element or the rtl element, then the cs font is used". w:cs and
        // w:rtl are two properties: w:cs w:val="0" does not turn w:rtl off. The reader folded them into one flag, the cs
        // element's read first, so the rtl was never seen.
        Assert.Equal("●加强公开", Typed("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Wingdings\"/><w:cs w:val=\"0\"/><w:rtl/>", "l"));
    }

    [Fact]
    public void Rtl_of_the_character_style_is_not_turned_off_by_the_run_s_cs_0()
    {
        // The same across levels: the run says w:cs w:val="0", its character style says w:rtl. The run is right to left
        // (rtl is no toggle and nothing turns it off), so Word draws it from its complex script font (Arial): l, not ●.
        // Two causes then: the run's cs="0" hid any rtl further along (one flag for both), and a style's w:rtl was never
        // read at all (see the next test but one).
        static Style[] Styles() =>
        [
            RunStyled("Rtl", StyleValues.Character, new RightToLeftText()),
            RunStyled("Body", StyleValues.Paragraph, null),
        ];

        Assert.Equal(
            ["前", "l加强", "后"],
            TextsBetween(Styles, "Body", "<w:r><w:rPr><w:rStyle w:val=\"Rtl\"/><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:cs=\"Arial\"/><w:cs w:val=\"0\"/></w:rPr><w:t>l</w:t></w:r><w:r><w:t>加强</w:t></w:r>"));
    }

    [Theory]
    [InlineData("F081")] // ① (works)
    [InlineData("F085")] // ⑤: code 0x85 is NEL, white space to .NET, but U+F085 is none
    [InlineData("F0A0")] // code 0xA0 is the no-break space, but U+F0A0 is none
    public void A_private_area_code_typed_in_Wingdings_reads_as_the_same_code_inserted_as_a_symbol(string code)
    {
        // Word keeps a picture font's characters at F020..F0FF: the same code typed (w:t) in a Wingdings run and inserted
        // as a symbol (w:sym, Wingdings) print the same mark. PictureFonts.Drawn asked whether the code less F000 was white
        // space, so U+F085 (Wingdings' ⑤) and U+F0A0 stayed private-area characters in the text.
        string inserted = TextOfRuns($"<w:r><w:sym w:font=\"Wingdings\" w:char=\"{code}\"/></w:r><w:r><w:t>加强公开</w:t></w:r>");
        string typed = Typed(InWingdings, ((char)Convert.ToInt32(code, 16)).ToString());

        // Compared as code points: the private-area character the reader keeps prints as nothing in a failure message.
        static string Codes(string text) => string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Codes(inserted), Codes(typed));
    }

    [Theory]
    [InlineData("<w:cs w:val=\"bogus\"/>")]
    [InlineData("<w:rtl w:val=\"bogus\"/>")]
    [InlineData("<w:rFonts w:hint=\"bogus\"/>")]
    [InlineData("<w:rFonts w:asciiTheme=\"bogus\"/>")]
    public void A_run_s_unreadable_cs_rtl_or_hint_in_a_document_with_no_picture_font_reads_as_before(string property)
    {
        // A document naming no picture font anywhere: at db34c5a the run's w:cs, w:rtl and w:hint were never read and
        // the document read as 一二; 1bcf343 parsed them for every run (the SDK's typed values, which throw on
        // a value the schema does not list) before knowing whether any font is a picture font.
        Assert.Equal("一二", TextOfRuns($"<w:r><w:rPr>{property}</w:rPr><w:t>一</w:t></w:r><w:r><w:t>二</w:t></w:r>"));
    }

    [Fact]
    public void A_character_style_s_rtl_draws_the_run_from_its_complex_script_font()
    {
        // The reader resolved "complex script" along the styles (Words.Of on StyleRunProperties), but the Open XML SDK
        // parses w:cs and w:rtl in a style's (and the defaults') w:rPr as unknown elements: GetFirstChild<ComplexScript>()
        // and GetFirstChild<RightToLeftText>() are always null there, so a style's w:rtl or w:cs was never read (now looked up by name). ECMA-376
        // allows both in a style's rPr (CT_RPr); [MS-OI29500] 2.1.88: such a run draws everything from its cs font (Arial).
        static Style[] Styles() =>
        [
            RunStyled("Rtl", StyleValues.Character, new RightToLeftText()),
            RunStyled("Body", StyleValues.Paragraph, null),
        ];

        Assert.Equal(
            ["前", "l加强", "后"],
            TextsBetween(Styles, "Body", "<w:r><w:rPr><w:rStyle w:val=\"Rtl\"/><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:cs=\"Arial\"/></w:rPr><w:t>l</w:t></w:r><w:r><w:t>加强</w:t></w:r>"));
    }

    [Fact]
    public void The_defaults_cs_draws_every_run_from_its_complex_script_font()
    {
        // The same for the document's defaults (w:docDefaults/w:rPrDefault/w:rPr: RunPropertiesBaseStyle, where the SDK
        // does not know w:cs either).
        Assert.Equal("l", TextUnderDefaults("<w:cs/>", "<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:cs=\"Arial\"/>", "l"));
    }

    [Fact]
    public void Text_run_into_the_next_paragraph_takes_that_paragraph_s_style_fonts()
    {
        // docs/documents.md (revisions): a paragraph whose mark a tracked change deletes "runs into the next paragraph,
        // which keeps its own number and style (the paragraph whose mark stays keeps its properties)". Accepted, Ø stands
        // in a 正文 paragraph whose style names no picture font: Ø. The reader drew held runs from the style of the
        // paragraph they were typed in (run.Ancestors<Paragraph>()), whose mark is gone: ➢.
        static Style[] Styles() =>
        [
            RunStyled("BulletParagraph", StyleValues.Paragraph, new RunFonts { Ascii = "Wingdings", HighAnsi = "Wingdings" }),
            RunStyled("Body", StyleValues.Paragraph, new RunFonts { EastAsia = "仿宋_GB2312" }),
        ];

        DocumentParagraph joined = ParagraphsOf(Docx([MarkRemoved(Para("Ø", "BulletParagraph")), Para("加强", "Body")], styles: Styles())).Single();

        Assert.Equal("Ø加强", joined.Text);
    }

    [Fact]
    public void A_Chinese_language_given_as_its_LCID_is_Chinese()
    {
        // ECMA-376 (transitional, ST_Lang) lets w:lang name a language by its hexadecimal LCID: 0804 is Chinese (PRC).
        // Under the East Asian hint a ü in Chinese is drawn from the East Asian font ([MS-OI29500] 2.1.88); the reader
        // asked only whether the value starts with "zh".
        Assert.Equal("ü加强公开", Typed("<w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\" w:hint=\"eastAsia\"/><w:lang w:eastAsia=\"0804\"/>", "ü"));
    }

    [Fact]
    public void A_text_box_in_a_Wingdings_run_reads_its_own_runs_fonts_and_the_outer_run_s_resume_after_it()
    {
        // A check that passed on 1bcf343: the run's fonts are set for its own text, a text box's runs take theirs, and the outer run's
        // come back after the box.
        Assert.Equal(
            "➢\nØ\n➢",
            TextOfRuns($"<w:r><w:rPr>{InWingdings}</w:rPr><w:t>Ø</w:t><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p><w:r><w:t>Ø</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict><w:t>Ø</w:t></w:r>"));
    }

    [Fact]
    public void A_style_loop_ends()
    {
        // A check that passed on 1bcf343: styles based on each other in a loop, one naming Wingdings, are read once around.
        static Style[] Styles() =>
        [
            RunStyled("A", StyleValues.Character, new RunFonts { Ascii = "Wingdings", HighAnsi = "Wingdings" }, basedOn: "B"),
            RunStyled("B", StyleValues.Character, new Bold(), basedOn: "A"),
            RunStyled("Body", StyleValues.Paragraph, null, basedOn: "Body"),
        ];

        Assert.Equal(["前", "➢加强", "后"], TextsBetween(Styles, "Body", "<w:r><w:rPr><w:rStyle w:val=\"B\"/></w:rPr><w:t>Ø</w:t></w:r><w:r><w:t>加强</w:t></w:r>"));
    }
}
