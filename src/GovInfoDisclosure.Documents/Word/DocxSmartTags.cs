using System.Buffers;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfoDisclosure.Documents.Word;

/// <summary>
/// Smart tags (<c>w:smartTag</c>: Word for Chinese wraps a number with its unit, 7件, or a date in one) show the runs
/// they hold. The Open XML SDK 3 no longer knows the element: it and everything in it would come as unknown elements,
/// whose runs print nothing. A main part that holds any is read with every smart tag unwrapped (its start and end tags
/// removed, its properties <c>w:smartTagPr</c> left out), in one pass over the part's XML before the SDK parses it, so
/// that the cost is the part's length however deep they nest (reading what each held again, level by level, parsed a
/// subtree once for each smart tag above it: a 10 KB document of nested ones took 45 s and 1.8 GB).
/// </summary>
internal static class DocxSmartTags
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// The main part's document, with its smart tags unwrapped where it holds any: the part's bytes are searched for
    /// <c>smartTag</c> first, a chunk at a time (the SDK's own loading of nested unknown elements is what grows with their
    /// nesting, so a part that holds them is never given to it as it is).
    /// </summary>
    /// <param name="main">The main part, checked already (its size and depth within the limits).</param>
    /// <returns>The document, or null where the part has none.</returns>
    public static Document? Read(MainDocumentPart main) => MentionsSmartTags(main) ? Unwrapped(main) : main.Document;

    /// <summary>
    /// Whether the part's bytes hold <c>smartTag</c> (in markup or, harmlessly, in text), in UTF-8 or UTF-16 (the
    /// pattern <c>s\0m\0…g</c> is the name in UTF-16, little- and big-endian alike but for the first byte).
    /// </summary>
    private static bool MentionsSmartTags(MainDocumentPart main)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16384);
        try
        {
            using Stream part = main.GetStream(FileMode.Open, FileAccess.Read);
            int kept = 0;
            int read;
            while ((read = part.Read(buffer, kept, buffer.Length - kept)) > 0)
            {
                int length = kept + read;
                // The part's encoding is UTF-8 or UTF-16 (XML 1.0's two); the name's bytes in each.
                ReadOnlySpan<byte> chunk = buffer.AsSpan(0, length);
                if (chunk.IndexOf("smartTag"u8) >= 0 || chunk.IndexOf("s\0m\0a\0r\0t\0T\0a\0g"u8) >= 0)
                {
                    return true;
                }

                // The end of this chunk may hold the start of the name.
                kept = Math.Min(15, length);
                buffer.AsSpan(length - kept, kept).CopyTo(buffer);
            }

            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The main part's document read again from its XML with every smart tag unwrapped.</summary>
    private static Document Unwrapped(MainDocumentPart main)
    {
        byte[] xml;
        using (Stream part = main.GetStream(FileMode.Open, FileAccess.Read))
        using (var copy = new MemoryStream())
        {
            part.CopyTo(copy);
            xml = copy.ToArray();
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), settings);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, NewLineHandling = NewLineHandling.Entitize }))
        {
            // Elements are copied tag by tag; the smart tags' start and end tags are not (each one's, matched by depth).
            var removed = new Stack<int>();
            bool more = reader.Read();
            while (more)
            {
                bool word = reader.NamespaceURI == WordNamespace;
                if (reader.NodeType == XmlNodeType.Element && word && reader.LocalName == "smartTagPr")
                {
                    reader.Skip(); // to the node after it, read already
                    more = !reader.EOF;
                    continue;
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when word && reader.LocalName == "smartTag":
                        if (!reader.IsEmptyElement)
                        {
                            removed.Push(reader.Depth);
                        }

                        break;
                    case XmlNodeType.EndElement when word && reader.LocalName == "smartTag" && removed.TryPeek(out int depth) && depth == reader.Depth:
                        removed.Pop();
                        break;
                    case XmlNodeType.Element:
                        bool empty = reader.IsEmptyElement;
                        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                        writer.WriteAttributes(reader, defattr: false);
                        if (empty)
                        {
                            writer.WriteEndElement();
                        }

                        break;
                    case XmlNodeType.EndElement:
                        writer.WriteFullEndElement();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        writer.WriteString(reader.Value);
                        break;
                    case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        writer.WriteWhitespace(reader.Value);
                        break;
                }

                more = reader.Read();
            }
        }

        return new Document(text.ToString());
    }
}
