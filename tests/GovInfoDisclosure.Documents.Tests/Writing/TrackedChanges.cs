using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfoDisclosure.Documents.Tests.Writing;

/// <summary>
/// A Word document as <see cref="DocxReportWriter"/> writes it, with revisions left in it as an agency may publish it
/// before accepting the changes made with tracking on: paragraphs joined (the first one's mark deleted, in the body and
/// in cells), paragraphs deleted whole (text and mark), text deleted inside a paragraph, rows deleted, cells deleted alone. Read as accepted
/// it is the written document. Shared with the fuzzing harness, whose seeds include such documents.
/// </summary>
public static class TrackedChanges
{
    /// <summary>The document with revisions made at places <paramref name="seed"/> chooses.</summary>
    /// <param name="docx">A document the Word writer wrote.</param>
    /// <param name="seed">Chooses where the revisions are made.</param>
    /// <returns>The changed document and the number of revisions made.</returns>
    public static (byte[] Docx, int Revisions) Apply(byte[] docx, int seed)
    {
        var random = new Random(seed);
        int revisions = 0;
        W.Deleted Deletion() => new() { Id = (revisions++).ToString(CultureInfo.InvariantCulture), Author = "审核人" };
        W.DeletedRun DeletedText(string text) => new(new W.Run(new W.DeletedText(text))) { Id = Deletion().Id, Author = "审核人" };

        using var edited = new MemoryStream();
        edited.Write(docx);
        using (WordprocessingDocument word = WordprocessingDocument.Open(edited, isEditable: true))
        {
            W.Body body = word.MainDocumentPart!.Document!.Body!;
            // Rows first, so that a deleted copy holds the row as written.
            foreach (W.TableRow row in body.Descendants<W.TableRow>().Where(_ => random.Next(4) == 0).ToList())
            {
                var deleted = (W.TableRow)row.CloneNode(true);
                deleted.TableRowProperties ??= new W.TableRowProperties();
                deleted.TableRowProperties.Append(Deletion());
                foreach (W.Run run in deleted.Descendants<W.Run>().ToList())
                {
                    run.InsertBeforeSelf(DeletedText(run.InnerText));
                    run.Remove();
                }

                row.InsertAfterSelf(deleted);
            }

            // Cells deleted alone: a copy of a cell after it, marked deleted (w:cellDel) with its text deleted.
            foreach (W.TableCell cell in body.Descendants<W.TableCell>().Where(_ => random.Next(8) == 0).ToList())
            {
                var deleted = (W.TableCell)cell.CloneNode(true);
                deleted.TableCellProperties ??= new W.TableCellProperties();
                deleted.TableCellProperties.Append(new W.CellDeletion { Id = Deletion().Id, Author = "审核人" });
                foreach (W.Run run in deleted.Descendants<W.Run>().ToList())
                {
                    run.InsertBeforeSelf(DeletedText(run.InnerText));
                    run.Remove();
                }

                cell.InsertAfterSelf(deleted);
            }

            foreach (W.Paragraph p in body.Descendants<W.Paragraph>().ToList())
            {
                switch (random.Next(5))
                {
                    case 0 when p.Elements<W.Run>().LastOrDefault(r => r.Elements<W.Text>().Count() == 1 && r.ChildElements.Count(c => c is not W.RunProperties) == 1 && r.InnerText.Length >= 2) is { } run:
                        // Joined: split in two at a character, the first half's mark deleted.
                        string data = run.InnerText;
                        int cut = random.Next(1, data.Length);
                        cut -= char.IsLowSurrogate(data[cut]) ? 1 : 0;
                        if (cut == 0)
                        {
                            break;
                        }

                        var rest = new W.Paragraph();
                        if (p.ParagraphProperties is { } properties)
                        {
                            rest.Append(properties.CloneNode(true));
                        }

                        var second = (W.Run)run.CloneNode(true);
                        second.GetFirstChild<W.Text>()!.Text = data[cut..];
                        second.GetFirstChild<W.Text>()!.Space = SpaceProcessingModeValues.Preserve;
                        rest.Append(second);
                        foreach (OpenXmlElement after in p.ChildElements.SkipWhile(c => c != run).Skip(1).ToList())
                        {
                            after.Remove();
                            rest.Append(after);
                        }

                        run.GetFirstChild<W.Text>()!.Text = data[..cut];
                        run.GetFirstChild<W.Text>()!.Space = SpaceProcessingModeValues.Preserve;
                        p.ParagraphProperties ??= new W.ParagraphProperties();
                        p.ParagraphProperties.ParagraphMarkRunProperties ??= new W.ParagraphMarkRunProperties();
                        p.ParagraphProperties.ParagraphMarkRunProperties.Append(Deletion());
                        p.InsertAfterSelf(rest);
                        break;
                    case 1:
                        // Deleted whole: its text and its mark.
                        p.InsertBeforeSelf(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphMarkRunProperties(Deletion())), DeletedText("删去的一段：2023年共12件。")));
                        break;
                    case 2:
                        p.InsertAfterSelf(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphMarkRunProperties(Deletion())), DeletedText("9")));
                        break;
                    case 3:
                        p.Append(DeletedText("7"));
                        break;
                }
            }
        }

        return (edited.ToArray(), revisions);
    }
}
