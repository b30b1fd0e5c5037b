using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Documents.Word;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>The walk over the body: headings from styles, fields, merges, rows starting late, text boxes.</summary>
public partial class DocxDocumentReaderTests
{
    private static Style ParagraphStyle(string id, string name, int? outlineLevel = null, string? basedOn = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (outlineLevel is { } level)
        {
            style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
        }

        return style;
    }

    private static DocumentParagraph[] ParagraphsOf(byte[] docx) => [.. Read(docx).Blocks.OfType<DocumentParagraph>()];

    private static DocumentTable TableOf(params TableRow[] rows) => Read(Docx([new Table(rows)])).Blocks.OfType<DocumentTable>().Single();

    private static Run FieldChar(FieldCharValues type) => new(new FieldChar { FieldCharType = type });

    [Fact]
    public void A_stream_that_is_null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>("stream", () => DocxDocumentReader.Read(null!, "report.docx"));
    }

    [Fact]
    public void Outline_level_9_is_body_text_and_levels_0_to_8_are_headings_whether_on_the_paragraph_or_its_style()
    {
        static Paragraph WithLevel(string text, int level) =>
            new(new ParagraphProperties(new OutlineLevel { Val = level }), new Run(new Text(text)));
        Style[] styles =
        [
            ParagraphStyle("Level1", "Section", outlineLevel: 1),
            ParagraphStyle("Body9", "Plain", outlineLevel: 9),
            ParagraphStyle("Derived", "Derived", basedOn: "Level1"),
        ];

        DocumentParagraph[] paragraphs = ParagraphsOf(Docx(
            [WithLevel("八级", 8), WithLevel("正文级", 9), Para("样式一级", "Level1"), Para("样式正文级", "Body9"), Para("继承", "Derived")],
            styles: styles));

        Assert.Equal([true, false, true, false, true], paragraphs.Select(p => p.IsHeading));
    }

    [Fact]
    public void A_style_named_title_is_a_heading_and_styles_based_on_each_other_in_a_cycle_end_the_search()
    {
        Style[] styles =
        [
            ParagraphStyle("MyTitle", "Title"),
            ParagraphStyle("A", "Alpha", basedOn: "B"),
            ParagraphStyle("B", "Beta", basedOn: "A"),
        ];

        DocumentParagraph[] paragraphs = ParagraphsOf(Docx([Para("标题", "MyTitle"), Para("循环", "A")], styles: styles));

        Assert.Equal([true, false], paragraphs.Select(p => p.IsHeading));
    }

    [Theory]
    [InlineData(16, true)]
    [InlineData(17, false)]
    public void A_heading_style_is_found_up_to_16_steps_along_based_on(int steps, bool heading)
    {
        // documents.md: "its style, or a style it is based on (up to 16 steps)". S0 is the paragraph's style; S{steps}
        // is the heading style at the end of the chain.
        Style[] styles =
        [
            .. Enumerable.Range(0, steps).Select(i => ParagraphStyle($"S{i}", $"Step {i}", basedOn: $"S{i + 1}")),
            ParagraphStyle($"S{steps}", "heading 1"),
        ];

        Assert.Equal(heading, ParagraphsOf(Docx([Para("一、总体情况", "S0")], styles: styles)).Single().IsHeading);
    }

    [Fact]
    public void A_non_breaking_hyphen_reads_as_a_hyphen()
    {
        var p = new Paragraph(new Run(new Text("2023"), new NoBreakHyphen(), new Text("01")));

        Assert.Equal("2023-01", ParagraphsOf(Docx([p])).Single().Text);
    }

    [Fact]
    public void A_text_box_inside_a_run_reads_as_lines_of_its_own()
    {
        byte[] bytes = WithDocumentXml(Docx([Para("x")]), xml => xml.Replace(
            "<w:t>x</w:t></w:r>",
            "<w:t>框前</w:t></w:r><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p><w:r><w:t>框中</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>框后</w:t></w:r>",
            StringComparison.Ordinal));

        Assert.Equal("框前\n框中\n框后", ParagraphsOf(bytes).Single().Text);
    }

    /// <summary>The text of a document's one paragraph whose runs are <paramref name="runs"/> (markup compatibility declared).</summary>
    private static string TextOfRuns(string runs) => ParagraphsOf(WithDocumentXml(Docx([Para("x")]), xml => xml.Replace(
        "<w:r><w:t>x</w:t></w:r>",
        runs.Replace("<mc:AlternateContent>", "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">", StringComparison.Ordinal),
        StringComparison.Ordinal))).Single().Text;

    [Fact]
    public void Raised_and_lowered_digits_are_read_as_they_show_not_as_digits_of_the_text_before_them()
    {
        // Exploratory testing, issue 10's twenty-ninth session: a footnote mark raised after a number (131, then 1 as a
        // superscript) read as 1311, a number the agency never printed, and nothing said.
        const string raised = "<w:r><w:t>131</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>1</w:t></w:r>";
        const string lowered = "<w:r><w:t>H</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"subscript\"/></w:rPr><w:t>2</w:t></w:r><w:r><w:t>O</w:t></w:r>";
        const string baseline = "<w:r><w:t>13</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"baseline\"/></w:rPr><w:t>1</w:t></w:r>";

        Assert.Equal(("131¹", "H₂O", "131"), (TextOfRuns(raised), TextOfRuns(lowered), TextOfRuns(baseline)));
    }

    [Fact]
    public void A_character_style_raises_lowers_or_hides_a_run_as_direct_formatting_does_along_the_styles_it_is_based_on()
    {
        // Left by issue 10's twenty-ninth session: Word raises a footnote mark by its character style (脚注引用,
        // FootnoteReference: w:rStyle), not by the run's own w:vertAlign; 131 with such a mark read as 1311.
        static Style CharacterStyle(string id, string? basedOn = null, OpenXmlElement? property = null)
        {
            var style = new Style(new StyleName { Val = id }) { Type = StyleValues.Character, StyleId = id };
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

        // Made for each document: an element belongs to one.
        static Style[] Styles() =>
        [
            CharacterStyle("FootnoteReference", property: new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
            CharacterStyle("Derived", basedOn: "FootnoteReference"),
            CharacterStyle("Lowered", property: new VerticalTextAlignment { Val = VerticalPositionValues.Subscript }),
            CharacterStyle("Hidden", property: new Vanish()),
            CharacterStyle("A", basedOn: "B"),
            CharacterStyle("B", basedOn: "A"),
        ];
        static string Text(string runs) => ParagraphsOf(WithDocumentXml(Docx([Para("x")], styles: Styles()), xml => xml.Replace(
            "<w:r><w:t>x</w:t></w:r>", runs, StringComparison.Ordinal))).Single().Text;
        static string Styled(string style, string text, string own = "") => $"<w:r><w:rPr><w:rStyle w:val=\"{style}\"/>{own}</w:rPr><w:t>{text}</w:t></w:r>";
        const string Number = "<w:r><w:t>131</w:t></w:r>";

        Assert.Equal("131¹", Text(Number + Styled("FootnoteReference", "1")));
        Assert.Equal("131¹", Text(Number + Styled("Derived", "1"))); // along the styles it is based on
        Assert.Equal("131₂", Text(Number + Styled("Lowered", "2")));
        Assert.Equal("131", Text(Number + Styled("Hidden", "9")));
        Assert.Equal("1312", Text(Number + Styled("FootnoteReference", "2", "<w:vertAlign w:val=\"baseline\"/>"))); // the run's own wins
        Assert.Equal("1312", Text(Number + Styled("A", "2"))); // styles based on each other in a cycle end the search
        Assert.Equal("1312", Text(Number + Styled("Missing", "2"))); // a style the document does not define

        // Mutation testing of the thirty-third session: a run saying one of the two itself still takes the other from its
        // style (the styles were asked only where the run said neither, with '&&').
        Assert.Equal("131¹", Text(Number + Styled("FootnoteReference", "1", "<w:vanish w:val=\"0\"/>"))); // shown by itself, raised by its style
        Assert.Equal("131", Text(Number + Styled("Hidden", "9", "<w:vertAlign w:val=\"baseline\"/>"))); // on the baseline by itself, hidden by its style
    }

    [Fact]
    public void A_paragraph_style_hides_or_raises_its_runs_under_their_character_style_and_own_formatting()
    {
        // Left by issue 10's thirtieth session: a paragraph style's run properties (w:style w:type="paragraph", its
        // w:rPr) apply to its runs, under the runs' character style and own formatting; a paragraph hidden by its style
        // was read as text.
        static Style Styled(string id, StyleValues type, OpenXmlElement property, string? basedOn = null)
        {
            var style = new Style(new StyleName { Val = id }) { Type = type, StyleId = id };
            if (basedOn is not null)
            {
                style.Append(new BasedOn { Val = basedOn });
            }

            style.Append(new StyleRunProperties(property));
            return style;
        }

        static Style[] Styles() =>
        [
            Styled("HiddenParagraph", StyleValues.Paragraph, new Vanish()),
            Styled("DerivedParagraph", StyleValues.Paragraph, new Bold(), basedOn: "HiddenParagraph"),
            Styled("RaisedParagraph", StyleValues.Paragraph, new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
            Styled("Shown", StyleValues.Character, new Vanish { Val = false }),
        ];
        static string[] Texts(string paragraphStyle, string runs) => [.. ParagraphsOf(WithDocumentXml(Docx([Para("前"), Para("x"), Para("后")], styles: Styles()), xml => xml.Replace(
            "<w:p><w:r><w:t>x</w:t></w:r></w:p>", $"<w:p><w:pPr><w:pStyle w:val=\"{paragraphStyle}\"/></w:pPr>{runs}</w:p>", StringComparison.Ordinal))).Select(p => p.Text)];

        Assert.Equal(["前", "后"], Texts("HiddenParagraph", "<w:r><w:t>藏</w:t></w:r>"));
        Assert.Equal(["前", "后"], Texts("DerivedParagraph", "<w:r><w:t>藏</w:t></w:r>")); // along the styles it is based on
        Assert.Equal(["前", "见", "后"], Texts("HiddenParagraph", "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>见</w:t></w:r>")); // the run's own wins
        Assert.Equal(["前", "见", "后"], Texts("HiddenParagraph", "<w:r><w:rPr><w:rStyle w:val=\"Shown\"/></w:rPr><w:t>见</w:t></w:r>")); // so does its character style
        Assert.Equal(["前", "¹", "后"], Texts("RaisedParagraph", "<w:r><w:t>1</w:t></w:r>"));
    }

    [Fact]
    public void Hiding_set_by_a_character_style_and_by_its_paragraphs_style_turns_over()
    {
        // Left by issue 10's thirty-first session: w:vanish is a toggle property (ECMA-376 Part 1, 17.7.3). Set in a
        // character style over a paragraph whose style hides its text, it shows the run again, as Word shows it; the
        // reader took the nearer style's word, and dropped the run's text.
        static Style Styled(string id, StyleValues type, bool? vanish, string? basedOn = null)
        {
            var style = new Style(new StyleName { Val = id }) { Type = type, StyleId = id };
            if (basedOn is not null)
            {
                style.Append(new BasedOn { Val = basedOn });
            }

            style.Append(vanish is { } on ? new StyleRunProperties(new Vanish { Val = on }) : new StyleRunProperties(new Bold()));
            return style;
        }

        static Style[] Styles() =>
        [
            Styled("HiddenParagraph", StyleValues.Paragraph, vanish: true),
            Styled("HiddenCharacter", StyleValues.Character, vanish: true),
            Styled("StillHiddenCharacter", StyleValues.Character, vanish: true, basedOn: "HiddenCharacter"),
            Styled("BoldCharacter", StyleValues.Character, vanish: null, basedOn: "HiddenCharacter"),
        ];
        static string[] Texts(string? paragraphStyle, string runProperties) => [.. ParagraphsOf(WithDocumentXml(Docx([Para("前"), Para("x"), Para("后")], styles: Styles()), xml => xml.Replace(
            "<w:p><w:r><w:t>x</w:t></w:r></w:p>",
            $"<w:p>{(paragraphStyle is null ? "" : $"<w:pPr><w:pStyle w:val=\"{paragraphStyle}\"/></w:pPr>")}<w:r><w:rPr>{runProperties}</w:rPr><w:t>见</w:t></w:r><w:r><w:t>文</w:t></w:r></w:p>",
            StringComparison.Ordinal))).Select(p => p.Text)];

        Assert.Equal(["前", "见", "后"], Texts("HiddenParagraph", "<w:rStyle w:val=\"HiddenCharacter\"/>")); // hidden twice: shown
        Assert.Equal(["前", "见", "后"], Texts("HiddenParagraph", "<w:rStyle w:val=\"BoldCharacter\"/>")); // the character style's word from its base
        Assert.Equal(["前", "见", "后"], Texts("HiddenParagraph", "<w:rStyle w:val=\"StillHiddenCharacter\"/>")); // a style restating its base's word turns nothing over again
        Assert.Equal(["前", "见文", "后"], Texts(null, "<w:rStyle w:val=\"HiddenCharacter\"/><w:vanish w:val=\"0\"/>")); // the run's own word is absolute
        Assert.Equal(["前", "文", "后"], Texts(null, "<w:rStyle w:val=\"HiddenCharacter\"/>")); // the character style alone hides
        Assert.Equal(["前", "后"], Texts("HiddenParagraph", "<w:rStyle w:val=\"HiddenCharacter\"/><w:vanish/>")); // the run's own word hides whatever its styles say
    }

    [Theory]
    [InlineData("宋体", "2212", "−417")] // Insert ▸ Symbol ▸ minus sign: the character itself
    [InlineData("Symbol", "F02D", "−417")] // the Symbol font's minus, in the private area Word stores it in
    [InlineData("Symbol", "002D", "−417")]
    [InlineData("Symbol", "F02B", "+417")]
    [InlineData("Symbol", "F037", "7417")] // the Symbol font's digits are digits
    [InlineData("宋体", "2014", "—417")] // an em dash
    [InlineData("Symbol", "F061", "α417")] // the Symbol font's Greek (thirty-second session; U+FFFD before, as unknown)
    [InlineData("Symbol", "F0D6", "√417")] // a check mark in the Symbol font, as agencies tick a box
    [InlineData("Symbol", "F0B3", "≥417")]
    [InlineData("Symbol", "F0B4", "×417")]
    [InlineData("Symbol", "F022", "∀417")] // where ASCII has " the Symbol font has ∀: not a quotation mark
    [InlineData("Symbol", "F0E6", "\uFFFD417")] // a piece of a large bracket: no character of its own
    [InlineData("Symbol", "F0FF", "\uFFFD417")] // a code the Symbol font has no character for
    [InlineData("Wingdings", "F0FC", "✓417")] // Wingdings' check mark (thirty-fifth session; U+FFFD before, as unknown)
    [InlineData("Wingdings", "F0D8", "➢417")] // the arrowhead agencies bullet their lists with
    [InlineData("Wingdings", "F06C", "●417")]
    [InlineData("Wingdings", "F0A7", "▪417")]
    [InlineData("Wingdings", "F0FE", "☑417")]
    [InlineData("Wingdings", "F081", "①417")]
    [InlineData("wingdings", "00FC", "✓417")] // its codes outside the private area too, its name in any case
    [InlineData("Wingdings", "F024", "👓417")] // a picture whose character is past the basic plane (eyeglasses; U+FFFD before the thirty-eighth session)
    [InlineData("Wingdings", "F027", "🕯417")] // a candle, encoded in Unicode 7.0
    [InlineData("Wingdings", "F0FF", "\uFFFD417")] // the last code (a logo): no character
    [InlineData("Wingdings 2", "F050", "🗸417")] // Wingdings 2's check mark (U+FFFD before the thirty-eighth session)
    [InlineData("Wingdings 2", "F052", "☑417")] // …its ticked box
    [InlineData("WINGDINGS 2", "00A3", "□417")] // …its empty box, outside the private area, the name in any case
    [InlineData("Wingdings 3", "F070", "▲417")]
    [InlineData("Webdings", "F061", "✔417")]
    [InlineData("Marlett", "F061", "\uFFFD417")] // a picture font the reader does not know: no mark it can name
    [InlineData("宋体", "ZZ", "\uFFFD417")] // a character code that is none
    public void A_symbol_inserted_by_word_is_read_as_the_character_it_shows(string font, string code, string expected)
    {
        // Exploratory testing, issue 10's thirtieth session: w:sym (Insert ▸ Symbol) was not read at all, so a minus sign
        // inserted so vanished and a 2019 change of −417 read as 417, its sign flipped without a word.
        Assert.Equal(expected, TextOfRuns($"<w:r><w:sym w:font=\"{font}\" w:char=\"{code}\"/><w:t>417</w:t></w:r>"));
    }

    [Fact]
    public void Text_in_smart_tags_is_read_nested_ones_and_revisions_in_them_too_and_their_properties_are_not()
    {
        // Word for Chinese wraps a number with its unit (chmetcnv) or a date (chsdate) in a smart tag, which the Open XML
        // SDK 3 no longer knows.
        const string tag = "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"{0}\"><w:smartTagPr><w:attr w:name=\"SourceValue\" w:val=\"7\"/></w:smartTagPr>{1}</w:smartTag>";
        string Tag(string element, string content) => string.Format(System.Globalization.CultureInfo.InvariantCulture, tag, element, content);

        Assert.Equal("共收到申请7件。", TextOfRuns("<w:r><w:t>共收到申请</w:t></w:r>" + Tag("chmetcnv", "<w:r><w:t>7件</w:t></w:r>") + "<w:r><w:t>。</w:t></w:r>"));
        Assert.Equal("2023年1月15日", TextOfRuns(Tag("chsdate", "<w:r><w:t>2023年</w:t></w:r><w:proofErr w:type=\"spellStart\"/>" + Tag("chmetcnv", "<w:r><w:t>1月</w:t></w:r>") + "<w:r><w:t>15日</w:t></w:r>")));
        Assert.Equal("12件", TextOfRuns(Tag("chmetcnv", "<w:r><w:t>1</w:t></w:r><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>0</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>2</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>藏</w:t></w:r><w:r><w:t>件</w:t></w:r>")));
    }

    [Fact]
    public void Spaces_and_tabs_typed_in_a_cell_are_cleaned_as_a_pages_are_not_kept_as_a_paragraphs_are()
    {
        static TableCell Typed(params string[] runs) => new(new Paragraph(runs.Select(r => r == "\t"
            ? new Run(new TabChar())
            : new Run(new Text(r) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))));

        DocumentTable table = TableOf(Row(
            Typed(" 110"), Typed("\t", "101"), Typed("社会公益 ", " 组织"), Typed("1.属于国家秘密 "), Typed("\u3000（一）本机关\t")));

        Assert.Equal(["110", "101", "社会公益 组织", "1.属于国家秘密", "\u3000（一）本机关"], table.Rows[0].Select(c => c.Text));
    }

    [Fact]
    public void Smart_tags_nested_inside_fields_and_hyperlinks_inside_smart_tags_are_all_unwrapped()
    {
        // A review's hostile shape: smart tags alternating with elements that hold them, 150 levels, runs at the bottom
        // (read in one pass over the part: each level read again had parsed the subtree once for each level above it).
        string open = string.Concat(Enumerable.Range(0, 150).Select(i => i % 2 == 0
            ? "<w:smartTag w:uri=\"u\" w:element=\"e\"><w:smartTagPr><w:attr w:name=\"n\" w:val=\"藏\"/></w:smartTagPr><w:fldSimple w:instr=\" QUOTE \">"
            : "<w:smartTag w:uri=\"u\" w:element=\"e\"><w:hyperlink w:anchor=\"a\">"));
        string close = string.Concat(Enumerable.Range(0, 150).Reverse().Select(i => i % 2 == 0 ? "</w:fldSimple></w:smartTag>" : "</w:hyperlink></w:smartTag>"));

        Assert.Equal(new string('1', 2000) + "末", TextOfRuns(open + string.Concat(Enumerable.Repeat("<w:r><w:t>1</w:t></w:r>", 2000)) + close + "<w:r><w:t>末</w:t></w:r>"));
    }

    [Fact]
    public void Smart_tags_in_a_main_part_saved_as_utf16_are_read()
    {
        byte[] bytes = WithPart(Docx([Para("x")]), "word/document.xml", xml => xml.Replace("utf-8", "utf-16", StringComparison.OrdinalIgnoreCase).Replace(
            "<w:r><w:t>x</w:t></w:r>",
            "<w:r><w:t>共</w:t></w:r><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"chmetcnv\"><w:r><w:t>7件</w:t></w:r></w:smartTag>",
            StringComparison.Ordinal), encoding: System.Text.Encoding.Unicode);

        Assert.Equal("共7件", ParagraphsOf(bytes).Single().Text);
    }

    [Fact]
    public void A_document_that_mentions_smart_tags_only_in_a_comment_reads_as_without_the_mention()
    {
        // Such a part is rewritten too: what it holds reads the same, a carriage return written as a reference included.
        string runs = "<w:r><w:t xml:space=\"preserve\">a&#13;b  c</w:t></w:r><w:r><w:tab/><w:t>d</w:t></w:r>";
        byte[] plain = WithDocumentXml(Docx([Para("x")]), xml => xml.Replace("<w:r><w:t>x</w:t></w:r>", runs, StringComparison.Ordinal));
        byte[] mentioned = WithDocumentXml(Docx([Para("x")]), xml => xml.Replace("<w:r><w:t>x</w:t></w:r>", "<!-- smartTag -->" + runs, StringComparison.Ordinal));

        Assert.Equal(ParagraphsOf(plain).Single().Text, ParagraphsOf(mentioned).Single().Text);
    }

    [Fact]
    public void A_smart_tag_far_into_a_long_document_is_read()
    {
        // A real report's main part runs to hundreds of kilobytes: the first smart tag may come long after its start.
        Paragraph[] before = [.. Enumerable.Range(0, 300).Select(i => Para($"第{i}段" + new string('文', 50)))];
        byte[] bytes = WithDocumentXml(Docx([.. before, Para("x")]), xml => xml.Replace(
            "<w:r><w:t>x</w:t></w:r>",
            "<w:r><w:t>共</w:t></w:r><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"chmetcnv\"><w:r><w:t>7件</w:t></w:r></w:smartTag>",
            StringComparison.Ordinal));

        DocumentParagraph[] paragraphs = ParagraphsOf(bytes);

        Assert.Equal(301, paragraphs.Length);
        Assert.Equal("共7件", paragraphs[^1].Text);
    }

    [Fact]
    public void A_run_of_spaces_alone_is_kept_in_a_document_with_smart_tags()
    {
        // A space typed between two runs is a run of its own, white space only (xml:space="preserve").
        Assert.Equal(
            "共 7件",
            TextOfRuns("<w:r><w:t>共</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"chmetcnv\"><w:r><w:t>7件</w:t></w:r></w:smartTag>"));
    }

    [Fact]
    public void A_number_in_a_smart_tag_in_a_table_cell_is_read()
    {
        byte[] bytes = WithDocumentXml(Docx([new Table(Row(Cell("x")))]), xml => xml.Replace(
            "<w:r><w:t>x</w:t></w:r>",
            "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"chmetcnv\"><w:r><w:t>110件</w:t></w:r></w:smartTag>",
            StringComparison.Ordinal));

        Assert.Equal("110件", Read(bytes).Blocks.OfType<DocumentTable>().Single()[0, 0].Cell!.Text);
    }

    [Fact]
    public void Alternate_content_reads_one_branch_not_both() => Assert.Equal(
        "甲",
        TextOfRuns("<mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>甲</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>甲</w:t></w:r></mc:Fallback></mc:AlternateContent>"));

    // Found by the mutation run: damaged markup compatibility, neither a choice nor a fallback.
    [Fact]
    public void Alternate_content_with_no_branch_reads_as_nothing() => Assert.Equal(
        "前后",
        TextOfRuns("<w:r><w:t>前</w:t></w:r><mc:AlternateContent><w:r><w:t>乙</w:t></w:r></mc:AlternateContent><w:r><w:t>后</w:t></w:r>"));

    [Fact]
    public void Results_of_fields_nested_in_another_fields_instruction_are_hidden_all_of_them()
    {
        // { IF { PAGE } = { NUMPAGES } "末页" "" } as Word saves it: the inner fields' results are text, inside the outer
        // field's instruction; only the outer field's result is printed.
        var p = new Paragraph(
            FieldChar(FieldCharValues.Begin), new Run(new FieldCode(" IF ")),
            FieldChar(FieldCharValues.Begin), new Run(new FieldCode(" PAGE ")), FieldChar(FieldCharValues.Separate), new Run(new Text("3")), FieldChar(FieldCharValues.End),
            new Run(new FieldCode(" = ")),
            FieldChar(FieldCharValues.Begin), new Run(new FieldCode(" NUMPAGES ")), FieldChar(FieldCharValues.Separate), new Run(new Text("3")), FieldChar(FieldCharValues.End),
            new Run(new FieldCode(" \"末页\" \"\" ")),
            FieldChar(FieldCharValues.Separate), new Run(new Text("末页")), FieldChar(FieldCharValues.End));

        Assert.Equal("末页", ParagraphsOf(Docx([p])).Single().Text);
    }

    [Fact]
    public void A_stray_field_separator_or_end_without_a_beginning_is_passed_over()
    {
        var p = new Paragraph(new Run(new Text("1")), FieldChar(FieldCharValues.Separate), new Run(new Text("2")), FieldChar(FieldCharValues.End), new Run(new Text("3")));

        Assert.Equal("123", ParagraphsOf(Docx([p])).Single().Text);
    }

    [Fact]
    public void A_row_starting_late_places_its_cells_in_the_columns_they_are_printed_in()
    {
        // | a | b (vMerge restart) |
        // |   | (continue)         |   <- gridBefore 1: the row's first cell is in the second column
        var late = new TableRow(new TableRowProperties(new GridBefore { Val = 1 }), Cell(string.Empty, merge: MergedCellValues.Continue));

        DocumentTable table = TableOf(Row(Cell("a"), Cell("b", merge: MergedCellValues.Restart)), late);

        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("b", table[1, 1].Cell!.Text);
        Assert.Equal(2, table[0, 1].Cell!.RowSpan);
        Assert.Equal(string.Empty, table[1, 0].Cell!.Text);
        Assert.Equal(1, table[1, 0].Cell!.ColumnSpan);
    }

    [Fact]
    public void Two_vertical_merges_one_under_the_other_stay_two_cells()
    {
        DocumentTable table = TableOf(
            Row(Cell("a", merge: MergedCellValues.Restart)),
            Row(Cell(string.Empty, merge: MergedCellValues.Continue)),
            Row(Cell("b", merge: MergedCellValues.Restart)),
            Row(Cell(string.Empty, continueWithoutValue: true)));

        Assert.Equal(["a", "a", "b", "b"], Enumerable.Range(0, 4).Select(r => table[r, 0].Cell!.Text));
        Assert.Equal([2, 2], table.Rows.Where(r => r.Length > 0).Select(r => r[0].RowSpan));
    }

    [Fact]
    public void Text_in_a_continuing_cell_joins_the_merged_cells_text_and_a_continuation_with_nothing_above_stays_a_cell()
    {
        DocumentTable table = TableOf(
            Row(Cell("甲"), Cell("乙", merge: MergedCellValues.Restart)),
            Row(Cell("丙", merge: MergedCellValues.Continue), Cell("丁", merge: MergedCellValues.Continue)));

        Assert.Equal("乙\n丁", table[1, 1].Cell!.Text);
        Assert.Equal("丙", table[1, 0].Cell!.Text);
        Assert.Equal((1, 0), (table[1, 0].OriginRow, table[1, 0].OriginColumn));
    }

    /// <summary>A cell of the legacy horizontal merge (<c>w:hMerge</c>).</summary>
    private static TableCell HMerged(string text, MergedCellValues value) =>
        new(new TableCellProperties(new HorizontalMerge { Val = value }), Para(text));

    [Fact]
    public void A_legacy_horizontal_merge_widens_the_cell_before_it()
    {
        DocumentTable table = TableOf(
            Row(HMerged("合并", MergedCellValues.Restart), HMerged("续", MergedCellValues.Continue), Cell("c")),
            Row(Cell("1"), Cell("2"), Cell("3")));

        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(2, table.Rows[0].Length);
        Assert.Equal("合并\n续", table[0, 1].Cell!.Text);
        Assert.Equal(2, table[0, 0].Cell!.ColumnSpan);
        Assert.Equal("c", table[0, 2].Cell!.Text);
    }

    [Fact]
    public void A_legacy_horizontal_merge_that_starts_a_row_is_a_cell_of_its_own_and_an_empty_cell_adds_no_line()
    {
        // Found by the mutation run: a row's first cell continuing nothing, and an empty cell merged with text.
        DocumentTable table = TableOf(
            Row(HMerged("续", MergedCellValues.Continue), Cell(string.Empty, merge: MergedCellValues.Restart)),
            Row(Cell("1"), Cell("下", merge: MergedCellValues.Continue)));

        Assert.Equal(("续", 1), (table[0, 0].Cell!.Text, table[0, 0].Cell!.ColumnSpan));
        Assert.Equal(("下", 2), (table[0, 1].Cell!.Text, table[0, 1].Cell!.RowSpan));
    }

    [Fact]
    public void A_table_without_rows_is_no_table()
    {
        SourceDocument document = Read(Docx([Para("一、总体情况"), new Table(new TableProperties())]));

        Assert.Empty(document.Blocks.OfType<DocumentTable>());
    }

    [Fact]
    public void A_zip_without_a_word_document_is_refused_saying_so()
    {
        using var notPackage = new MemoryStream();
        using (var zip = new ZipArchive(notPackage, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("不是 Word 文档");
        }

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(notPackage.ToArray()), "broken.docx"));

        Assert.Equal("broken.docx", e.File);
        Assert.Contains("holds no Word document body", e.Message);
    }

    [Fact]
    public void A_package_whose_relationships_name_a_main_part_it_does_not_hold_is_refused_as_not_opened()
    {
        byte[] bytes = WithoutPart(Docx([Para("x")]), "word/document.xml");

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "broken.docx"));

        Assert.Equal("broken.docx", e.File);
        Assert.Contains("The Word document cannot be opened", e.Message);
    }

    [Fact]
    public void A_package_whose_content_types_are_contradictory_is_refused_as_not_opened()
    {
        // Two defaults for .xml: the packaging layer refuses the package (OpenXmlPackageException).
        byte[] bytes = WithPart(Docx([Para("x")]), "[Content_Types].xml", xml => xml.Replace(
            "</Types>", "<Default Extension=\"xml\" ContentType=\"application/xml\" /></Types>", StringComparison.Ordinal));

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "broken.docx"));

        Assert.Contains("The Word document cannot be opened", e.Message);
    }

    [Fact]
    public void A_cell_span_that_is_not_a_number_is_refused_as_a_damaged_document_not_guessed()
    {
        // As Word does (it reports unreadable content): the SDK cannot parse w:gridSpan w:val="x" (FormatException).
        byte[] bytes = WithDocumentXml(Docx([new Table(Row(Cell("a", span: 2)))]), xml => xml.Replace(
            "<w:gridSpan w:val=\"2\" />", "<w:gridSpan w:val=\"x\" />", StringComparison.Ordinal));
        Assert.Contains("w:val=\"x\"", ReadPartText(bytes, "word/document.xml"));

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "broken.docx"));

        Assert.Contains("The Word document cannot be opened", e.Message);
        Assert.Contains("'x'", e.Message);
    }

    private static string ReadPartText(byte[] docx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] WithoutPart(byte[] docx, string part)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
        }

        return stream.ToArray();
    }
}
