using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Documents.Tests.Writing;
using GovInfoDisclosure.Documents.Word;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>Word's automatic numbering: the numbers Word prints before numbered paragraphs, which are not in their runs.</summary>
public partial class DocxDocumentReaderTests
{
    [Fact]
    public void A_numbered_paragraph_reads_with_the_number_word_prints_before_it()
    {
        // Headings numbered 一、 and sub-headings （一） by one list of two levels: a sub-level restarts under each heading.
        SourceDocument document = Read(NumberedDocx(
            [
                Numbered("总体情况", 1, 0), Numbered("主动公开情况", 1, 1), Para("正文"), Numbered("依申请公开情况", 1, 1),
                Numbered("主动公开政府信息情况", 1, 0), Numbered("规章", 1, 1),
            ],
            ChineseOutline(0)));

        Assert.Equal(
            ["一、总体情况", "（一）主动公开情况", "正文", "（二）依申请公开情况", "二、主动公开政府信息情况", "（一）规章"],
            document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_paragraph_numbered_by_its_style_reads_with_the_number_and_its_own_list_wins()
    {
        var styles = new[]
        {
            new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 }))) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(new StyleName { Val = "Section" }, new BasedOn { Val = "Heading1" }) { Type = StyleValues.Paragraph, StyleId = "Section" },
        };
        Paragraph unnumbered = Para("不编号", "Section");
        unnumbered.ParagraphProperties!.Append(new NumberingProperties(new NumberingId { Val = 0 }));

        SourceDocument document = Read(NumberedDocx([Para("总体情况", "Heading1"), Para("主动公开政府信息情况", "Section"), unnumbered], ChineseOutline(0), styles));

        Assert.Equal(["一、总体情况", "二、主动公开政府信息情况", "不编号"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.All(document.Blocks.OfType<DocumentParagraph>(), p => Assert.True(p.IsHeading));
    }

    [Fact]
    public void Lists_of_one_definition_count_on_together_and_a_start_override_restarts_where_its_list_first_numbers()
    {
        // Lists 1 and 2 share the definition; list 3 restarts it at 5 (Word's "set numbering value").
        var numbering = ChineseOutline(0);
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 2 });
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 0 }, new LevelOverride(new StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 }) { NumberID = 3 });

        SourceDocument document = Read(NumberedDocx([Numbered("甲", 1, 0), Numbered("乙", 2, 0), Numbered("丙", 3, 0), Numbered("丁", 3, 0), Numbered("戊", 1, 0)], numbering));

        Assert.Equal(["一、甲", "二、乙", "五、丙", "六、丁", "七、戊"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_bullet_a_missing_list_and_a_level_without_text_print_no_number_and_a_cell_s_paragraph_is_numbered()
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "●" }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 });
        var table = new Table(new TableRow(new TableCell(Numbered("属于国家秘密", 2, 0)), new TableCell(Para("0"))));

        SourceDocument document = Read(NumberedDocx([Numbered("要点", 1, 0), Numbered("无此列表", 9, 0), Numbered("第二级", 2, 1), table], numbering));

        Assert.Equal(["要点", "无此列表", "第二级"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.Equal("1.属于国家秘密", document.Blocks.OfType<DocumentTable>().Single()[0, 0].Cell!.Text);
    }

    [Fact]
    public void A_list_linked_to_a_numbering_style_numbers_as_that_style_s_list_and_a_link_in_a_loop_numbers_nothing()
    {
        // Definition 0 takes its levels from the numbering style 大纲 (list 2, definition 1); definition 2 links to a style
        // whose list is its own again.
        var numbering = new Numbering(
            new AbstractNum(new NumberingStyleLink { Val = "Outline" }) { AbstractNumberId = 0 },
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "%1、" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new AbstractNum(new NumberingStyleLink { Val = "Loop" }) { AbstractNumberId = 2 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 3 });
        var styles = new[]
        {
            new Style(new StyleName { Val = "大纲" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 2 }))) { Type = StyleValues.Numbering, StyleId = "Outline" },
            new Style(new StyleName { Val = "环" }, new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 3 }))) { Type = StyleValues.Numbering, StyleId = "Loop" },
        };

        SourceDocument document = Read(NumberedDocx([Numbered("总体情况", 1, 0), Numbered("环中", 3, 0), Numbered("主动公开", 2, 0)], numbering, styles));

        Assert.Equal(["一、总体情况", "环中", "二、主动公开"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_level_that_never_restarts_counts_on_and_legal_numbering_prints_every_level_in_digits()
    {
        var numbering = new Numbering(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "%1、" }) { LevelIndex = 0 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "（%2）" }, new LevelRestart { Val = 0 }) { LevelIndex = 1 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new IsLegalNumberingStyle(), new LevelText { Val = "%1.%2.%3" }) { LevelIndex = 2 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });

        SourceDocument document = Read(NumberedDocx([Numbered("甲", 1, 0), Numbered("乙", 1, 1), Numbered("丙", 1, 0), Numbered("丁", 1, 1), Numbered("戊", 1, 2)], numbering));

        Assert.Equal(["一、甲", "（一）乙", "二、丙", "（二）丁", "2.2.1戊"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_level_restarting_only_after_the_first_counts_on_under_the_second_and_a_space_suffix_is_written()
    {
        // Level 3 (1.) restarts after level 1 only (lvlRestart 1), not after level 2; level 2 is followed by a space.
        var numbering = new Numbering(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "%1、" }) { LevelIndex = 0 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelSuffix { Val = LevelSuffixValues.Space }, new LevelText { Val = "（%2）" }) { LevelIndex = 1 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelRestart { Val = 1 }, new LevelText { Val = "%3." }) { LevelIndex = 2 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });

        SourceDocument document = Read(NumberedDocx(
            [Numbered("甲", 1, 0), Numbered("乙", 1, 1), Numbered("丙", 1, 2), Numbered("丁", 1, 1), Numbered("戊", 1, 2), Numbered("己", 1, 0), Numbered("庚", 1, 2)],
            numbering));

        Assert.Equal(["一、甲", "（一） 乙", "1.丙", "（二） 丁", "2.戊", "二、己", "1.庚"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void Level_text_that_is_not_a_level_s_number_is_printed_as_it_stands_and_legal_numbering_turned_off_keeps_the_format()
    {
        // A % at the end, %0 and %a are no level numbers; isLgl w:val="0" is not legal numbering.
        var numbering = new Numbering(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new IsLegalNumberingStyle { Val = false }, new LevelText { Val = "%0%a%1%" }) { LevelIndex = 0 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });

        Assert.Equal("%0%a一%甲", Read(NumberedDocx([Numbered("甲", 1, 0)], numbering)).Blocks.OfType<DocumentParagraph>().Single().Text);
    }

    [Fact]
    public void A_level_beyond_the_ninth_a_count_at_the_largest_number_and_styles_based_on_each_other_in_a_loop_are_read_without_failing()
    {
        // Hostile values: ilvl 12 is read as the ninth level; a list starting at int.MaxValue stays there; a paragraph
        // style based on a style based on it, with no numbering, numbers nothing (and the walk along them ends).
        var numbering = new Numbering(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = int.MaxValue }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "第九级%9" }) { LevelIndex = 8 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        var styles = new[]
        {
            new Style(new StyleName { Val = "A" }, new BasedOn { Val = "B" }) { Type = StyleValues.Paragraph, StyleId = "A" },
            new Style(new StyleName { Val = "B" }, new BasedOn { Val = "A" }) { Type = StyleValues.Paragraph, StyleId = "B" },
        };

        SourceDocument document = Read(NumberedDocx([Numbered("深", 1, 12), Numbered("大", 1, 0), Numbered("更大", 1, 0), Para("环", "A")], numbering, styles));

        Assert.Equal(["第九级1深", "2147483647.大", "2147483647.更大", "环"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_paragraph_giving_its_level_and_not_its_list_takes_the_list_from_its_style_and_keeps_its_level()
    {
        var styles = new[]
        {
            new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }))) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
        };
        Paragraph second = Para("主动公开情况", "Heading1");
        second.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = 1 }));

        SourceDocument document = Read(NumberedDocx([Para("总体情况", "Heading1"), second], ChineseOutline(0), styles));

        Assert.Equal(["一、总体情况", "（一）主动公开情况"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_numbered_paragraph_in_a_content_control_of_a_cell_is_numbered_and_counted_and_one_word_hides_is_not()
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        Paragraph hidden = Numbered("藏", 1, 0);
        hidden.ParagraphProperties!.Append(new ParagraphMarkRunProperties(new Vanish()));
        hidden.GetFirstChild<Run>()!.PrependChild(new RunProperties(new Vanish()));
        var table = new Table(new TableRow(new TableCell(new SdtBlock(new SdtContentBlock(Numbered("格中", 1, 0))))));

        SourceDocument document = Read(NumberedDocx([Numbered("前", 1, 0), table, hidden, Numbered("后", 1, 0)], numbering));

        Assert.Equal("2.格中", document.Blocks.OfType<DocumentTable>().Single()[0, 0].Cell!.Text);
        Assert.Equal(["1.前", "4.后"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_numbered_paragraph_prints_its_number_unless_word_hides_it_whole()
    {
        // Only a paragraph whose mark is hidden and whose every run is hidden goes unprinted: a run shown, a run marked
        // w:vanish="0", or the mark marked w:vanish="0" shows the paragraph, number included.
        static Paragraph With(string text, Vanish? mark, params Vanish?[] runs)
        {
            Paragraph p = Numbered(string.Empty, 1, 0);
            p.GetFirstChild<Run>()!.Remove();
            if (mark is not null)
            {
                p.ParagraphProperties!.Append(new ParagraphMarkRunProperties(mark));
            }

            foreach (Vanish? vanish in runs)
            {
                p.Append(vanish is null ? new Run(new Text(text)) : new Run(new RunProperties(vanish), new Text(text)));
            }

            return p;
        }

        SourceDocument document = Read(NumberedDocx(
            [
                With("见", new Vanish(), new Vanish(), null),
                With("见", new Vanish(), new Vanish { Val = false }),
                With("藏", new Vanish { Val = false }, new Vanish()),
                With("藏", new Vanish(), new Vanish()),
                With("见", null, [null]),
            ],
            ChineseOutline(0)));

        Assert.Equal(["一、见", "二、见", "三、", "五、见"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_level_text_over_32_characters_prints_no_number_and_numbers_beyond_the_document_s_limit_are_refused()
    {
        // Hostile: a long level text repeated before every paragraph would turn a small file into gigabytes of text.
        static Numbering Long() => new(
            new AbstractNum(
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = new string('长', 33) }) { LevelIndex = 0 },
                new Level(new StartNumberingValue { Val = int.MinValue }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = string.Concat(Enumerable.Repeat("%2", 16)) }) { LevelIndex = 1 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        Assert.Equal("长文", Read(NumberedDocx([Numbered("长文", 1, 0)], Long())).Blocks.OfType<DocumentParagraph>().Single().Text);

        // 1,000 paragraphs of 176 characters of numbers each (16 × -2147483648): 176,000 characters against a limit of
        // 150,000 bytes, which the package itself keeps.
        byte[] many = NumberedDocx(Enumerable.Range(0, 1000).Select(_ => (OpenXmlElement)Numbered(string.Empty, 1, 1)), Long());
        var e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(many), "many.docx", new ImportOptions { MaxUncompressedBytes = 150_000 }));
        Assert.Contains("MaxUncompressedBytes", e.Message);
        Assert.Equal("many.docx", e.File);
    }

    [Theory]
    [InlineData("<w:start w:val=\"1\"", "<w:start w:val=\"99999999999\"")]
    [InlineData("<w:ilvl w:val=\"0\"", "<w:ilvl w:val=\"99999999999\"")]
    public void A_number_too_large_for_its_attribute_is_refused_as_a_damaged_document(string written, string hostile)
    {
        byte[] docx = NumberedDocx([Numbered("甲", 1, 0)], ChineseOutline(0));
        byte[] bad = WithPart(WithPart(docx, "word/numbering.xml", xml => xml.Replace(written, hostile, StringComparison.Ordinal)), "word/document.xml", xml => xml.Replace(written, hostile, StringComparison.Ordinal));

        var e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bad), "bad.docx"));
        Assert.Equal("bad.docx", e.File);
    }

    [Theory]
    [InlineData(1, "ChineseCounting", "一")]
    [InlineData(10, "ChineseCounting", "十")]
    [InlineData(11, "ChineseCounting", "十一")]
    [InlineData(20, "ChineseCounting", "二十")]
    [InlineData(101, "ChineseCounting", "一百零一")]
    [InlineData(110, "ChineseCounting", "一百一十")]
    [InlineData(1005, "ChineseCountingThousand", "一千零五")]
    [InlineData(99999, "ChineseCounting", "九万九千九百九十九")]
    [InlineData(100000, "ChineseCounting", "100000")]
    [InlineData(11, "ChineseLegalSimplified", "壹拾壹")]
    [InlineData(11, "IdeographTraditional", "甲")]
    [InlineData(3, "DecimalEnclosedCircleChinese", "③")]
    [InlineData(21, "DecimalEnclosedCircle", "21")]
    [InlineData(12, "DecimalFullWidth", "１２")]
    [InlineData(7, "DecimalZero", "07")]
    [InlineData(3, "DecimalEnclosedParen", "(3)")]
    [InlineData(1994, "UpperRoman", "MCMXCIV")]
    [InlineData(4, "LowerRoman", "iv")]
    [InlineData(28, "UpperLetter", "BB")]
    [InlineData(0, "ChineseCounting", "0")]
    [InlineData(10110, "ChineseCounting", "一万零一百一十")]
    [InlineData(100000, "ChineseLegalSimplified", "100000")]
    [InlineData(13, "IdeographZodiac", "子")]
    [InlineData(20, "DecimalEnclosedCircle", "⑳")]
    [InlineData(4000, "UpperRoman", "4000")]
    [InlineData(26, "UpperLetter", "Z")]
    [InlineData(520, "UpperLetter", "ZZZZZZZZZZZZZZZZZZZZ")]
    [InlineData(521, "UpperLetter", "521")]
    [InlineData(2, "LowerLetter", "b")]
    [InlineData(-3, "DecimalFullWidth", "-３")] // a list may start below zero
    [InlineData(190, "DecimalFullWidth", "１９０")]
    [InlineData(0, "DecimalZero", "00")]
    [InlineData(10, "DecimalZero", "10")]
    [InlineData(-1, "DecimalZero", "-1")]
    [InlineData(5, "None", "")]
    [InlineData(5, "Ganada", "5")] // a format this reader does not write: decimal
    public void A_number_is_written_in_its_level_s_format(int n, string format, string expected)
    {
        var value = (NumberFormatValues)typeof(NumberFormatValues).GetProperty(format)!.GetValue(null)!;
        Assert.Equal(expected, DocxNumbering.Format(n, value));
    }

    [Fact]
    public void A_written_report_whose_headings_word_numbers_reads_back_the_same()
    {
        // The writer's document with each section's numeral taken out of its heading and given by a list instead, as
        // documents typed with Word's numbering button are.
        Core.AnnualReport report = WrittenReport.Sample(WrittenReport.SampleNames.First());
        using var edited = new MemoryStream(NumberedHeadings.Apply(DocxReportWriter.ToBytes(report)));

        ReportImport import = ReportDocument.Read(edited, "report.docx");

        Assert.DoesNotContain(import.Findings, d => d.Code == Core.Validation.Rules.SectionNotFound.Code);
        Assert.Equal(report.Overview, import.Report.Overview);
        Assert.Equal(report.ProblemsAndImprovements, import.Report.ProblemsAndImprovements);
        Assert.Equal(PrintedLayout.CellValues(report), PrintedLayout.CellValues(import.Report));
    }

    /// <summary>A list (number 1) of two levels, <c>一、</c> then <c>（一）</c>, in Chinese counting from 1.</summary>
    private static Numbering ChineseOutline(int abstractId) => new(
        new AbstractNum(
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "%1、" }) { LevelIndex = 0 },
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "（%2）" }) { LevelIndex = 1 })
        { AbstractNumberId = abstractId },
        new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = 1 });

    private static Paragraph Numbered(string text, int list, int level) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list }), new Justification { Val = JustificationValues.Left }), new Run(new Text(text)));

    private static byte[] NumberedDocx(IEnumerable<OpenXmlElement> content, Numbering numbering, IEnumerable<Style>? styles = null)
    {
        byte[] docx = Docx(content, styles: styles);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (WordprocessingDocument word = WordprocessingDocument.Open(stream, isEditable: true))
        {
            word.MainDocumentPart!.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }

        return stream.ToArray();
    }

    [Fact]
    public void A_paragraph_hidden_whole_by_its_runs_character_style_prints_no_number()
    {
        // Review of issue 10's thirtieth session: a run is hidden by its character style, but the test of a paragraph
        // Word hides whole still read only the runs' own w:vanish, so its number was printed alone (二、).
        var hiddenStyle = new Style(new StyleName { Val = "Hidden" }, new StyleRunProperties(new Vanish())) { Type = StyleValues.Character, StyleId = "Hidden" };
        Paragraph hidden = Numbered(string.Empty, 1, 0);
        hidden.GetFirstChild<Run>()!.Remove();
        hidden.ParagraphProperties!.Append(new ParagraphMarkRunProperties(new Vanish()));
        hidden.Append(new Run(new RunProperties(new RunStyle { Val = "Hidden" }), new Text("藏")));

        SourceDocument document = Read(NumberedDocx([Numbered("前", 1, 0), hidden, Numbered("后", 1, 0)], ChineseOutline(0), [hiddenStyle]));

        Assert.Equal(["一、前", "三、后"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }
}
