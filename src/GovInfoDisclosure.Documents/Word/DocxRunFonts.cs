using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfoDisclosure.Documents.Word;

/// <summary>
/// The picture fonts (Symbol, Wingdings: <see cref="PictureFonts"/>) a run's text is typed in: text typed in Wingdings
/// shows the font's marks (<c>Ø</c> shows ➢, <c>ü</c> ✓), not its letters. A run names up to four fonts (<c>w:rFonts</c>:
/// <c>w:ascii</c>, <c>w:hAnsi</c>, <c>w:eastAsia</c>, <c>w:cs</c>), each for some characters; each is the nearest word
/// along the run's own formatting, its character style, its paragraph's style (each along the styles it is based on)
/// and the document's defaults. A theme's font (<c>w:asciiTheme</c>) is a text font. Table styles are not read.
/// </summary>
internal sealed class DocxRunFonts
{
    private readonly Dictionary<string, Style> _styles;
    private readonly Func<Paragraph?, string?> _paragraphStyle;
    private readonly Words _defaults;

    /// <summary>What each style (along its bases) says of its runs' fonts, once asked.</summary>
    private readonly Dictionary<string, Words> _styled = new(StringComparer.Ordinal);

    /// <summary>Whether a style or the defaults name a picture font: if not, a run naming none itself is read as typed.</summary>
    private readonly bool _stylesNamePictureFont;

    internal DocxRunFonts(Dictionary<string, Style> styles, DocDefaults? defaults, Func<Paragraph?, string?> paragraphStyle)
    {
        _styles = styles;
        _paragraphStyle = paragraphStyle;
        _defaults = Words.Of(defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle);
        _stylesNamePictureFont = _defaults.NamesPictureFont() || styles.Values.Any(s => Words.Of(s.StyleRunProperties).NamesPictureFont());
    }

    /// <summary>
    /// The run's picture fonts, or null where every character it can hold is drawn from a text font (nearly every run).
    /// </summary>
    internal Fonts? Of(Run run)
    {
        RunProperties? properties = run.RunProperties;
        if (!_stylesNamePictureFont && !Words.NamesPictureFont(properties?.GetFirstChild<RunFonts>()))
        {
            return null;
        }

        Words words = Words.Of(properties)
            .Or(Styled(properties?.RunStyle?.Val?.Value))
            .Or(Styled(_paragraphStyle(run.Ancestors<Paragraph>().FirstOrDefault())))
            .Or(_defaults);
        return words.NamesPictureFont() && new Fonts(words) is { DrawsAny: true } fonts ? fonts : null;
    }

    private Words Styled(string? id)
    {
        if (id is null)
        {
            return default;
        }

        if (!_styled.TryGetValue(id, out Words words))
        {
            foreach (Style style in DocxStyles.Chain(_styles, id))
            {
                words = words.Or(Words.Of(style.StyleRunProperties));
            }

            _styled[id] = words;
        }

        return words;
    }

    /// <summary>
    /// What one level of formatting says of a run's fonts (null where it says nothing): each slot's font, empty for a
    /// theme's; the hint for characters two slots could draw (<c>w:hint</c>); the East Asian language (<c>w:lang</c>);
    /// and whether the run is complex script (<c>w:cs</c>) or right to left (<c>w:rtl</c>). Read as text, never as the
    /// Open XML SDK's typed values, which throw on a value the schema does not list (a document naming no picture font
    /// must read as it did before the fonts were read at all).
    /// </summary>
    internal readonly record struct Words(string? Ascii, string? HighAnsi, string? EastAsia, string? ComplexScript, string? Hint, string? Language, bool? Complex, bool? RightToLeft)
    {
        private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

        internal static Words Of(OpenXmlElement? properties)
        {
            if (properties is null)
            {
                return default;
            }

            RunFonts? fonts = properties.GetFirstChild<RunFonts>();
            return new Words(
                Slot(fonts?.Ascii, fonts?.AsciiTheme),
                Slot(fonts?.HighAnsi, fonts?.HighAnsiTheme),
                Slot(fonts?.EastAsia, fonts?.EastAsiaTheme),
                Slot(fonts?.ComplexScript, fonts?.ComplexScriptTheme),
                fonts?.Hint?.InnerText,
                properties.GetFirstChild<Languages>()?.EastAsia?.Value,
                OnOff(properties, "cs"),
                OnOff(properties, "rtl"));
        }

        private static string? Slot(StringValue? name, EnumValue<ThemeFontValues>? theme) =>
            theme is { HasValue: true } ? string.Empty : name?.Value;

        /// <summary>
        /// An on/off property (<c>w:cs</c>, <c>w:rtl</c>): on where present, unless its value says off (<c>0</c>,
        /// <c>false</c>, <c>off</c>); null where absent. Looked up by name: in a style's or the defaults' properties the
        /// SDK knows neither element and gives it as an unknown one.
        /// </summary>
        private static bool? OnOff(OpenXmlElement properties, string name)
        {
            foreach (OpenXmlElement child in properties.ChildElements)
            {
                if (child.LocalName == name && child.NamespaceUri == WordNamespace)
                {
                    string? value = child.GetAttributes().FirstOrDefault(a => a.LocalName == "val").Value;
                    return value is not ("0" or "false" or "off");
                }
            }

            return null;
        }

        /// <summary>Whether a run's own fonts name a picture font in any slot (a theme's included: an upper bound).</summary>
        internal static bool NamesPictureFont(RunFonts? fonts) =>
            fonts is not null && AnyPictureFont(fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.EastAsia?.Value, fonts.ComplexScript?.Value);

        internal bool NamesPictureFont() => AnyPictureFont(Ascii, HighAnsi, EastAsia, ComplexScript);

        private static bool AnyPictureFont(string? ascii, string? highAnsi, string? eastAsia, string? complexScript) =>
            PictureFonts.Table(ascii) is not null || PictureFonts.Table(highAnsi) is not null
            || PictureFonts.Table(eastAsia) is not null || PictureFonts.Table(complexScript) is not null;

        internal Words Or(Words further) => new(
            Ascii ?? further.Ascii, HighAnsi ?? further.HighAnsi, EastAsia ?? further.EastAsia, ComplexScript ?? further.ComplexScript,
            Hint ?? further.Hint, Language ?? further.Language, Complex ?? further.Complex, RightToLeft ?? further.RightToLeft);
    }

    /// <summary>
    /// A run's fonts as Word picks one for each character ([MS-OI29500] 2.1.88, Microsoft's notes on <c>w:rFonts</c>): the
    /// complex script font for a complex script run; the ASCII font for every character where the East Asian font is
    /// Times New Roman and the ASCII and high ANSI fonts are the same; else the ASCII font for U+0000 to U+007F, the high
    /// ANSI font for the rest, but the East Asian font where the hint is East Asian for the private area and for the
    /// Latin-1 characters Chinese, Japanese and Korean fonts draw too (¡ ¤ § ¨ ª … × ÷; à á è é ê ì í ò ó ù ú ü too where
    /// the run's East Asian language is Chinese).
    /// </summary>
    internal sealed class Fonts
    {
        private readonly string[]? _ascii;
        private readonly string[]? _highAnsi;
        private readonly string[]? _eastAsia;
        private readonly bool _eastAsiaHint;
        private readonly bool _chinese;

        internal Fonts(Words words)
        {
            if (words.Complex is true || words.RightToLeft is true)
            {
                _ascii = _highAnsi = _eastAsia = PictureFonts.Table(words.ComplexScript);
            }
            else if (string.Equals(words.EastAsia, "Times New Roman", StringComparison.OrdinalIgnoreCase)
                && string.Equals(words.Ascii, words.HighAnsi, StringComparison.OrdinalIgnoreCase))
            {
                _ascii = _highAnsi = _eastAsia = PictureFonts.Table(words.Ascii);
            }
            else
            {
                _ascii = PictureFonts.Table(words.Ascii);
                _highAnsi = PictureFonts.Table(words.HighAnsi);
                _eastAsia = PictureFonts.Table(words.EastAsia);
                _eastAsiaHint = words.Hint == "eastAsia";
                _chinese = IsChinese(words.Language);
            }
        }

        /// <summary>Whether any character the run can hold is drawn from a picture font.</summary>
        internal bool DrawsAny => _ascii is not null || _highAnsi is not null || _eastAsia is not null;

        /// <summary>
        /// Whether a language (<c>w:lang</c>'s <c>w:eastAsia</c>) is Chinese: a tag <c>zh…</c>, or the hexadecimal Windows
        /// language id the standard's transitional form allows (0804 China, 0404 Taiwan, 0C04 Hong Kong, 1004 Singapore,
        /// 1404 Macao).
        /// </summary>
        private static bool IsChinese(string? language) =>
            language is not null
            && (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
                || language.ToUpperInvariant() is "0804" or "0404" or "0C04" or "1004" or "1404");

        /// <summary>The run's text as it shows: each character in a picture font as <see cref="PictureFonts.Shown"/> has it.</summary>
        internal string Shown(string text) => PictureFonts.Shown(text, this, static (fonts, c) => fonts.FontOf(c));

        private string[]? FontOf(char c) => c switch
        {
            <= '\u007F' => _ascii,
            >= '\uF000' and <= '\uF0FF' => _eastAsiaHint ? _eastAsia : _highAnsi,
            <= '\u00FF' => _eastAsiaHint && (EastAsianLatin(c) || (_chinese && ChineseLatin(c))) ? _eastAsia : _highAnsi,
            _ => null,
        };

        private static bool EastAsianLatin(char c) =>
            c is '\u00A1' or '\u00A4' or >= '\u00A7' and <= '\u00A8' or '\u00AA' or '\u00AD' or '\u00AF' or >= '\u00B0' and <= '\u00B4'
                or >= '\u00B6' and <= '\u00BA' or >= '\u00BC' and <= '\u00BF' or '\u00D7' or '\u00F7';

        private static bool ChineseLatin(char c) =>
            c is '\u00E0' or '\u00E1' or >= '\u00E8' and <= '\u00EA' or '\u00EC' or '\u00ED' or '\u00F2' or '\u00F3' or '\u00F9' or '\u00FA' or '\u00FC';
    }
}
