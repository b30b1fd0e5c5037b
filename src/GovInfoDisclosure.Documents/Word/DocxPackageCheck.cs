using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents.Word;

/// <summary>
/// What is checked of a Word file before the Open XML SDK opens it: that it is a zip package and not a legacy <c>.doc</c>,
/// that its parts do not unpack to more than <see cref="ImportOptions.MaxUncompressedBytes"/> (a zip bomb), and that every
/// XML part is well-formed XML without a DTD (so no entity is expanded or fetched) and not nested deeper than
/// <see cref="ImportOptions.MaxDepth"/>.
/// </summary>
internal static class DocxPackageCheck
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Whether the bytes are an OLE compound file (a Word 97–2003 <c>.doc</c>).</summary>
    /// <param name="bytes">The file.</param>
    /// <returns><see langword="true"/> for a compound file.</returns>
    internal static bool IsLegacyDoc(ReadOnlySpan<byte> bytes) => bytes.StartsWith(OleSignature);

    /// <summary>The refusal of a legacy <c>.doc</c>.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The exception to throw.</returns>
    internal static DocumentReadException LegacyDoc(string? file) => new(
        "This is a Word 97–2003 document (.doc), which is not read: open it in Word or WPS and save it as a Word document (.docx).", file);

    /// <summary>Checks a package; throws <see cref="DocumentReadException"/> on the first problem.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="file">The file's name.</param>
    /// <param name="options">The limits.</param>
    internal static void Check(byte[] bytes, string? file, ImportOptions options)
    {
        if (IsLegacyDoc(bytes))
        {
            throw LegacyDoc(file);
        }

        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            throw new DocumentReadException("This is not a Word document: a .docx file is a zip package, and this file is not one.", file);
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long declared = 0;
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > options.MaxUncompressedBytes)
                {
                    throw TooLarge(file, options, entry.FullName);
                }
            }

            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                if (IsCheckedByName(entry.FullName))
                {
                    // The entry's declared size is counted above, and the part may not give more: System.IO.Compression
                    // stops a deflated entry at its declared size, but gives a stored one all the bytes it holds.
                    string name = entry.FullName;
                    long declaredSize = entry.Length;
                    CheckXml(entry.Open(), declaredSize, name, file, options, () => Undeclared(file, name, declaredSize));
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw new DocumentReadException($"The Word document's zip package is damaged: {e.Message}", file, null, e);
        }
    }

    private static DocumentReadException TooLarge(string? file, ImportOptions options, string entry) => new(
        $"The Word document's parts unpack to more than {options.MaxUncompressedBytes:N0} bytes (ImportOptions.MaxUncompressedBytes), at '{entry}': refused as a possible zip bomb.", file);

    private static DocumentReadException Undeclared(string? file, string entry, long declared) => new(
        $"The part '{entry}' holds more than the {declared:N0} bytes its zip entry declares: the Word document's zip package is damaged.", file);

    /// <summary>
    /// Checks a part the reader is about to parse where <see cref="Check"/> did not, by its name: the package's
    /// relationships may give the main document or its styles any name (<c>word/document.bin</c>), and the Open XML SDK
    /// parses such a part all the same, recursively (a part nested 100,000 levels deep overflowed the stack).
    /// </summary>
    /// <param name="part">The part.</param>
    /// <param name="file">The file's name.</param>
    /// <param name="options">The limits.</param>
    internal static void CheckPart(OpenXmlPart part, string? file, ImportOptions options)
    {
        string name = part.Uri.OriginalString;
        if (!IsCheckedByName(name))
        {
            string entry = name.TrimStart('/');
            CheckXml(part.GetStream(FileMode.Open, FileAccess.Read), options.MaxUncompressedBytes, entry, file, options, () => TooLarge(file, options, entry));
        }
    }

    /// <summary>
    /// Whether <see cref="Check"/> checks a part by its name: XML parts and relationships, as packages name them, and the
    /// core properties (the title) as System.IO.Packaging and the Open XML SDK name them (<c>….psmdcp</c>).
    /// </summary>
    private static bool IsCheckedByName(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".psmdcp", StringComparison.OrdinalIgnoreCase);

    private static void CheckXml(Stream part, long limit, string name, string? file, ImportOptions options, Func<Exception> over)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreWhitespace = true,
            IgnoreComments = true,
        };
        int maxDepth = DocumentLimits.MaxDepth(options);
        try
        {
            using var stream = new LimitedStream(part, limit, over);
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.Depth > maxDepth)
                {
                    throw new DocumentReadException(
                        $"The part '{name}' nests elements deeper than {maxDepth:N0} levels (ImportOptions.MaxDepth).", file);
                }
            }
        }
        catch (XmlException e)
        {
            throw new DocumentReadException(
                $"The part '{name}' is not XML a Word document may hold (a DTD or entity is never read): {e.Message}", file, null, e);
        }
    }

    /// <summary>A read-only stream that refuses to give more than a number of bytes.</summary>
    private sealed class LimitedStream(Stream inner, long limit, Func<Exception> over) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            _read += n;
            if (_read > limit)
            {
                throw over();
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
