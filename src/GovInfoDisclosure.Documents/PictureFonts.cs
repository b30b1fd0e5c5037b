namespace GovInfoDisclosure.Documents;

/// <summary>
/// The fonts whose codes 0x20 to 0xFF draw characters other than their own (the Symbol font's Greek and mathematics,
/// Wingdings' marks): what Word shows for a symbol inserted in one (<c>w:sym</c>) and a browser for a page's text styled
/// with one (Word's pages keep a bulleted list's <c>Ø</c> in Wingdings, which shows ➢).
/// </summary>
internal static class PictureFonts
{
    /// <summary>
    /// The characters a font named <paramref name="name"/> draws for codes 0x20 to 0xFF (one each, U+FFFD for none): the
    /// Symbol font's or Wingdings' (the name in any case); null for any other font, which draws the characters themselves.
    /// </summary>
    internal static string? Table(string? name) =>
        string.Equals(name, "Symbol", StringComparison.OrdinalIgnoreCase) ? Symbol
        : string.Equals(name, "Wingdings", StringComparison.OrdinalIgnoreCase) ? Wingdings
        : null;

    /// <summary>
    /// A character typed in a picture font as the font shows it: a code 0x21 to 0xFF (or the same code in the private area,
    /// U+F021 to U+F0FF, where Word keeps a picture font's characters) the character <paramref name="drawn"/> (a
    /// <see cref="Table"/>) has for it; white space (the no-break space U+00A0, not U+F0A0) and every other character (a
    /// Chinese character, drawn from another font) as it is.
    /// </summary>
    internal static char Drawn(char c, string drawn)
    {
        int code = c is >= '\uF021' and <= '\uF0FF' ? c - 0xF000 : c;
        return code is >= 0x21 and <= 0xFF && !char.IsWhiteSpace(c) ? drawn[code - 0x20] : c;
    }

    /// <summary>
    /// The Symbol font's characters, codes 0x20 to 0xFF: Adobe's Symbol encoding (Unicode's mapping of it, as Perl's Encode
    /// module has it), which Word's Symbol font follows. U+FFFD where the encoding has no character, or only a piece of
    /// one drawn by the font (the extenders and pieces of large brackets and integrals, mapped to Adobe's private area).
    /// </summary>
    internal static readonly string Symbol =
" !∀#∃%&∍()∗+,−./" +
"0123456789:;<=>?" +
"≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟ" +
"ΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_" +
"\uFFFDαβχδεφγηιϕκλμνο" +
"πθρστυϖωξψζ{|}∼\uFFFD" +
"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD" +
"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD" +
"\uFFFDϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓" +
"°±″≥×∝∂•÷≠≡≈…\uFFFD\uFFFD↵" +
"ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉" +
"∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓" +
"⋄〈\uFFFD\uFFFD\uFFFD∑\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD" +
"\uFFFD〉∫⌠\uFFFD⌡\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD";

    /// <summary>
    /// The Wingdings font's marks, codes 0x20 to 0xFF, as the characters Unicode has for them (Alan Wood's published table of
    /// Wingdings and its Unicode equivalents), those of the basic plane:
    /// bullets (● ■ ◆ ❖ ➢ ▪ •), boxes and ticks (□ ❑ ✓ ✗ ☑ ☒), circled figures (① … ⑩, ❶ … ❿), hands, stars and arrows.
    /// U+FFFD where a mark has no such character (a picture: a candle, a file cabinet, a leaf, the arrows that bend; the four
    /// aslant white arrows, whose names and characters disagree in that table) or only one past the basic plane (the clock
    /// faces, the folders, a bomb).
    /// </summary>
    internal static readonly string Wingdings =
" ✏✂✁\uFFFD\uFFFD\uFFFD\uFFFD☎✆✉\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD" +
"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD⌛⌨\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD✇✍" +
"\uFFFD✌\uFFFD\uFFFD\uFFFD☜☞☝☟✋☺\uFFFD☹\uFFFD☠⚐" +
"\uFFFD✈☼\uFFFD❄\uFFFD✞\uFFFD✠✡☪☯ॐ☸♈♉" +
"♊♋♌♍♎♏♐♑♒♓&&●❍■□" +
"\uFFFD❑❒⬧⧫◆❖⬥⌧⍓⌘❀✿❝❞▯" +
"⓪①②③④⑤⑥⑦⑧⑨⑩⓿❶❷❸❹" +
"❺❻❼❽❾❿\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD·•" +
"▪○⭕\uFFFD◉◎\uFFFD▪◻\uFFFD✦★✶✴✹✵" +
"\uFFFD⌖⟡⌑\uFFFD✪✰\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD" +
"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD" +
"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD⌫⌦\uFFFD➢\uFFFD\uFFFD\uFFFD➲\uFFFD\uFFFD\uFFFD" +
"\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD➔\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD⇦" +
"⇨⇧⇩⬄⇳\uFFFD\uFFFD\uFFFD\uFFFD▭▫✗✓☒☑\uFFFD";
}
