using GovInfoDisclosure.Documents.Html;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>
/// The pre-scan that refuses pathological nesting before AngleSharp builds the tree: what it counts as an open element,
/// page by page as the tree builder would see it, so that an ordinary page is never refused and a deep one is refused at
/// its first tag too deep.
/// </summary>
public class HtmlNestingScanTests
{
    [Theory]
    [InlineData("<div><div><div>", 2, 10)]
    [InlineData("<div><div>", 2, -1)]
    [InlineData("<div></div><div></div><div></div>", 1, -1)]
    [InlineData("<div><span></div><div>", 2, -1)]
    [InlineData("<!-- <div><div><div> --><div>", 1, -1)]
    [InlineData("<!-- <div><div><div>", 1, -1)]
    [InlineData("<!--<b--><div>", 1, -1)]
    [InlineData("<!-- x --><div><div><div>", 2, 20)]
    [InlineData("<div><div", 2, -1)]
    [InlineData("<br><img src=\"a.png\"><hr><br>", 0, -1)]
    [InlineData("<div/><div/><div/>", 0, -1)]
    [InlineData("<script>for (;;) { s += '<div><div>'; }</script><div>", 1, -1)]
    [InlineData("<script>x</script>", 0, -1)]
    [InlineData("<style>p > div { }</style><div>", 1, -1)]
    [InlineData("<!DOCTYPE html><?xml version=\"1.0\"?>< div>", 0, -1)]
    [InlineData("<1a><2b>", 0, -1)]
    [InlineData("<div title=\"<div><div>\">", 1, -1)]
    [InlineData("<div title='<div><div>'>", 1, -1)]
    [InlineData("<p>a<p>b<div>c", 1, -1)]
    [InlineData("<table><tr><td>1<td>2<th>3<tr><td>4<tr><th>5", 3, -1)]
    [InlineData("<dl><dt>a<dd>b<dt>c<dd>d", 2, -1)]
    [InlineData("<ul><li>a<li>b<li>c", 2, -1)]
    [InlineData("<table><tr><td><span><b>", 4, 21)]
    [InlineData("<dl><dd><span><b>", 3, 14)]
    [InlineData("<select><option>a<option>b", 2, -1)]
    [InlineData("<ul><li>a<ul><li>b", 3, 13)]
    [InlineData("<x-a><x-b></x-a><div><div>", 2, -1)]
    [InlineData("<o:p><o:q></o:p><div><div>", 2, -1)]
    [InlineData("<a_b><a_c></a_b><div><div>", 2, -1)]
    [InlineData("<tr><td>1<tr><td>2", 2, -1)]
    [InlineData("<div><span title=\"a>b\"><b>", 2, 23)]
    public void Counts_only_the_elements_the_tree_builder_keeps_open(string html, int limit, int expected)
    {
        Assert.Equal(expected, HtmlNestingScan.FirstTooDeep(html, limit));
    }
}
