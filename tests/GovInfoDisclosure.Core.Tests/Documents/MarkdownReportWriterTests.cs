using System.Collections.Immutable;
using System.Text;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Documents;

public class MarkdownReportWriterTests
{
    /// <summary>The pipe tables of a Markdown text: each a list of rows, each row its cells as printed (trimmed).</summary>
    private static List<List<string[]>> Tables(string markdown)
    {
        var tables = new List<List<string[]>>();
        List<string[]>? current = null;
        foreach (string line in markdown.Split('\n'))
        {
            if (!line.StartsWith('|'))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                tables.Add(current);
            }

            current.Add(SplitRow(line));
        }

        return tables;
    }

    /// <summary>Splits a pipe-table row at the pipes that are not escaped.</summary>
    private static string[] SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (int i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                cell.Append(line[i]).Append(line[i + 1]);
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        return [.. cells];
    }

    private static string[] Row(string markdown, string label) =>
        Assert.Single(Tables(markdown).SelectMany(t => t), r => r[0] == label);

    [Fact]
    public void Merged_row_labels_are_repeated_in_the_first_column_joined_by_a_dot()
    {
        string markdown = MarkdownReportWriter.ToMarkdown(TestReports.Valid());

        Assert.Contains("| 三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 |", markdown);
        Assert.Contains("| 三、本年度办理结果 · （四）无法提供 · 1.本机关不掌握相关政府信息 |", markdown);
        Assert.Contains("| 四、结转下年度继续办理 |", markdown);
    }

    [Fact]
    public void Every_value_of_section_three_is_in_its_rows_line_under_its_columns_header()
    {
        AnnualReport report = TestReports.Sample(TestReports.Laiyuan);
        string markdown = MarkdownReportWriter.ToMarkdown(report);
        List<string[]> table = Assert.Single(Tables(markdown), t => t[0][0] == PrintedLayout.ApplicationsNote);
        string[] header = table[0];

        foreach (ApplicationRow row in Enum.GetValues<ApplicationRow>())
        {
            FormatEntry label = ReportFormat.Get(row);
            string[] line = Assert.Single(table, r => r[0].EndsWith(label.LabelZh, StringComparison.Ordinal) && r[0].Contains(label.Parent!.LabelZh) == (label.Parent != ReportFormat.Applications));
            foreach (ApplicantColumn column in Enum.GetValues<ApplicantColumn>())
            {
                int index = Array.FindIndex(header, h => h.EndsWith(ReportFormat.Get(column).LabelZh.Split(" · ")[^1], StringComparison.Ordinal));
                Assert.Equal(report.Applications[row][column]?.ToString() ?? string.Empty, line[index]);
            }
        }
    }

    [Fact]
    public void Stacked_column_headers_are_joined_and_every_table_row_has_the_headers_width()
    {
        string markdown = MarkdownReportWriter.ToMarkdown(TestReports.Sample(TestReports.Yanshi));
        List<List<string[]>> tables = Tables(markdown);

        Assert.Contains("申请人情况 · 法人或其他组织 · 商业企业", tables.SelectMany(t => t[0]));
        Assert.Contains("行政诉讼 · 复议后起诉 · 尚未审结", tables.SelectMany(t => t[0]));

        // Section 二 is four blocks (each its own pipe table under its title), section 三 one, section 四 one.
        Assert.Equal(6, tables.Count);
        Assert.All(tables, t => Assert.All(t, r => Assert.Equal(t[0].Length, r.Length)));
        Assert.Contains("**第二十条第（八）项**", markdown);
    }

    [Fact]
    public void A_blank_is_an_empty_cell_and_a_zero_is_printed()
    {
        AnnualReport valid = TestReports.Valid();
        Outcomes outcomes = valid.Applications.Outcomes;
        AnnualReport report = valid with
        {
            Applications = valid.Applications with
            {
                Outcomes = outcomes with { NotProcessed = outcomes.NotProcessed with { Duplicate = outcomes.NotProcessed.Duplicate with { NaturalPerson = null } } },
            },
        };

        string[] line = Row(MarkdownReportWriter.ToMarkdown(report), "三、本年度办理结果 · （五）不予处理 · 2.重复申请");

        Assert.Equal([string.Empty, "0", "0", "0", "0", "0", "0"], line[1..]);
    }

    [Fact]
    public void An_amount_is_printed_exactly()
    {
        AnnualReport report = TestReports.ValidBuilder().Fees(1835.50m).Build();

        Assert.Equal(["行政事业性收费", "1835.50"], Row(MarkdownReportWriter.ToMarkdown(report), "行政事业性收费"));
    }

    [Fact]
    public void Markdown_punctuation_in_a_narrative_is_escaped_and_line_breaks_are_hard_breaks()
    {
        AnnualReport report = TestReports.Valid() with
        {
            Overview = new Narrative([new Paragraph { Heading = "# 标题 | 竖线", Text = "<script>alert(1)</script> & *星* 𠀋\n1. 第二行\n- 第三行" }]),
        };

        string markdown = MarkdownReportWriter.ToMarkdown(report);

        Assert.Contains("### \\# 标题 \\| 竖线\n", markdown);
        Assert.Contains("\\<script\\>alert(1)\\</script\\> \\& \\*星\\* 𠀋\\\n1\\. 第二行\\\n\\- 第三行\n", markdown);
        Assert.DoesNotContain("<script>", markdown);
    }

    [Fact]
    public void The_document_has_the_title_the_six_sections_in_order_and_the_agency_and_date_at_the_end()
    {
        AnnualReport report = TestReports.Sample(TestReports.Linqiu);

        string markdown = MarkdownReportWriter.ToMarkdown(report);

        Assert.StartsWith("# " + report.Title + "\n\n", markdown);
        int[] positions = [.. ReportFormat.Sections.Select(s => markdown.IndexOf("\n## " + s.LabelZh + "\n", StringComparison.Ordinal))];
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.EndsWith("\n\n" + report.Agency.Name + "\n\n2023年1月15日\n", markdown);
        Assert.Contains("\n### " + report.Overview![1].Heading + "\n\n", markdown);
    }

    [Fact]
    public void Writing_to_a_stream_writes_the_same_text_as_utf8_without_a_byte_order_mark()
    {
        AnnualReport report = TestReports.Valid();
        using var stream = new MemoryStream();

        MarkdownReportWriter.Write(report, stream);

        Assert.Equal(Encoding.UTF8.GetBytes(MarkdownReportWriter.ToMarkdown(report)), stream.ToArray());
    }
    [Fact]
    public void A_title_or_sub_heading_breaks_its_lines_with_br_and_escapes_every_hash()
    {
        AnnualReport report = TestReports.Valid() with
        {
            Title = "某县#2023\n- 报告",
            Overview = new Narrative([new Paragraph { Heading = "a#b\n1. c", Text = string.Empty }, new Paragraph { Text = "正文" }]),
        };

        string markdown = MarkdownReportWriter.ToMarkdown(report);

        Assert.Contains("\n# 某县\\#2023<br>- 报告\n\n", "\n" + markdown);
        // A heading without text is followed by one blank line, then the next paragraph.
        Assert.Contains("\n### a\\#b<br>1. c\n\n正文\n\n", markdown);
    }

    [Theory]
    [InlineData("甲\n  ", "甲\\\n&#32;&#32;\n")]
    [InlineData("\t甲\t", "&#9;甲&#9;\n")]
    [InlineData(" 甲 ", "&#32;甲&#32;\n")]
    [InlineData("甲\n", "甲&#10;\n")] // CommonMark would print a backslash ending the paragraph
    [InlineData("甲\n\n", "甲\\\n&#10;\n")]
    [InlineData("\n甲", "\\\n甲\n")]
    [InlineData("2023", "2023\n")]
    [InlineData("甲\n.乙\n1)丙\n12.丁", "甲\\\n.乙\\\n1\\)丙\\\n12\\.丁\n")]
    [InlineData("甲\r乙", "甲&#13;乙\n")]
    public void A_paragraph_s_white_space_at_line_ends_line_breaks_and_block_starts_are_written_to_print_as_typed(string text, string written)
    {
        AnnualReport report = TestReports.Valid() with { Overview = new Narrative([new Paragraph { Text = text }]) };

        string markdown = MarkdownReportWriter.ToMarkdown(report);

        Assert.Contains("\n\n" + written + "\n## ", markdown);
        Assert.Equal(report.Overview, LayoutReader.Read(TextDocumentReader.Read(markdown, "report.md")).Report.Overview);
    }

    [Fact]
    public void Every_table_s_separator_leaves_its_label_column_as_it_is_and_aligns_the_value_columns_right()
    {
        string[] separators = [.. MarkdownReportWriter.ToMarkdown(TestReports.Valid()).Split('\n').Where(l => l.StartsWith("| ---", StringComparison.Ordinal))];

        Assert.Equal(6, separators.Length); // section 二's four blocks, 三 and 四
        Assert.All(separators[..5], l => Assert.Matches(@"^\| --- \|( ---: \|)+$", l));
        Assert.Matches(@"^\|( ---: \|){15}$", separators[5]); // section 四 has no row labels: 15 values
    }

    [Fact]
    public void Every_table_ends_at_a_blank_line_so_that_no_text_after_it_reads_as_one_of_its_rows()
    {
        AnnualReport report2019 = new AnnualReportBuilder(2020, "测试县").WithEdition(ReportEdition.Edition2019)
            .WithOverview("本年主动公开信息100条。").Build();
        foreach (AnnualReport report in new[] { TestReports.Valid(), report2019 })
        {
            string[] lines = MarkdownReportWriter.ToMarkdown(report).Split('\n');
            int tables = 0;
            for (int i = 0; i + 1 < lines.Length; i++)
            {
                if (lines[i].StartsWith('|') && !lines[i + 1].StartsWith('|'))
                {
                    Assert.Equal(string.Empty, lines[i + 1]); // GFM reads a line of text right under a table as a row of it
                    tables++;
                }
            }

            Assert.Equal(lines.Count(l => l.StartsWith("| ---", StringComparison.Ordinal)), tables);
        }
    }

    [Fact]
    public void Each_block_of_section_two_is_written_under_its_own_title_with_its_own_header()
    {
        PrintedTable table = PrintedLayout.Tables(ReportEdition.Edition2021).Single(t => t.Cells.Any(c => c.Kind == PrintedCellKind.BlockTitle));
        string markdown = MarkdownReportWriter.ToMarkdown(TestReports.Valid());

        int blocks = 0;
        for (int r = 0; r < table.RowCount - 1; r++)
        {
            if (table.Rows[r] is [{ Kind: PrintedCellKind.BlockTitle } title])
            {
                ImmutableArray<PrintedCell> header = table.Rows[r + 1];
                Assert.Contains($"**{title.Text}**\n\n| {header[0].Text} | {header[1].Text} |", markdown);
                blocks++;
            }
        }

        Assert.Equal(4, blocks);
    }
}
