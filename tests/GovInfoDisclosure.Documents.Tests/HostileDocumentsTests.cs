using System.IO.Compression;
using System.Text;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>Documents built to hurt the readers (issue 13), read through <see cref="ReportDocument"/> as a user would.</summary>
public class HostileDocumentsTests
{
    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private const string Relationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    private static byte[] Docx(string body)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using Stream s = zip.CreateEntry(name).Open();
                s.Write(Encoding.UTF8.GetBytes(xml));
            }

            Part("[Content_Types].xml", ContentTypes);
            Part("_rels/.rels", Relationships);
            Part("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
        }

        return buffer.ToArray();
    }

    private static string Rows(int count) =>
        "<w:tbl>" + string.Concat(Enumerable.Range(0, count).Select(i => $"<w:tr><w:tc><w:p><w:r><w:t>{i}</w:t></w:r></w:p></w:tc></w:tr>")) + "</w:tbl>";

    [Fact]
    public void A_word_table_of_a_hundred_thousand_rows_is_read_within_the_cell_limit_and_found_not_to_be_a_report()
    {
        byte[] docx = Docx("<w:p><w:r><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r></w:p>" + Rows(100_000));

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => ReportDocument.Read(new MemoryStream(docx), "rows.docx"));

        Assert.Contains("not a report", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("Cannot read the document 'rows.docx': ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_table_of_more_cells_than_the_limit_is_refused_naming_the_limit()
    {
        byte[] docx = Docx(Rows(1_001));

        DocumentReadException e = Assert.Throws<DocumentReadException>(
            () => ReportDocument.Read(new MemoryStream(docx), "rows.docx", ImportOptions.Default with { MaxTableCells = 1_000 }));

        Assert.Contains("MaxTableCells", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_a_byte_order_mark_in_the_middle_is_not_a_report_and_says_so()
    {
        byte[] text = [.. Encoding.UTF8.GetBytes("一、总体情况\n"), 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("测试\n")];

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => ReportDocument.Read(new MemoryStream(text), "bom.txt"));

        Assert.Contains("not a report", e.Message, StringComparison.Ordinal);
    }
}
