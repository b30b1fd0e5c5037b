using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Documents.Html;
using GovInfoDisclosure.Documents.Word;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>The readers on any bytes: a document, or the documented refusal; nothing else.</summary>
public class HostileBytesTests
{
    private static readonly byte[] Page = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pingtan-2023.html"));

    private static readonly byte[] Word = DocxDocumentReaderTests.Docx(
        [new DocumentFormat.OpenXml.Wordprocessing.Table(new DocumentFormat.OpenXml.Wordprocessing.TableRow(
            new DocumentFormat.OpenXml.Wordprocessing.TableCell(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("12"))))))]);

    private static bool ReadsOrRefuses(Func<SourceDocument> read)
    {
        try
        {
            _ = read();
            return true;
        }
        catch (DocumentReadException)
        {
            return true;
        }
    }

    private static byte[] Mutate(byte[] original, (int Position, byte Value)[] changes)
    {
        byte[] bytes = (byte[])original.Clone();
        foreach ((int position, byte value) in changes)
        {
            bytes[(int)((uint)position % (uint)bytes.Length)] = value;
        }

        return bytes;
    }

    [Property(MaxTest = 200)]
    public bool The_html_reader_reads_or_refuses_random_bytes(byte[] bytes) =>
        ReadsOrRefuses(() => HtmlDocumentReader.Read(new MemoryStream(bytes), "r.html"));

    [Property(MaxTest = 200)]
    public bool The_word_reader_reads_or_refuses_random_bytes(byte[] bytes) =>
        ReadsOrRefuses(() => DocxDocumentReader.Read(new MemoryStream(bytes), "r.docx"));

    [Property(MaxTest = 50)]
    public bool The_html_reader_reads_or_refuses_a_mutated_real_page((int, byte)[] changes) =>
        ReadsOrRefuses(() => HtmlDocumentReader.Read(new MemoryStream(Mutate(Page, changes)), "r.html"));

    [Property(MaxTest = 300)]
    public bool The_word_reader_reads_or_refuses_a_mutated_document((int, byte)[] changes) =>
        ReadsOrRefuses(() => DocxDocumentReader.Read(new MemoryStream(Mutate(Word, changes)), "r.docx"));

    [Property(MaxTest = 100)]
    public bool The_word_reader_reads_or_refuses_a_truncated_document(PositiveInt length) =>
        ReadsOrRefuses(() => DocxDocumentReader.Read(new MemoryStream(Word[..Math.Min(Word.Length, length.Get)]), "r.docx"));
}
