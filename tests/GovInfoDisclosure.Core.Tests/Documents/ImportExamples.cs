using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>A broken published document for each import finding (GID5xx), for docs/rules.md: the valid report printed as tab rows, changed in one place.</summary>
internal static class ImportExamples
{
    public static IEnumerable<(string Code, string Broken, Diagnostic Finding)> All()
    {
        AnnualReport valid = TestReports.Valid();
        string text = TextPrinter.Print(valid, TextPrinter.Style.TabRows);
        string received = ReportFormat.Get(ApplicationRow.Received).LabelZh;
        string total = ReportFormat.Get(ApplicationRow.OutcomesTotal).LabelZh;

        (string, string, Diagnostic) Example(string code, string broken, string document) =>
            (code, broken, LayoutReader.Read(TextDocumentReader.Read(document, "report.txt")).Findings.First(d => d.Code == code));

        string Line(string label) => text.Split('\n').First(l => l.Split('\t').Contains(label));

        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        string five = ReportFormat.ProblemsAndImprovements.LabelZh;
        int start = text.IndexOf(four, StringComparison.Ordinal) + four.Length;
        yield return Example("GID501", "section 五's heading printed as 五、今后打算.", text.Replace(five, "五、今后打算", StringComparison.Ordinal));
        yield return Example("GID502", "section 四 printed with its heading but without its table.", text[..start] + "\n\n" + text[text.IndexOf(five, StringComparison.Ordinal)..]);
        yield return Example("GID503", "the row 1.属于国家秘密 printed as 1.国家机密.", text.Replace("1.属于国家秘密", "1.国家机密", StringComparison.Ordinal));
        yield return Example("GID504", "the 自然人 cell of 一、本年新收 printed as 约4.", text.Replace(received + "\t4", received + "\t约4", StringComparison.Ordinal));
        yield return Example("GID505", "（七）总计 printed with two empty fields and six numbers (偃师区缙氏镇 2022).", text.Replace(Line(total), total + "\t\t\t1\t0\t0\t0\t0\t4", StringComparison.Ordinal));
        var grid = new DocumentTable(
        [
            [Cell(PrintedLayout.ApplicationsNote, 3, 3), Cell(PrintedLayout.ApplicantsHeader, 8)],
            [Cell("自然人", 2, 2), Cell("法人或其他组织", 5), Cell("总计", 1, 2)],
            [Cell("商业企业"), Cell("科研机构"), Cell("社会公益组织"), Cell("法律服务机构"), Cell("其他")],
            [Cell(received, 3), Cell("3"), Cell("2"), Cell("0"), Cell("0"), Cell("0"), Cell("0"), Cell("0"), Cell("5")],
        ], new SourceLocation { File = "page.html", Line = 40 }, 1);
        var pushed = new DocumentTable(
        [
            [Cell(PrintedLayout.ApplicationsNote, 3), Cell(PrintedLayout.ApplicantsHeader, 8)],
            [Cell("自然人", 1, 2), Cell("法人或其他组织", 5), Cell("总计", 1, 2)],
            [Cell("商业企业"), Cell("科研机构"), Cell("社会公益组织"), Cell("法律服务机构"), Cell("其他")],
            [Cell(received, 3), Cell("4"), Cell("1"), Cell("0"), Cell("0"), Cell("0"), Cell("0"), Cell("5")],
        ], new SourceLocation { File = "page.html", Line = 40 }, 1);
        yield return ("GID523", "a Word-pasted table whose 勾稽 note lost its rowspan of 3, so that 自然人 and the header rows below it stand one column left.",
            LayoutReader.Read(new SourceDocument("page.html", [new DocumentParagraph("某某镇2022年政府信息公开工作年度报告", new SourceLocation { Line = 30 }), pushed]))
                .Findings.First(d => d.Code == "GID523"));
        List<DocumentBlock> merged = [.. TextPrinter.Merged(valid).Blocks];
        int caseTable = merged.FindIndex(merged.FindIndex(b => b is DocumentParagraph p && p.Text == four), b => b is DocumentTable);
        SourceLocation at = merged[caseTable].Location;
        string[] leaves = [.. ReportFormat.CaseColumns.Select(c => c.LabelZh)];
        merged[caseTable] = new DocumentTable([[Cell("行政复议", 5)], leaves.Select(l => Cell(l)), leaves.Select(_ => Cell("0"))], at, 3);
        merged.Insert(caseTable + 1, new DocumentTable(
            [[Cell("行政诉讼", 10)], [Cell("未经复议直接起诉", 5), Cell("复议后起诉", 5)], leaves.Concat(leaves).Select(l => Cell(l)), leaves.Concat(leaves).Select(_ => Cell("0"))],
            at with { Line = at.Line + 20 }, 4));
        yield return ("GID525", "a page printing section 四 as two tables, 行政复议's five columns, then 行政诉讼's ten.",
            LayoutReader.Read(new SourceDocument("page.html", merged)).Findings.First(d => d.Code == "GID525"));
        string second = TextPrinter.Print(valid with { Title = "另一镇2022年政府信息公开工作年度报告" }, TextPrinter.Style.TabRows);
        yield return Example("GID526", "a text printing two reports, one after the other (the second 另一镇's).", text + "\n\n" + second);
        string duplicateRow = Line(ReportFormat.Get(ApplicationRow.Duplicate).LabelZh);
        string publication = Line(ReportFormat.Get(ApplicationRow.Publication).LabelZh);
        yield return Example("GID527", "a tab-rows text that lost the line break between 2.重复申请's row and 3.要求提供公开出版物's.",
            text.Replace(duplicateRow + "\n" + publication, duplicateRow + "\t" + publication.TrimStart('\t'), StringComparison.Ordinal));
        yield return ("GID506", "a Word-pasted table whose 自然人 header spans two grid columns with a number in each.",
            LayoutReader.Read(new SourceDocument("page.html", [new DocumentParagraph("某某镇2022年政府信息公开工作年度报告", new SourceLocation { Line = 30 }), grid]))
                .Findings.First(d => d.Code == "GID506"));
        yield return Example("GID507", "the 自然人 cell of 一、本年新收 printed as —.", text.Replace(received + "\t4", received + "\t—", StringComparison.Ordinal));
        yield return Example("GID508", "the 自然人 cell of 一、本年新收 printed as 4件.", text.Replace(received + "\t4", received + "\t4件", StringComparison.Ordinal));
        yield return Example("GID524", "section 二's fee header printed as 本年收费金额（单位：千元）.", text.Replace("本年收费金额（单位：万元）", "本年收费金额（单位：千元）", StringComparison.Ordinal));
        string noCorrection = Line(ReportFormat.Get(ApplicationRow.NoCorrection).LabelZh);
        string oneRow = text.Replace(noCorrection, "（六）其他处理\t0\t0\t0\t0\t0\t0\t0", StringComparison.Ordinal)
            .Replace(Line(ReportFormat.Get(ApplicationRow.FeeUnpaid).LabelZh) + "\n", string.Empty, StringComparison.Ordinal)
            .Replace(Line(ReportFormat.Get(ApplicationRow.OtherHandling).LabelZh) + "\n", string.Empty, StringComparison.Ordinal);
        yield return Example("GID509", "（六）其他处理 printed as one row (the 2019 layout; 涞源县 2022).", oneRow);
        yield return Example("GID510", "section 二's heading printed as （二）主动公开政府信息情况。 (灵丘县武灵镇 2022).",
            text.Replace(ReportFormat.ProactiveDisclosure.LabelZh, "（二）主动公开政府信息情况。", StringComparison.Ordinal));
        SourceDocument undated = TextDocumentReader.Read(TextPrinter.Print(valid with { PublishedOn = null }, TextPrinter.Style.TabRows), "page.html");
        yield return ("GID511", "a web page whose report ends without a date; the page says 发布日期：2023-01-20.",
            LayoutReader.Read(new SourceDocument("page.html", undated.Blocks) { PageDate = "发布日期：2023-01-20", PageDateLocation = new SourceLocation { File = "page.html", Line = 12 } })
                .Findings.First(d => d.Code == "GID511"));
        string overview = valid.Overview![0].Text;
        yield return Example("GID513", "a paragraph of 一、总体情况 split in mid-sentence by a page break of the extraction (偃师区缙氏镇 2022).",
            text.Replace(overview, overview[..33] + "\n\n" + overview[33..], StringComparison.Ordinal));
        string[] lines = text.Split('\n');
        int header = Array.FindIndex(lines, l => l.Contains(PrintedLayout.ApplicantsHeader, StringComparison.Ordinal));
        yield return Example("GID514", "section 三's table printed without its three header rows.", string.Join('\n', lines.Take(header).Concat(lines.Skip(header + 3))));
        string duplicate = Line(ReportFormat.Get(ApplicationRow.Duplicate).LabelZh);
        yield return Example("GID512", "the row 2.重复申请 printed twice.", text.Replace(duplicate, duplicate + "\n" + duplicate, StringComparison.Ordinal));
        yield return Example("GID516", $"a page whose site prints the title {valid.Title} as its heading over the article, which opens with the same title.",
            $"{valid.Title}\n\n{text}");
        string heading = $"{valid.Agency.Name}{valid.Year}年度政府信息公开工作报告";
        yield return Example("GID517", $"a page whose site prints {heading} as its heading over the article, which opens with its own title {valid.Title}.",
            $"{heading}\n\n{text}");
        yield return Example("GID515", $"the report as printed: its title {valid.Title} names the agency 某某镇, the signature above the date {valid.Agency.Name}.", text);
        string untitled = $"{valid.Year}年政府信息公开工作年度报告";
        yield return Example("GID518", $"a department's page titled {untitled}, without the agency; the signature above the date {valid.Agency.Name}.",
            text.Replace(valid.Title!, untitled, StringComparison.Ordinal));
        string edition2019 = MarkdownReportWriter.ToMarkdown(Edition2019.Edition2019Fixtures.Valid(2020, "某县市场监督管理局"));
        string oneRow2019 = edition2019.Split('\n').First(l => l.StartsWith("| 三、本年度办理结果 · （六）其他处理 |", StringComparison.Ordinal));
        string subRows = string.Join('\n', new[] { ApplicationRow.NoCorrection, ApplicationRow.FeeUnpaid, ApplicationRow.OtherHandling }
            .Select((row, i) => $"| （六）其他处理 · {ReportFormat.Get(row).LabelZh} | {i} | 0 | 0 | 0 | 0 | 0 | {i} |"));
        yield return (
            "GID519", "a 2019-edition report (2020) printing （六）其他处理 as the 2021 edition's three sub-rows, in Markdown.",
            LayoutReader.Read(TextDocumentReader.Read(edition2019.Replace(oneRow2019, subRows, StringComparison.Ordinal), "report.md")).Findings.First(d => d.Code == "GID519"));
        yield return (
            "GID520", "a 2019-edition report (2020) printing 第二十条第（一）项 under the 2021 edition's header 本年制发件数 / 本年废止件数 / 现行有效件数, in Markdown.",
            LayoutReader.Read(TextDocumentReader.Read(
                edition2019.Replace("| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", StringComparison.Ordinal),
                "report.md")).Findings.First(d => d.Code == "GID520"));
        string secret = Line(ReportFormat.Get(ApplicationRow.StateSecret).LabelZh);
        yield return Example("GID521", "section 三's table with a subtotal row （三）不予公开 above its sub-rows, which the template does not have.",
            text.Replace(secret, "（三）不予公开\t0\t0\t0\t0\t0\t0\t0\n" + secret, StringComparison.Ordinal));
        yield return Example("GID522", "the report ending with （此件公开发布） below its closing date.", text.TrimEnd('\n') + "\n（此件公开发布）\n");
    }

    private static DocumentCell Cell(string text, int columnSpan = 1, int rowSpan = 1) => new(text, new SourceLocation { File = "page.html", Line = 41 }, rowSpan, columnSpan);
}
