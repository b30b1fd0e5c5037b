using System.IO.Compression;
using System.Text;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Documents.Word;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>Parts that a package's relationships name as they like: checked before the Open XML SDK parses them.</summary>
public partial class DocxDocumentReaderTests
{
    private const int HundredThousand = 100_000;

    /// <summary>
    /// The package with a part renamed (<c>word/document.xml</c> to <c>word/document.bin</c>): the entry, its
    /// relationships' entry, and every mention in the content types and relationships; the content types say the renamed
    /// part's type by its name (the SDK gives <c>.xml</c> the main document's type by default).
    /// </summary>
    private static byte[] Renamed(byte[] docx, string from, string to)
    {
        const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        using var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var result = new MemoryStream();
        using (var target = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry entry in source.Entries)
            {
                string text;
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }

                text = text.Replace(from, to, StringComparison.Ordinal);
                if (entry.FullName == "[Content_Types].xml" && !text.Contains($"/word/{to}", StringComparison.Ordinal))
                {
                    text = text.Replace("</Types>", $"<Override PartName=\"/word/{to}\" ContentType=\"{MainType}\" /></Types>", StringComparison.Ordinal);
                }

                using var writer = new StreamWriter(target.CreateEntry(entry.FullName.Replace(from, to, StringComparison.Ordinal)).Open());
                writer.Write(text);
            }
        }

        return result.ToArray();
    }

    private static byte[] WithPart(byte[] docx, string part, Func<string, string> change, CompressionLevel level = CompressionLevel.Optimal, System.Text.Encoding? encoding = null)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            ZipArchiveEntry entry = zip.GetEntry(part)!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = encoding is null ? new StreamWriter(zip.CreateEntry(part, level).Open()) : new StreamWriter(zip.CreateEntry(part, level).Open(), encoding);
            writer.Write(change(xml));
        }

        return stream.ToArray();
    }

    private static string Nested(string open, string close, string inner, int levels) =>
        string.Concat(Enumerable.Repeat(open, levels)) + inner + string.Concat(Enumerable.Repeat(close, levels));

    [Fact]
    public void A_main_part_not_named_xml_is_read()
    {
        byte[] bytes = Renamed(Docx([Para("一、总体情况", "Heading1"), Para("正文")]), "document.xml", "document.bin");

        DocumentParagraph[] paragraphs = [.. Read(bytes).Blocks.OfType<DocumentParagraph>()];

        Assert.Equal(["一、总体情况", "正文"], paragraphs.Select(p => p.Text));
        Assert.Equal([true, false], paragraphs.Select(p => p.IsHeading));
    }

    [Fact]
    public void A_main_part_not_named_xml_nested_a_hundred_thousand_levels_deep_is_refused_and_the_process_lives()
    {
        // Found reading the mutation run's survivors: the package check chose the parts it checks by their names, and
        // the Open XML SDK, parsing this part recursively, overflowed the stack (the process died).
        byte[] deep = WithDocumentXml(
            Docx([Para("x")]),
            xml => xml.Replace("<w:body>", "<w:body>" + Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:p/>", HundredThousand), StringComparison.Ordinal));
        byte[] bytes = Renamed(deep, "document.xml", "document.bin");

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "deep.docx"));

        Assert.Contains("'word/document.bin'", e.Message);
        Assert.Contains("MaxDepth", e.Message);
        Assert.Equal("deep.docx", e.File);
    }

    [Theory]
    [InlineData("styles", "style")]
    [InlineData("numbering", "abstractNum")]
    public void A_styles_or_numbering_part_not_named_xml_nested_a_hundred_thousand_levels_deep_is_refused_and_the_process_lives(string part, string element)
    {
        byte[] deep = WithPart(
            NumberedDocx([Para("x", "Heading1"), Numbered("y", 1, 0)], ChineseOutline(0)),
            $"word/{part}.xml",
            xml => xml.Replace($"</w:{part}>", Nested($"<w:{element}>", $"</w:{element}>", string.Empty, HundredThousand) + $"</w:{part}>", StringComparison.Ordinal));
        byte[] bytes = Renamed(deep, $"{part}.xml", $"{part}.bin");

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "deep.docx"));

        Assert.Contains($"'word/{part}.bin'", e.Message);
        Assert.Contains("MaxDepth", e.Message);
    }

    [Fact]
    public void A_main_part_not_named_xml_declaring_a_dtd_is_refused_naming_the_part()
    {
        byte[] dtd = WithDocumentXml(Docx([Para("x")]), xml => xml.Replace(
            "<w:document",
            "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">]><w:document",
            StringComparison.Ordinal).Replace(">x<", ">&a;<", StringComparison.Ordinal));
        byte[] bytes = Renamed(dtd, "document.xml", "document.bin");

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "dtd.docx"));

        Assert.Contains("DTD", e.Message);
        Assert.Contains("'word/document.bin'", e.Message);
    }

    /// <summary>The package with the sizes its zip headers declare for one part overwritten: a zip whose directory lies.</summary>
    private static byte[] Declaring(byte[] docx, string part, uint declared)
    {
        byte[] bytes = [.. docx];
        byte[] name = Encoding.UTF8.GetBytes(part);
        int patched = 0;
        foreach ((byte[] signature, int sizeAt, int nameLengthAt, int nameAt) in new[] { ("PK\u0003\u0004"u8.ToArray(), 22, 26, 30), ("PK\u0001\u0002"u8.ToArray(), 24, 28, 46) })
        {
            for (int i = bytes.AsSpan().IndexOf(signature); i >= 0; i = NextIndex(bytes, signature, i + 4))
            {
                int nameLength = BitConverter.ToUInt16(bytes, i + nameLengthAt);
                if (bytes.AsSpan(i + nameAt, nameLength).SequenceEqual(name))
                {
                    BitConverter.TryWriteBytes(bytes.AsSpan(i + sizeAt, 4), declared);
                    patched++;
                }
            }
        }

        Assert.Equal(2, patched);
        return bytes;
    }

    /// <summary>The package with one part stored as it is, not deflated (a zip may store any entry so).</summary>
    private static byte[] Stored(byte[] docx, string part) => WithPart(docx, part, xml => xml, CompressionLevel.NoCompression);

    [Fact]
    public void A_part_that_unpacks_to_more_than_its_entry_declares_is_cut_at_the_declared_size_and_refused()
    {
        // A zip whose directory lies: word/document.xml declares 1,000 bytes and unpacks to far more. The zip layer stops
        // a deflated entry at the declared size (so the limit on unpacked bytes holds whatever the data says), and the
        // part cut there is not XML.
        byte[] bytes = Declaring(Docx([Para(new string('x', 20_000))]), "word/document.xml", 1000);

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "lying.docx"));

        Assert.Contains("'word/document.xml' is not XML", e.Message);
    }

    [Fact]
    public void A_stored_part_holding_more_than_its_entry_declares_is_refused_as_a_damaged_package()
    {
        // A stored (not deflated) entry is given whole by the zip layer, whatever it declares: the package check's own
        // count refuses it.
        byte[] bytes = Declaring(Stored(Docx([Para(new string('x', 20_000))]), "word/document.xml"), "word/document.xml", 1000);

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "lying.docx"));

        Assert.EndsWith(": The part 'word/document.xml' holds more than the 1,000 bytes its zip entry declares: the Word document's zip package is damaged.", e.Message);
        Assert.Equal("lying.docx", e.File);
    }

    [Fact]
    public void A_stored_main_part_not_named_xml_is_held_to_the_limit_on_unpacked_bytes_when_its_entry_lies()
    {
        // Declaring 1,000 bytes passes the sum of declared sizes; the part's own check, just before the SDK parses it,
        // counts what it really gives.
        byte[] renamed = Renamed(Docx([Para(new string('x', 20_000))]), "document.xml", "document.bin");
        byte[] bytes = Declaring(Stored(renamed, "word/document.bin"), "word/document.bin", 1000);
        var options = new ImportOptions { MaxUncompressedBytes = 15_000 };

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "lying.docx", options));

        Assert.Contains("more than 15,000 bytes (ImportOptions.MaxUncompressedBytes), at 'word/document.bin'", e.Message);
    }

    [Fact]
    public void A_relationships_part_declaring_a_dtd_is_refused_naming_the_part()
    {
        // Every .xml and .rels part is checked, not only the parts the reader parses: the SDK reads the relationships.
        byte[] bytes = WithPart(Docx([Para("x")]), "_rels/.rels", xml => xml.Replace(
            "<Relationships",
            "<!DOCTYPE Relationships [<!ENTITY a \"a\">]><Relationships",
            StringComparison.Ordinal));

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "dtd.docx"));

        Assert.Contains("The part '_rels/.rels' is not XML a Word document may hold", e.Message);
    }

    [Theory]
    [InlineData("dtd")]
    [InlineData("deep")]
    public void The_core_properties_part_as_the_sdk_names_it_is_checked_and_named_in_the_refusal(string problem)
    {
        // The SDK (and so the Word writer) stores the title in package/services/metadata/core-properties/….psmdcp;
        // System.IO.Packaging refused both of these too, with messages that named no part ("Specified argument was out
        // of the range of valid values. (Parameter 'id')" for the deep one).
        byte[] docx = Docx([Para("x")], title: "标题");
        string part = CorePropertiesPart(docx);
        byte[] bytes = WithPart(docx, part, xml => problem == "dtd"
            ? xml.Replace("<coreProperties", "<!DOCTYPE coreProperties [<!ENTITY a \"a\">]><coreProperties", StringComparison.Ordinal)
            : xml.Replace("</coreProperties>", Nested("<a>", "</a>", string.Empty, HundredThousand) + "</coreProperties>", StringComparison.Ordinal));

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => DocxDocumentReader.Read(new MemoryStream(bytes), "core.docx"));

        Assert.Contains($"The part '{part}' ", e.Message);
        Assert.Contains(problem == "dtd" ? "DTD" : "MaxDepth", e.Message);
    }

    private static string CorePropertiesPart(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Single(e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal)).FullName;
    }

    private static int NextIndex(byte[] bytes, byte[] value, int from)
    {
        int i = bytes.AsSpan(from).IndexOf(value);
        return i < 0 ? -1 : from + i;
    }
}
