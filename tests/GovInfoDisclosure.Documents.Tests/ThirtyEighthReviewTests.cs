using System.Text;
using System.Text.RegularExpressions;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Validation;
using GovInfoDisclosure.Documents.Html;
using GovInfoDisclosure.Documents.Tests.Writing;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>The thirty-eighth session's review: picture fonts whose characters lie past the basic plane.</summary>
public class ThirtyEighthReviewTests
{
    private static SourceDocument Html(string body) =>
        HtmlDocumentReader.Read($"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>", "page.html");

    private static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A paragraph that stops mid-sentence is joined with the next and GID513 quotes its last eight and the next one's first
    /// eight UTF-16 code units: where a picture font's mark past the basic plane (Wingdings 2's check mark P, 🗸, new in this
    /// session) straddles the cut, the message holds half a surrogate pair — printed as U+FFFD (“�信息公开事务的”), the
    /// character this library uses to say "a mark the font has not", in text, JSON (\uFFFD) and SARIF output.
    /// </summary>
    [Fact]
    public void Review38_a_joined_paragraphs_message_does_not_split_a_picture_fonts_character()
    {
        string page = HtmlReportWriter.ToHtml(WrittenReport.Sample("laiyuan-2022.json"));
        const string Old = "<p>2022年，全县未发生针对政府信息公开事务的行政复议申请、申诉和行政诉讼案件。</p>";
        Assert.Contains(Old, page, StringComparison.Ordinal);
        page = page.Replace(
            Old,
            "<p>2022年，全县各乡镇、县直各部门在本年度内均未发生针对政府<span style=\"font-family:'Wingdings 2'\">P</span>信息公开事务的</p>"
            + "<p>行政复议申请、申诉和行政诉讼案件。</p>",
            StringComparison.Ordinal);
        page = Regex.Replace(page, "<(/?)h[1-6]([^>]*)>", "<$1p$2>"); // headings not marked, so that a paragraph broken mid-sentence is joined

        ReportImport import = ReportDocument.Read(new MemoryStream(Encoding.UTF8.GetBytes(page)), "page.html");

        Diagnostic joined = Assert.Single(import.Findings, f => f.Code == "GID513");
        Assert.Contains("🗸信息公开事务的", string.Concat(import.Report.Overview!.Paragraphs.Select(p => p.Text)), StringComparison.Ordinal);
        Assert.False(HasLoneSurrogate(joined.Message), joined.Message);
        Assert.False(HasLoneSurrogate(joined.MessageZh), joined.MessageZh);
    }

    /// <summary>
    /// An unquoted family name is its words separated by white space, any run of it one space (CSS Fonts: "Wingdings  2"
    /// or a name broken over lines is the font Wingdings 2): a browser shows 🗸; the reader compares the name as written.
    /// </summary>
    [Theory]
    [InlineData("<span style=\"font-family:Wingdings  2\">P</span>已办结")]
    [InlineData("<span style=\"font-family:Wingdings\n2\">P</span>已办结")]
    public void Review38_an_unquoted_picture_font_name_with_more_white_space_is_the_font(string html)
    {
        SourceDocument document = Html($"<article><p>{html}</p></article>");

        Assert.Equal(["🗸已办结"], document.Blocks.OfType<DocumentParagraph>().Select(p => p.Text).Where(t => t.Length > 0 && t != "t"));
    }
    /// <summary>
    /// TextSimilarity (GID303, gidr compare) removes symbols before comparing ("a changed 、 does not count"): a check mark
    /// of the basic plane (Wingdings' ü, ✓) is removed, but Wingdings 2's check mark P, now read as 🗸 (U+1F5F8, two
    /// UTF-16 code units), is judged char by char: its surrogate halves are neither symbol nor punctuation and are kept as
    /// two "characters". The same narrative, ticked in Wingdings one year and in Wingdings 2 the next, is no longer the same
    /// text.
    /// </summary>
    [Fact]
    public void Review38_a_picture_fonts_mark_past_the_basic_plane_is_a_symbol_to_the_similarity_measure()
    {
        string Text(string font, string code)
        {
            string mark = $"<span style=\"font-family:'{font}'\">{code}</span>";
            return Html($"<article><p>{mark}主动公开政府信息一百条{mark}办理申请十件{mark}未收取费用</p></article>")
                .Blocks.OfType<DocumentParagraph>().Single(p => p.Text.Contains("主动", StringComparison.Ordinal)).Text;
        }

        string wingdings = Text("Wingdings", "ü"), wingdings2 = Text("Wingdings 2", "P");
        Assert.Equal(("✓主动公开政府信息一百条✓办理申请十件✓未收取费用", "🗸主动公开政府信息一百条🗸办理申请十件🗸未收取费用"), (wingdings, wingdings2));

        // Both are 主动公开政府信息一百条办理申请十件未收取费用 once symbols are removed: the same text.
        Assert.Equal(1.0, GovInfoDisclosure.Core.Series.TextSimilarity.Compare(wingdings, wingdings2));
    }
    /// <summary>
    /// documents.md: a title's period "whose two years differ (（2022年7月1日至2023年6月30日）) states no one year: the
    /// document is refused without --year … (the reader does not choose one of the two)". A page whose h1 prints such a
    /// title (no line of it ends with 报告, so the h1 is taken as the title) is read as 2022, without a word.
    /// </summary>
    [Fact]
    public void Review38_a_pages_h1_title_whose_period_spans_two_years_is_refused_without_a_year()
    {
        string page = HtmlReportWriter.ToHtml(WrittenReport.Sample("laiyuan-2022.json"));
        Assert.Contains(">涞源县2022年政府信息公开工作年度报告</h1>", page, StringComparison.Ordinal);
        page = page.Replace(">涞源县2022年政府信息公开工作年度报告</h1>", ">涞源县人民政府政府信息公开工作年度报告（2022年7月1日至2023年6月30日）</h1>", StringComparison.Ordinal)
            .Replace("<title>涞源县2022年政府信息公开工作年度报告</title>", "<title>涞源县人民政府</title>", StringComparison.Ordinal);

        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => ReportDocument.Read(new MemoryStream(Encoding.UTF8.GetBytes(page)), "page.html"));

        Assert.Contains("states no year", refused.Message, StringComparison.Ordinal);
    }
}
