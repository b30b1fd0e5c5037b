using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfoDisclosure.Documents.Tests.Writing;

/// <summary>
/// A Word document as <see cref="DocxReportWriter"/> writes it, changed as documents typed with Word's numbering button
/// are: each section heading's numeral (<c>一、</c>) taken out of its text and printed by a list of the numbering part
/// instead. Shared with the fuzzing harness, whose seeds include such documents.
/// </summary>
public static class NumberedHeadings
{
    /// <summary>The document with its section headings numbered by Word.</summary>
    /// <param name="docx">A document the Word writer wrote.</param>
    /// <returns>The changed document.</returns>
    public static byte[] Apply(byte[] docx)
    {
        using var edited = new MemoryStream();
        edited.Write(docx);
        using (WordprocessingDocument word = WordprocessingDocument.Open(edited, isEditable: true))
        {
            MainDocumentPart main = word.MainDocumentPart!;
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting }, new LevelText { Val = "%1、" }) { LevelIndex = 0 })
                { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            foreach (Paragraph heading in main.Document!.Body!.Elements<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == DocxReportWriter.HeadingStyle))
            {
                Text text = heading.Descendants<Text>().First();
                text.Text = text.Text[(text.Text.IndexOf('、', StringComparison.Ordinal) + 1)..];
                heading.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
            }
        }

        return edited.ToArray();
    }
}
