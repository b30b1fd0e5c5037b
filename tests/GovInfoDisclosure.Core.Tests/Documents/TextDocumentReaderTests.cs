using FsCheck;
using FsCheck.Xunit;
using System.Text;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary><see cref="TextDocumentReader"/>: the text layouts, encodings, locations and limits.</summary>
public partial class TextDocumentReaderTests
{
    private static DocumentTable OnlyTable(SourceDocument document) => Assert.Single(document.Blocks.OfType<DocumentTable>());

    private static string[] Texts(DocumentTable table, int row) => [.. table.Rows[row].Select(c => c.Text)];

    private static (string? Title, int Lines) TitleAndLines(string text)
    {
        (string? title, int lines, _) = MarkdownText.FrontMatter(text);
        return (title, lines);
    }

    [Fact]
    public void A_cell_a_line_layout_makes_one_row_per_block_with_empty_cells_kept()
    {
        SourceDocument document = TextDocumentReader.Read("标题\n\t规章\n\t0\n\t\n\t3\n\n\t行政许可\n\t9\n正文");
        DocumentTable table = OnlyTable(document);
        Assert.Equal(["规章", "0", string.Empty, "3"], Texts(table, 0));
        Assert.Equal(["行政许可", "9"], Texts(table, 1));
        Assert.Equal(["标题", "正文"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.Equal(2, table.Location.Line); // the table's first line
    }

    [Theory]
    [InlineData("\r", "\r")] // classic Mac OS, and some exports of old CMSs
    [InlineData("\r", "\r\n")] // mixed with CRLF
    public void A_carriage_return_alone_ends_a_line_as_a_line_feed_does(string lineEnd, string otherLineEnd)
    {
        // Exploratory testing of issue 10 (twenty-ninth session, left then): a text whose lines end with CR alone was one
        // line, and no table was found. Editors show a lone CR as a line break; so does the reader, mixed with CRLF too.
        const string Text = "标题\n\n\t规章\n\t0\n\t\n\t3\n\n行政许可\t9\t8\n正文";
        int n = 0;
        string ended = string.Concat(Text.Select(c => c == '\n' ? (n++ % 2 == 0 ? lineEnd : otherLineEnd) : c.ToString()));

        SourceDocument document = TextDocumentReader.Read(ended, "r.txt");

        Assert.Equal(Blocks(TextDocumentReader.Read(Text, "r.txt")), Blocks(document));
        DocumentTable table = document.Blocks.OfType<DocumentTable>().Last();
        Assert.Equal(["行政许可", "9", "8"], Texts(table, table.RowCount - 1));
        Assert.Equal((8, 8), (table.LocationOf(table[table.RowCount - 1, 2]).Line, table.LocationOf(table[table.RowCount - 1, 2]).Column));

        static string[] Blocks(SourceDocument d) => [.. d.Blocks.Select(b => b is DocumentTable t
            ? string.Join(";", t.Rows.SelectMany((row, r) => row.Select((c, i) => $"{c.Text}@{t.LocationOf(t[r, i]).Line}:{t.LocationOf(t[r, i]).Column}")))
            : $"{((DocumentParagraph)b).Text}@{b.Location.Line}:{b.Location.Column}")];
    }

    [Theory]
    [InlineData("\t按照规定，我单位未收取信息处理费。")] // indented with a tab
    [InlineData("\t\t按照规定，我单位未收取信息处理费！")]
    [InlineData("按照规定，\t我单位未收取信息处理费。")] // a tab inside
    [InlineData("\t本年度本机关未发生因政府信息公开工作被申请行政复议或者提起行政诉讼的情况，也没有收取任何信息处理费用，本年度亦无其他需要向社会报告的事项")] // no full stop, but a sentence: clauses, over 60 characters
    public void A_sentence_holding_a_tab_is_a_paragraph_not_a_table_row(string line)
    {
        // Exploratory testing, issue 10's thirtieth session: a paragraph indented with a tab (or holding one) was a table
        // of one row that matched no template row, and it vanished without a word (section 六's fee statement; the
        // validator then said 六 does not mention the fee, GID206). A template label holds no sentence.
        SourceDocument document = TextDocumentReader.Read("六、其他需要报告的事项\n" + line + "\n2023年1月20日");

        Assert.Empty(document.Blocks.OfType<DocumentTable>());
        Assert.Equal(["六、其他需要报告的事项", line.TrimStart('\t'), "2023年1月20日"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("\t（七）总计。")] // a label with a full stop, no clause
    [InlineData("\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")] // 三's note
    [InlineData("\t备注：以上案件均已结案，无败诉。")] // a remark after a row's numbers, in the row's block
    public void A_line_among_a_table_s_rows_stays_a_table_line(string line)
    {
        // Exploratory testing, issue 10's thirtieth session (second round): a remark cell that is a sentence, in a data
        // row's block of cell lines, was made a paragraph and ended the table there.
        SourceDocument document = TextDocumentReader.Read("标题\n\t规章\n\t1\n" + line + "\n\n\t行政许可\n\t2\n正文");

        DocumentTable table = OnlyTable(document);
        Assert.Equal(["规章", "1", line.TrimStart('\t')], Texts(table, 0));
    }

    [Theory]
    [InlineData("规章\t1\t注：本年度收费均按规定执行，无违规收费。")] // a tab row with a remark after its number
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t1")] // a label with clauses, then its numbers
    public void A_tab_row_printing_a_value_is_a_row_whatever_its_text(string line)
    {
        SourceDocument document = TextDocumentReader.Read("标题\n" + line + "\n正文");

        Assert.Equal(line.Split('\t'), Texts(OnlyTable(document), 0));
    }

    [Theory]
    [InlineData("\t（一）主动公开政府信息")] // a sub-heading indented with a tab
    [InlineData("（二）\t依申请公开情况及行政复议")]
    [InlineData("2022年\t我县各单位未收取信息处理费。")] // a sentence holding a tab, without a clause mark
    [InlineData("\t2023年，我们将从以下方面改进：")]
    public void One_line_holding_a_tab_between_paragraphs_and_printing_no_value_is_a_paragraph(string line)
    {
        // Exploratory testing, issue 10's thirtieth session (second round): such lines were tables of one row matching no
        // template row, and vanished without a word (a sub-heading lost, section 六's fee statement lost).
        SourceDocument document = TextDocumentReader.Read("一、总体情况\n" + line + "\n正文。");

        Assert.Empty(document.Blocks.OfType<DocumentTable>());
        Assert.Equal(["一、总体情况", line.Trim('\t'), "正文。"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void One_pipe_row_is_still_a_table()
    {
        Assert.Single(TextDocumentReader.Read("标题\n| 信息内容 | 本年制发件数 |\n正文", "r.txt").Blocks.OfType<DocumentTable>());
    }

    [Fact]
    public void Markdown_setext_underlines_make_headings_and_thematic_breaks_print_nothing()
    {
        // Exploratory testing, issue 10's thirtieth session: a title or section heading underlined with === or --- (as
        // older pandoc writes them) and a --- rule before the signature were read as paragraphs "===" and "---", the
        // narrative's text. CommonMark prints an underlined line as a heading, and a rule as a line, not as text.
        const string Text = "某某县2022年政府信息公开工作年度报告\n===\n\n五、存在的主要问题及改进情况\n  ---------- \n\n问题。\n\n---\n\n* * *\n___\n某某县\n\n===\n";

        SourceDocument document = TextDocumentReader.Read(Text, "r.md");

        Assert.Equal(
            [("某某县2022年政府信息公开工作年度报告", true, 1), ("五、存在的主要问题及改进情况", true, 4), ("问题。", false, 7), ("某某县", false, 13), ("===", false, 15)],
            document.Blocks.OfType<DocumentParagraph>().Select(p => (p.Text, p.IsHeading, p.Location.Line)));
    }

    [Fact]
    public void A_markdown_setext_heading_of_two_lines_is_one_heading()
    {
        // Left by issue 10's thirtieth session: CommonMark makes every line of the paragraph above an underline the heading;
        // only the last was, and the first stayed a paragraph of its own.
        SourceDocument document = TextDocumentReader.Read("正文。\n\n五、存在的主要问题\n及改进情况\n---\n\n问题。", "r.md");

        Assert.Equal(
            [("正文。", false, 1), ("五、存在的主要问题\n及改进情况", true, 3), ("问题。", false, 7)],
            document.Blocks.OfType<DocumentParagraph>().Select(p => (p.Text, p.IsHeading, p.Location.Line)));
    }

    [Theory]
    [InlineData("===\n正文")] // an underline on the first line: no paragraph above it
    [InlineData("---\n正文")]
    [InlineData("   ----\n正文")]
    public void A_markdown_rule_on_the_first_line_underlines_nothing(string text)
    {
        Assert.Equal("正文", TextDocumentReader.Read(text, "r.md").Blocks.OfType<DocumentParagraph>().Last().Text);
    }

    [Fact]
    public void In_plain_text_a_line_of_dashes_or_equals_signs_is_text()
    {
        SourceDocument document = TextDocumentReader.Read("标题\n===\n---", "r.txt");

        Assert.Equal(["标题", "===", "---"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void Tab_rows_make_one_row_per_line_and_a_blank_line_between_them_does_not_end_the_table()
    {
        DocumentTable table = OnlyTable(TextDocumentReader.Read("规章\t0\t0\t0\n\n行政许可\t0\t\t\n"));
        Assert.Equal(["规章", "0", "0", "0"], Texts(table, 0));
        Assert.Equal(["行政许可", "0", string.Empty, string.Empty], Texts(table, 1));
    }

    [Fact]
    public void Pipe_rows_and_markdown_tables_skip_the_separator_and_keep_escaped_pipes()
    {
        SourceDocument document = TextDocumentReader.Read("## 二、主动公开政府信息情况\n\n| 信息内容 | 本年制发件数 |\n|---|:---:|\n| 规章 \\| 附 | 1 |\n");
        DocumentTable table = OnlyTable(document);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(["规章 | 附", "1"], Texts(table, 1));
        DocumentParagraph heading = Assert.Single(document.Blocks.OfType<DocumentParagraph>());
        Assert.True(heading.IsHeading);
        Assert.Equal("二、主动公开政府信息情况", heading.Text);
    }

    [Fact]
    public void Markdown_paragraphs_and_tables_are_located_at_their_lines_after_front_matter_and_hard_breaks()
    {
        // Line 1-3 front matter; 4 a heading; 5-6 one paragraph (a hard break); 7 an indented paragraph; 9-11 a table.
        const string Text = "---\ntitle: 标题\n---\n# 一、总体情况\n第一行\\\n第二行\n  缩进的段落\n\n| 规章 | 12 |\n|---|---|\n| 行政许可 | 3 |\n";
        SourceDocument document = TextDocumentReader.Read(Text, "r.md");

        DocumentParagraph[] paragraphs = [.. document.Blocks.OfType<DocumentParagraph>()];
        Assert.Equal(
            [("一、总体情况", 4, 1), ("第一行\n第二行", 5, 1), ("缩进的段落", 7, 3)],
            paragraphs.Select(p => (p.Text.Trim(), p.Location.Line, p.Location.Column)));
        DocumentTable table = OnlyTable(document);
        Assert.Equal(9, table.Location.Line);
        Assert.Equal((11, 9), (table.LocationOf(table[1, 1]).Line, table.LocationOf(table[1, 1]).Column)); // right after its pipe
    }

    [Theory]
    [InlineData("---\ntitle: 标题\n---", new string[0])]
    [InlineData("第一行\\\n第二行", new[] { "第一行\n第二行" })]
    [InlineData("正文\n最后一行\\", new[] { "正文", "最后一行\\" })]
    public void A_markdown_file_ending_without_a_line_feed_inside_front_matter_or_a_hard_break_is_read_whole(string text, string[] paragraphs)
    {
        SourceDocument document = TextDocumentReader.Read(text, "r.md");

        Assert.Equal(paragraphs, document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Property(MaxTest = 200)]
    public void Any_title_written_as_front_matter_reads_back_as_written(NonNull<string> title)
    {
        var yaml = new StringBuilder("---\ntitle: ");
        MarkdownText.AppendYamlString(yaml, title.Get);

        Assert.Equal((title.Get, 3), TitleAndLines(yaml.Append("\n---\n# x").ToString()));
    }

    [Theory]
    [InlineData("title: 某县2022年报告", "某县2022年报告")]
    [InlineData("title: 'It''s 某县'", "It's 某县")]
    [InlineData("title: \"a\\u4E00b\\\"\"", "a一b\"")]
    [InlineData("title: '", "'")]
    [InlineData("title: ''", "")]
    [InlineData("title: \"某县", "\"某县")]
    [InlineData("title: 某县\"", "某县\"")]
    [InlineData("title: \"a\\\"", "a\\")]
    [InlineData("title: \"\\u12\"", "u12")]
    public void A_front_matter_title_is_read_plain_single_or_double_quoted_and_an_unmatched_quote_or_final_backslash_as_written(string line, string title)
    {
        Assert.Equal((title, 3), TitleAndLines($"---\n{line}\n---\n正文"));
    }

    [Fact]
    public void A_front_matter_title_is_written_readably_with_only_quotes_backslashes_and_control_characters_escaped()
    {
        var yaml = new StringBuilder();
        MarkdownText.AppendYamlString(yaml, "某县“报告”\"a\\b\n\u0001");

        Assert.Equal("\"某县“报告”\\\"a\\\\b\\n\\u0001\"", yaml.ToString());
    }

    [Fact]
    public void A_markdown_file_opening_with_a_rule_of_four_dashes_has_no_front_matter()
    {
        SourceDocument document = TextDocumentReader.Read("----\ntitle: 标题\n---\n正文", "r.md");

        Assert.Null(document.PageTitle);
        Assert.Contains(document.Blocks.OfType<DocumentParagraph>(), p => p.Text == "title: 标题");
    }

    [Fact]
    public void Front_matter_without_its_closing_line_in_its_first_200_lines_is_none()
    {
        Assert.Equal(((string?)null, 0), TitleAndLines("---\ntitle: 标题\n正文"));
        // The closing line as the 200th line is found; as the 201st, not looked for.
        Assert.Equal(("标题", 200), TitleAndLines(string.Join('\n', ["---", "title: 标题", .. Enumerable.Repeat("x: y", 197), "---", "正文"])));
        Assert.Equal(((string?)null, 0), TitleAndLines(string.Join('\n', ["---", "title: 标题", .. Enumerable.Repeat("x: y", 198), "---", "正文"])));
    }

    [Fact]
    public void Every_cell_knows_its_line_and_column()
    {
        DocumentTable table = OnlyTable(TextDocumentReader.Read("标题\n\n规章\t12\t3\n", "r.txt"));
        SourceLocation location = table.LocationOf(table[0, 2]);
        Assert.Equal(("r.txt", 3, 7, 1, 1, 3), (location.File, location.Line, location.Column, location.Table, location.Row, location.Cell));
    }

    [Fact]
    public void Word_bookmark_artefacts_are_not_text()
    {
        DocumentParagraph p = Assert.Single(TextDocumentReader.Read("[bookmark: _GoBack]进一步完善制度。").Blocks.OfType<DocumentParagraph>());
        Assert.Equal("进一步完善制度。", p.Text);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    [InlineData("utf-16")]
    [InlineData("utf-16be")]
    public void Bytes_are_decoded_from_utf8_with_or_without_bom_gb18030_or_utf16_with_bom(string encoding)
    {
        const string Text = "涞源县2022年政府信息公开工作年度报告　“三安全一稳定”";
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)],
            "utf-8" => Encoding.UTF8.GetBytes(Text),
            "gb18030" => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(Text),
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Text)],
        };
        DocumentParagraph p = Assert.Single(TextDocumentReader.Read(bytes).Blocks.OfType<DocumentParagraph>());
        Assert.Equal(Text, p.Text);
    }

    [Fact]
    public void Bytes_over_the_limit_are_refused_naming_the_file()
    {
        byte[] bytes = new byte[1001];
        var e = Assert.Throws<DocumentReadException>(() => TextDocumentReader.Read(bytes, "big.txt", new ImportOptions { MaxBytes = 1000 }));
        Assert.Contains("big.txt", e.Message, StringComparison.Ordinal);
        Assert.Contains("1,000", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x61, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x61 })]
    public void Utf16_with_a_lone_surrogate_is_refused_not_read_with_a_replacement_character(byte[] bytes)
    {
        Assert.Throws<DocumentReadException>(() => TextDocumentReader.Read(bytes, "broken.txt"));
    }

    [Fact]
    public async Task Text_bytes_and_streams_of_exactly_the_limit_are_read_and_one_byte_more_refused()
    {
        var options = new ImportOptions { MaxBytes = 1000 };
        string ascii = new('a', 1000);
        Assert.Single(TextDocumentReader.Read(ascii, "t.txt", options).Blocks);
        Assert.Single(TextDocumentReader.Read(Encoding.UTF8.GetBytes(ascii), "t.txt", options).Blocks);
        Assert.Single((await TextDocumentReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(ascii)), "t.txt", options)).Blocks);

        Assert.Throws<DocumentReadException>(() => TextDocumentReader.Read(ascii + "a", "t.txt", options));
        Assert.Throws<DocumentReadException>(() => TextDocumentReader.Read(Encoding.UTF8.GetBytes(ascii + "a"), "t.txt", options));
        await Assert.ThrowsAsync<DocumentReadException>(() => TextDocumentReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(ascii + "a")), "t.txt", options));

        // A string is held to the limit by its UTF-8 bytes, as its file would be: 334 Chinese characters are 1,002.
        var e = Assert.Throws<DocumentReadException>(() => TextDocumentReader.Read(new string('字', 334), "t.txt", options));
        Assert.Contains("1,000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_longer_than_one_read_and_under_the_limit_is_read_whole()
    {
        string text = string.Concat(Enumerable.Repeat("正文段落。\n", 20_000)); // 320,000 bytes, several reads
        SourceDocument document = await TextDocumentReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "long.txt");

        Assert.Equal(20_000, document.Blocks.Length);
    }

    [Fact]
    public async Task Null_text_or_stream_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>("text", () => TextDocumentReader.Read((string)null!));
        await Assert.ThrowsAsync<ArgumentNullException>("stream", () => TextDocumentReader.ReadAsync(null!));
    }

    [Fact]
    public async Task A_stream_over_the_limit_is_refused_without_reading_it_all()
    {
        using var stream = new EndlessStream();
        await Assert.ThrowsAsync<DocumentReadException>(() => TextDocumentReader.ReadAsync(stream, "endless.txt", new ImportOptions { MaxBytes = 1 << 20 }));
        Assert.True(stream.Served <= (1 << 20) + 81920);
    }

    [Fact]
    public void Text_with_more_table_cells_than_the_limit_is_refused_at_the_line()
    {
        string text = string.Concat(Enumerable.Repeat("a\tb\tc\n", 50));
        var e = Assert.Throws<DocumentReadException>(() => TextDocumentReader.Read(text, "t.txt", new ImportOptions { MaxTableCells = 100 }));
        Assert.Equal(34, e.Location!.Line);
    }

    [Fact]
    public void Text_with_exactly_as_many_table_cells_as_the_limit_is_read()
    {
        // Rows printing values (a table of text alone is paragraphs since the thirtieth session).
        DocumentTable table = OnlyTable(TextDocumentReader.Read("a\t1\t2\nd\t3\t4\n", "t.txt", new ImportOptions { MaxTableCells = 6 }));

        Assert.Equal(["d", "3", "4"], Texts(table, 1));
        Assert.Throws<DocumentReadException>(() => TextDocumentReader.Read("a\t1\t2\nd\t3\t4\t5\n", "t.txt", new ImportOptions { MaxTableCells = 6 }));
    }

    [Fact]
    public void A_very_long_line_is_one_paragraph_and_the_reader_does_not_choke()
    {
        string line = new('字', 5_000_000);
        DocumentParagraph p = Assert.Single(TextDocumentReader.Read(line + "\n").Blocks.OfType<DocumentParagraph>());
        Assert.Equal(line.Length, p.Text.Length);
    }

    [Fact]
    public void Random_bytes_are_read_or_refused_with_the_documented_exception_only()
    {
        var random = new Random(20221);
        for (int i = 0; i < 300; i++)
        {
            byte[] bytes = new byte[random.Next(0, 4000)];
            random.NextBytes(bytes);
            try
            {
                LayoutReader.Read(TextDocumentReader.Read(bytes, "random.bin"));
            }
            catch (DocumentReadException)
            {
                // The documented refusal.
            }
        }
    }

    [Fact]
    public void Mutated_real_reports_are_read_or_refused_with_the_documented_exception_only()
    {
        var random = new Random(7);
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reports"), "*.txt"))
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < 60; i++)
            {
                string[] mutated = [.. lines];
                for (int m = 0; m < 5; m++)
                {
                    int at = random.Next(mutated.Length);
                    mutated[at] = random.Next(4) switch
                    {
                        0 => string.Empty,
                        1 => mutated[random.Next(mutated.Length)],
                        2 => mutated[at] + "\t" + random.Next(),
                        _ => "\t" + mutated[at],
                    };
                }

                try
                {
                    LayoutReader.Read(TextDocumentReader.Read(string.Join('\n', mutated), Path.GetFileName(file)));
                }
                catch (DocumentReadException)
                {
                    // The documented refusal.
                }
            }
        }
    }

    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_markdown_file_reads_as_markdown_prints_it_and_a_text_file_as_written()
    {
        const string Text = "---\ntitle: \"某县\\n2022年\"\n---\n# 标题\\#1\n&#32;两端&#9;\\*空格\\\n第二行&lt;\n| a\\|b | c<br>d |\n|---|---|\n";
        SourceDocument markdown = TextDocumentReader.Read(Text, "report.md");
        Assert.Equal("某县\n2022年", markdown.PageTitle);
        Assert.Equal(["标题#1", " 两端\t*空格\n第二行<"], markdown.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.Equal(["a|b", "c\nd"], Texts(OnlyTable(markdown), 0));

        SourceDocument text = TextDocumentReader.Read(Text, "report.txt");
        Assert.Null(text.PageTitle);
        Assert.Contains(text.Blocks.OfType<DocumentParagraph>(), p => p.Text == "&#32;两端&#9;\\*空格\\");
    }
    [Theory]
    [InlineData("| 规章 | 1 |", new[] { "规章", "1" }, new[] { 2, 7 })]
    [InlineData("  | 规章 | 1 |  ", new[] { "规章", "1" }, new[] { 4, 9 })]
    [InlineData("| 规章 | 1", new[] { "规章", "1" }, new[] { 2, 7 })]
    [InlineData("| 规章 || 1 |", new[] { "规章", "", "1" }, new[] { 2, 7, 8 })]
    [InlineData("| 规章 | 1 \\|", new[] { "规章", "1 |" }, new[] { 2, 7 })]
    [InlineData("| a\\b | \\\\ |", new[] { "a\\b", "\\\\" }, new[] { 2, 8 })]
    [InlineData("| a\\|b | c |", new[] { "a|b", "c" }, new[] { 2, 9 })]
    [InlineData("|规章|1|", new[] { "规章", "1" }, new[] { 2, 5 })]
    [InlineData("| 规章 | 1\\", new[] { "规章", "1\\" }, new[] { 2, 7 })]
    [InlineData("|", new[] { "" }, new[] { 2 })]
    public void A_text_file_s_pipe_row_is_split_at_its_unescaped_pipes_each_cell_located_right_after_its_pipe(string line, string[] cells, int[] columns)
    {
        DocumentTable table = OnlyTable(TextDocumentReader.Read("标题\n" + line + "\n", "t.txt"));

        Assert.Equal(cells, Texts(table, 0));
        Assert.Equal(columns, table.Rows[0].Select(c => c.Location.Column));
        Assert.All(table.Rows[0], c => Assert.Equal(2, c.Location.Line));
    }

    [Theory]
    [InlineData("| 规章 | 1 |", new[] { "规章", "1" }, new[] { 2, 7 })]
    [InlineData("| 规章 | 1 |   ", new[] { "规章", "1" }, new[] { 2, 7 })]
    [InlineData("| 规章 | 1", new[] { "规章", "1" }, new[] { 2, 7 })]
    [InlineData("| 规章", new[] { "规章" }, new[] { 2 })]
    [InlineData("| 规章 | 1\\", new[] { "规章", "1\\" }, new[] { 2, 7 })]
    [InlineData("| a\\\\| b |", new[] { "a\\", "b" }, new[] { 2, 7 })]
    [InlineData("| a\\|b | \\*c |", new[] { "a|b", "*c" }, new[] { 2, 9 })]
    [InlineData("|规章|1|", new[] { "规章", "1" }, new[] { 2, 5 })]
    [InlineData("|", new[] { "" }, new[] { 2 })]
    public void A_markdown_pipe_row_is_split_as_markdown_does_a_backslash_keeping_the_character_after_it_in_its_cell(string line, string[] cells, int[] columns)
    {
        DocumentTable table = OnlyTable(TextDocumentReader.Read("标题\n" + line + "\n", "r.md"));

        Assert.Equal(cells, Texts(table, 0));
        Assert.Equal(columns, table.Rows[0].Select(c => c.Location.Column));
    }

    [Fact]
    public void A_gfm_table_s_rows_need_not_start_or_end_with_a_pipe_and_end_at_a_blank_line_or_a_line_without_one()
    {
        SourceDocument document = TextDocumentReader.Read("标题\n信息内容 | 本年制发件数\n:--- | ---:\n规章 | 1\n| 行政规范性文件 | 2 |\n其他\\| | \n正文 一\n\n3 | 4\n", "r.md");

        DocumentTable table = OnlyTable(document);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(["信息内容", "本年制发件数"], Texts(table, 0));
        Assert.Equal(["规章", "1"], Texts(table, 1));
        Assert.Equal(["行政规范性文件", "2"], Texts(table, 2));
        Assert.Equal(["其他|"], Texts(table, 3));
        Assert.Equal([1, 5], table.Rows[1].Select(c => c.Location.Column)); // the first cell from the line's start, the next right after its pipe
        Assert.Equal(["标题", "正文 一", "3 | 4"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_delimiter_row_without_outer_pipes_under_a_header_row_with_them_is_the_tables()
    {
        DocumentTable table = OnlyTable(TextDocumentReader.Read("| 项目 | 数量 |\n---|---\n| 甲 | 1 |\n| 乙 | 2 |\n", "r.md"));

        Assert.Equal(3, table.RowCount);
        Assert.Equal(["乙", "2"], Texts(table, 2));
    }

    [Fact]
    public void After_rows_that_start_with_a_pipe_a_line_that_does_not_ends_the_table()
    {
        // A header broken over two lines (found in the fuzz corpus): the second line is text, as before GFM tables.
        SourceDocument document = TextDocumentReader.Read("标题\n| 信息内容 | 上一年项目数量 |\n本年增/减 | 处理决定数量 |\n| --- | ---: | ---: | ---: |\n| 行政处罚 | 187 | 23 | 214 |\n", "r.md");

        Assert.Equal(["标题", "本年增/减 | 处理决定数量 |"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.Equal(2, document.Blocks.OfType<DocumentTable>().Count());
    }

    [Theory]
    [InlineData("选项 A | B\n正文")] // no delimiter row
    [InlineData("a | b\n--- | --- | ---")] // not as many cells as the header
    [InlineData("a |\n---")] // a delimiter row without a pipe (a heading's underline)
    [InlineData("a \\| b\n--- | ---")] // the header's pipe escaped
    [InlineData("a | b\n--- | -x-")] // not a delimiter row
    [InlineData("## 四、行政复议 | 行政诉讼\n--- | ---")] // a heading is no header row
    public void Lines_with_pipes_that_are_no_gfm_table_are_paragraphs(string text)
    {
        SourceDocument document = TextDocumentReader.Read(text, "r.md");

        Assert.Empty(document.Blocks.OfType<DocumentTable>());
    }

    [Fact]
    public void In_a_text_file_a_gfm_table_without_outer_pipes_is_text()
    {
        SourceDocument document = TextDocumentReader.Read("a | b\n--- | ---\n1 | 2\n", "r.txt");

        Assert.Empty(document.Blocks.OfType<DocumentTable>());
        Assert.Equal(3, document.Blocks.Length);
    }

    [Fact]
    public void A_text_file_s_cells_are_kept_as_written_and_only_a_markdown_file_s_are_decoded()
    {
        const string Line = "| a\\*b&amp; | c<br>d |\n";

        Assert.Equal(["a\\*b&amp;", "c<br>d"], Texts(OnlyTable(TextDocumentReader.Read(Line, "t.txt")), 0));
        Assert.Equal(["a*b&", "c\nd"], Texts(OnlyTable(TextDocumentReader.Read(Line, "r.md")), 0));
    }

    [Theory]
    [InlineData("**101**", "101")]
    [InlineData("*注*：见附件", "注：见附件")]
    [InlineData("__一、总体情况__", "一、总体情况")]
    [InlineData("***强调***", "强调")]
    [InlineData("**（一）予以公开**", "（一）予以公开")] // at the line's start a delimiter before punctuation opens
    [InlineData("本年**（重点）**工作", "本年**（重点）**工作")] // CommonMark: between a letter and punctuation it neither opens nor closes
    [InlineData("a * b * c", "a * b * c")] // a delimiter between spaces
    [InlineData("**foo*", "*foo")]
    [InlineData("*foo**", "foo*")]
    [InlineData("*foo**bar**baz*", "foobarbaz")]
    [InlineData("*foo**bar*", "foo**bar")] // the rule of three
    [InlineData("__粗__体", "__粗__体")] // _ inside a word is no emphasis
    [InlineData("文件_编号_", "文件_编号_")]
    [InlineData("\\*101\\*", "*101*")] // escaped
    [InlineData("&#42;101&#42;", "*101*")] // a reference is text, no delimiter
    [InlineData("**", "**")]
    [InlineData("_", "_")]
    [InlineData("`**101**`", "**101**")] // a code span is literal and prints without its backticks
    [InlineData("`` a`b ``", "a`b")]
    [InlineData("**a `*` b**", "a * b")]
    [InlineData("`a", "`a")] // a run of backticks without a closing run of as many is text
    [InlineData("x `` y `z`", "x `` y z")]
    [InlineData("<http://a.gov.cn/**x**>", "http://a.gov.cn/**x**")] // an autolink prints its address, literal
    [InlineData("<a**b**>", "<ab>")] // no scheme: no autolink
    [InlineData("<lyxzfb@163.com>", "lyxzfb@163.com")] // an email autolink, as pandoc writes a linked address
    [InlineData("<http://a.gov.cn/政务\u3000公开>", "http://a.gov.cn/政务\u3000公开")] // non-ASCII white space is no ASCII space
    [InlineData("<http://a b>", "<http://a b>")]
    public void Markdown_emphasis_prints_its_text_without_its_delimiters_as_commonmark_matches_them(string written, string read)
    {
        AssertInlineMarkdownReads(written, read);
    }

    // CommonMark 0.31.2, 6.1 (code spans): the text of the HTML each example gives.
    [Theory]
    [InlineData("`a`、`b`", "a、b")] // each run closes with the next run of as many backticks
    [InlineData("``foo`bar``", "foo`bar")]
    [InlineData("` `` `", "``")]
    [InlineData("```foo``", "```foo``")] // no run of three closes it
    [InlineData("见`", "见`")] // a backtick ending the line opens nothing
    [InlineData("`foo\\`bar`", "foo\\bar`")] // no backslash escape in a code span
    [InlineData("见` a`", "见 a")] // a space at one end only is kept
    [InlineData("`b `件", "b 件")]
    [InlineData("a`  `b", "a  b")] // only spaces: none stripped
    public void A_markdown_code_span_prints_as_commonmark_prints_it(string written, string read)
    {
        AssertInlineMarkdownReads(written, read);
    }

    // CommonMark 0.31.2, 6.5 (autolinks).
    [Theory]
    [InlineData("<http://a.gov.cn>，详见", "http://a.gov.cn，详见")] // the text after an autolink is kept
    [InlineData("见<http://a.gov.cn>", "见http://a.gov.cn")] // an autolink after other text
    [InlineData("邮箱<lyxzfb@163.com>", "邮箱lyxzfb@163.com")]
    [InlineData("<a+b+c:d>", "a+b+c:d")]
    [InlineData("<ws://a.gov.cn>", "ws://a.gov.cn")] // a scheme of 2 characters
    [InlineData("<aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:x>", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:x")] // of 32
    [InlineData("<aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:x>", "<aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa:x>")] // 33: no autolink
    [InlineData("<m:abc>", "<m:abc>")] // 1: no autolink
    [InlineData("<<中华人民共和国政府信息公开条例>>", "<<中华人民共和国政府信息公开条例>>")] // ASCII brackets typed for 《》
    [InlineData("<http://a.gov.cn<http://b.gov.cn>", "<http://a.gov.cnhttp://b.gov.cn")] // an autolink holds no <
    public void A_markdown_autolink_prints_its_address_as_commonmark_prints_it(string written, string read)
    {
        AssertInlineMarkdownReads(written, read);
    }

    // CommonMark 0.31.2, 6.2 (emphasis and strong emphasis): spec examples, and lines that commonmark.js reads so.
    [Theory]
    [InlineData("*(*foo*)*", "(foo)")] // a closer takes the nearest opener
    [InlineData("__foo, __bar__, baz__", "foo, bar, baz")]
    [InlineData("*foo _bar* baz_", "foo _bar baz_")] // the delimiters between an opener and its closer are text
    [InlineData("*foo **bar *baz* bim** bop*", "foo bar baz bim bop")]
    [InlineData("foo***bar***baz", "foobarbaz")] // the rule of three: both runs multiples of 3 match
    [InlineData("foo******bar*********baz", "foobar***baz")]
    [InlineData("*a*b*", "ab*")]
    [InlineData("*foo_**", "foo_*")]
    [InlineData("*项目代码 ABC_*", "项目代码 ABC_")] // a _ that closes nothing does not stop a * from closing
    [InlineData("**规格 3*4 米**", "规格 3*4 米")] // a * that matches nothing does not stop a ** from closing
    [InlineData("**a*b*a*", "*aba")]
    public void Markdown_emphasis_matches_its_delimiters_as_commonmark_does(string written, string read)
    {
        AssertInlineMarkdownReads(written, read);
    }

    /// <summary>A line of Markdown reads as <paramref name="read"/>, as a paragraph and in a table's cell alike.</summary>
    private static void AssertInlineMarkdownReads(string written, string read)
    {
        SourceDocument document = TextDocumentReader.Read(written + "\n| 规章 | " + written + " |\n", "r.md");

        Assert.Equal(read, Assert.Single(document.Blocks.OfType<DocumentParagraph>()).Text);
        Assert.Equal(read, OnlyTable(document)[0, 1].Cell!.Text);
    }

    [Fact]
    public void A_line_whose_only_pipe_is_escaped_ends_a_gfm_table()
    {
        SourceDocument document = TextDocumentReader.Read("项目 | 数量\n--- | ---\n规章 | 1\n注：a \\| b\n", "r.md");

        Assert.Equal(2, OnlyTable(document).RowCount);
        Assert.Equal("注：a | b", Assert.Single(document.Blocks.OfType<DocumentParagraph>()).Text);
    }

    [Fact]
    public void A_line_of_many_delimiters_that_match_none_keeps_them_all_and_matches_the_rest()
    {
        // 50,000 openers of one character, then 50,000 closers of the other that none of them matches, then 20,000 pairs
        // that match. What this asserts is the text; that such a line is read in time linear in its length (a bound per
        // kind of closer, removals from a linked list, the backtick runs indexed once) is measured in docs/reliability.md.
        string line = string.Concat(Enumerable.Repeat(" _a", 50_000)) + string.Concat(Enumerable.Repeat("a* ", 50_000)) + string.Concat(Enumerable.Repeat(" *a*", 20_000));

        string read = Assert.Single(TextDocumentReader.Read(line.Trim(), "r.md").Blocks.OfType<DocumentParagraph>()).Text;

        Assert.Equal(line.Trim().Replace(" *a*", " a", StringComparison.Ordinal), read);
    }

    [Theory]
    [InlineData("\\!\\~\\\\\\#", "!~\\#")] // ASCII punctuation from '!' (0x21) to '~' (0x7E)
    [InlineData("\\ a\\a\\1\\中\\\u007F", "\\ a\\a\\1\\中\\\u007F")] // not before a space, letter, digit, other character or DEL
    [InlineData("\\\\*", "\\*")] // an escaped backslash does not escape what follows it
    [InlineData("\\&amp;", "&amp;")] // an escaped ampersand starts no reference
    [InlineData("&lt;&#20013;&#x4E2D;&#X4e2d;", "<中中中")]
    [InlineData("&thetasym;&ensp;", "\u03D1\u2002")] // names HTML 4 knows (WebUtility's)
    [InlineData("R&D 公司；a & b; &foo; &#; &#x; &#12345678; &#x1234567; &lt", "R&D 公司；a & b; &foo; &#; &#x; &#12345678; &#x1234567; &lt")]
    [InlineData("&#0000065;&#x000041;", "AA")] // 7 digits, 6 hexadecimal digits
    [InlineData("&#00000065; &#x0000041;", "&#00000065; &#x0000041;")] // one digit more
    [InlineData("&#65a; &#xG; &#; &#x; &; &中;", "&#65a; &#xG; &#; &#x; &; &中;")] // no number, no name
    [InlineData("a &", "a &")]
    [InlineData("a &#", "a &#")]
    [InlineData("a &#x", "a &#x")]
    [InlineData("a &#12", "a &#12")]
    [InlineData("a &lt", "a &lt")]
    [InlineData("R&D \\* &amp;", "R&D * &")] // a stray ampersand is not a reference reaching to the next one's semicolon
    [InlineData("a<br>b", "a<br>b")] // in a paragraph <br> is text
    public void A_markdown_paragraph_reads_backslash_escapes_and_character_references_as_commonmark_does(string written, string read)
    {
        DocumentParagraph paragraph = Assert.Single(TextDocumentReader.Read("x" + written + "\n", "r.md").Blocks.OfType<DocumentParagraph>());

        Assert.Equal("x" + read, paragraph.Text);
    }

    [Theory]
    [InlineData("a<br>b", "a\nb")]
    [InlineData("a<BR/>b<br />c", "a\nb\nc")]
    [InlineData("a<br>", "a")] // at the cell's end: a line break, then trimmed with the cell
    [InlineData("a<br", "a<br")]
    [InlineData("a<br/", "a<br/")]
    [InlineData("a<b>", "a<b>")]
    public void A_line_break_tag_in_a_markdown_table_cell_is_a_line_break(string written, string read)
    {
        Assert.Equal(["规章", read], Texts(OnlyTable(TextDocumentReader.Read($"| 规章 | {written} |\n", "r.md")), 0));
    }

    [Fact]
    public void A_table_that_opens_with_its_separator_starts_on_the_separator_s_line()
    {
        DocumentTable table = OnlyTable(TextDocumentReader.Read("说明\n\n|---|---|\n| 规章 | 1 |\n", "t.md"));

        Assert.Equal((1, "t.md", 3, 1), (table.RowCount, table.Location.File, table.Location.Line, table.Location.Column));
    }

    [Fact]
    public void A_pipe_row_or_its_separator_ends_a_cell_a_line_row()
    {
        DocumentTable table = OnlyTable(TextDocumentReader.Read("\t规章\n\t1\n|---|---|\n\t行政许可\n\t2\n| 其他 | 3 |\n\t合计\n", "t.txt"));

        Assert.Equal(4, table.RowCount);
        Assert.Equal(["行政许可", "2"], Texts(table, 1));
        Assert.Equal(["合计"], Texts(table, 3));
    }

    [Theory]
    [InlineData("\\", true)]
    [InlineData("a\\", true)]
    [InlineData("a\\\\", false)]
    [InlineData("\\\\\\", true)]
    [InlineData("", false)]
    [InlineData("a", false)]
    public void A_hard_line_break_is_an_odd_number_of_backslashes_at_the_line_s_end(string line, bool hardBreak)
    {
        Assert.Equal(hardBreak, MarkdownText.EndsWithHardBreak(line));
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("\t正文")]
    [InlineData("正文\t")]
    [InlineData("\t正\t文")]
    public void A_markdown_file_has_no_tab_layouts_a_line_with_tabs_is_text(string line)
    {
        // In a text file these lines are a cell a line or a tab row; Markdown has pipe tables only.
        SourceDocument read = TextDocumentReader.Read($"| 规章 | 1 |\n{line}\n| 行政许可 | 2 |\n", "r.md");

        string text = line.Trim(' ', '\t');
        DocumentParagraph[] paragraphs = [.. read.Blocks.OfType<DocumentParagraph>()];
        Assert.Equal(text.Length == 0 ? [] : [text], paragraphs.Select(p => p.Text));
        // A blank line leaves the table going on, a paragraph ends it.
        Assert.Equal(text.Length == 0 ? 1 : 2, read.Blocks.OfType<DocumentTable>().Count());
    }

    [Theory]
    [InlineData("#")]
    [InlineData("## ")]
    [InlineData("[bookmark: _GoBack]")]
    [InlineData("&#32;")]
    public void A_line_that_prints_nothing_adds_no_paragraph(string line)
    {
        Assert.Equal(["前", "后"], TextDocumentReader.Read($"前\n{line}\n后\n", "r.md").Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("title: \"  \"")]
    [InlineData("title:")]
    [InlineData("author: 某人")]
    public void Front_matter_without_a_title_that_prints_gives_no_page_title(string line)
    {
        Assert.Null(TextDocumentReader.Read($"---\n{line}\n---\n正文\n", "r.md").PageTitle);
    }
}
