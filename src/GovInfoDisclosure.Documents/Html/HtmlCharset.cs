using System.Text;
using System.Text.RegularExpressions;

namespace GovInfoDisclosure.Documents.Html;

/// <summary>
/// Decodes a page's bytes: a byte-order mark wins; otherwise the charset the page declares (<c>&lt;meta charset&gt;</c> or
/// <c>http-equiv="Content-Type"</c>) in its first 4 KiB, checked against the bytes, because Chinese sites often declare one
/// encoding and serve the other.
/// </summary>
/// <remarks>
/// The rules, in order: (1) a BOM (UTF-8, UTF-16) decides. (2) Bytes that are valid UTF-8 and hold non-ASCII text are
/// UTF-8, whatever the page declares: GBK text is almost never valid UTF-8, so a page declaring GBK that is valid UTF-8
/// was saved as UTF-8. (3) A page declaring UTF-8 (or nothing) whose bytes are not valid UTF-8 is decoded as GB18030 (the
/// superset of GBK and GB2312) when its bytes are valid GB18030. (4) Otherwise the declared encoding (GBK and GB2312 read as
/// GB18030), or UTF-8 when none, unknown or unsupported (UTF-7), with U+FFFD where a byte cannot be decoded, so that the
/// damage shows. A meta tag declaring UTF-16 or UTF-32 is taken as UTF-8, as browsers take it.
/// </remarks>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 4096;

    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The GB18030 encoding.</summary>
    internal static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Decodes the bytes of a page.</summary>
    /// <param name="bytes">The page.</param>
    /// <returns>The text and the encoding used.</returns>
    internal static (string Text, Encoding Encoding) Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        // The byte-order mark as bytes: a u8 literal "\xEF…" would be the UTF-8 encoding of U+00EF, never matched.
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(span[3..]), Encoding.UTF8);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(span[2..]), Encoding.Unicode);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(span[2..]), Encoding.BigEndianUnicode);
        }

        Encoding? declared = Declared(span);
        if (TryStrict(new UTF8Encoding(false, true), bytes, out string? utf8))
        {
            // Pure ASCII is the same text in every encoding a page may declare; non-ASCII valid UTF-8 is UTF-8.
            return (utf8, Encoding.UTF8);
        }

        // Undeclared, or declared UTF-8 though the bytes are not (a GBK page under a UTF-8 meta tag): GB18030 if the bytes
        // are. A page declaring GBK is read as GB18030 below in any case.
        if (declared is null or UTF8Encoding)
        {
            Encoding gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            if (TryStrict(gb, bytes, out string? text))
            {
                return (text, Gb18030);
            }
        }

        Encoding used = declared ?? Encoding.UTF8;
        return (used.GetString(bytes), used);
    }

    /// <summary>The encoding the page declares in its first bytes, if any and known.</summary>
    /// <param name="bytes">The page.</param>
    /// <returns>The encoding, or <see langword="null"/>.</returns>
    internal static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            Match charset = CharsetAttribute().Match(meta.Value);
            if (charset.Success)
            {
                return ByName(charset.Groups["name"].Value);
            }
        }

        return null;
    }

    private static Encoding? ByName(string name)
    {
        string n = name.Trim().ToUpperInvariant();
        if (n is "GBK" or "GB2312" or "X-GBK" or "GB_2312-80" or "CP936" or "GB18030")
        {
            return Gb18030;
        }

        try
        {
            Encoding encoding = Encoding.GetEncoding(n);

            // As browsers do (HTML's "prescan"), a page that declares UTF-16 or UTF-32 in a meta tag is not in it (it could
            // not have been parsed to find the tag): the declaration is taken as UTF-8.
            return encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Unknown, or known and not supported (UTF-7 is disabled in .NET and unsupported by browsers): as if undeclared.
            return null;
        }
    }

    private static bool TryStrict(Encoding encoding, byte[] bytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();
}
