using System.Text;

namespace GovInfoDisclosure.Documents;

/// <summary>
/// The fonts whose codes 0x20 to 0xFF draw characters other than their own (the Symbol font's Greek and mathematics, the
/// marks of Wingdings, Wingdings 2, Wingdings 3 and Webdings): what Word shows for a symbol inserted in one (<c>w:sym</c>)
/// and a browser for a page's text styled with one (Word's pages keep a bulleted list's <c>Ø</c> in Wingdings, which shows
/// ➢; a form's boxes are typed in Wingdings 2, <c>R</c> showing ☑ and <c>£</c> □).
/// </summary>
internal static class PictureFonts
{
    /// <summary>
    /// The characters a font named <paramref name="name"/> draws for codes 0x20 to 0xFF (224 entries, each one character:
    /// one or two UTF-16 code units, U+FFFD for none): the Symbol font's, Wingdings', Wingdings 2's, Wingdings 3's or
    /// Webdings' (the name in any case); null for any other font, which draws the characters themselves.
    /// </summary>
    internal static string[]? Table(string? name) => name is not null && Tables.TryGetValue(name, out string[]? drawn) ? drawn : null;

    /// <summary>
    /// Text as it shows where <paramref name="fontOf"/> names the picture font each character is typed in (a
    /// <see cref="Table"/>, or null for a text font): a code 0x21 to 0xFF (or the same code in the private area, U+F021 to
    /// U+F0FF, where Word keeps a picture font's characters) the character its font has for it; white space (the no-break
    /// space U+00A0, not U+F0A0) and every other character (a Chinese character, drawn from another font) as it is.
    /// </summary>
    internal static string Shown<TState>(string text, TState state, Func<TState, char, string[]?> fontOf)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            int code = c is >= '\uF021' and <= '\uF0FF' ? c - 0xF000 : c;
            if (code is >= 0x21 and <= 0xFF && !char.IsWhiteSpace(c) && fontOf(state, c) is { } drawn)
            {
                sb.Append(drawn[code - 0x20]);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static readonly Dictionary<string, string[]> Tables = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Symbol"] = Entries(SymbolCharacters),
        ["Wingdings"] = Entries(WingdingsCharacters),
        ["Wingdings 2"] = Entries(Wingdings2Characters),
        ["Wingdings 3"] = Entries(Wingdings3Characters),
        ["Webdings"] = Entries(WebdingsCharacters),
    };

    /// <summary>A table's characters, typed one after another, as one string each (a character past the basic plane is two code units).</summary>
    private static string[] Entries(string characters)
    {
        string[] entries = [.. characters.EnumerateRunes().Select(r => r.ToString())];
        return entries.Length == 0xE0 ? entries : throw new InvalidOperationException($"A picture font's table has {entries.Length} characters, not 224.");
    }

    /// <summary>
    /// The Symbol font's characters, codes 0x20 to 0xFF: Adobe's Symbol encoding (Unicode's mapping of it, as Perl's Encode
    /// module has it), which Word's Symbol font follows. U+FFFD where the encoding has no character, or only a piece of
    /// one drawn by the font (the extenders and pieces of large brackets and integrals, mapped to Adobe's private area).
    /// </summary>
    private const string SymbolCharacters =
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
    /// The Wingdings font's marks, codes 0x20 to 0xFF, as the characters commonly given for them (Alan Wood's published table
    /// of Wingdings and its Unicode equivalents): bullets (● ■ ◆ ❖ ➢ ▪ •), boxes and ticks (□ ❑ ✓ ✗ ☑ ☒), circled figures
    /// (① … ⑩, ❶ … ❿), hands, stars and arrows. Where that table has no character of the basic plane (a candle, a file
    /// cabinet, the clock faces, the folders, a bomb, the leaves, the arrows that bend, the four aslant white arrows), the
    /// character Unicode 7.0 encoded for the mark (<see cref="WebdingsCharacters"/>'s source); U+FFFD where neither has one.
    /// </summary>
    private const string WingdingsCharacters =
" ✏✂✁👓🕭🕮🕯☎✆✉🖃📪📫📬📭" +
"🗀🗁🗎🗏🗐🗄⌛⌨🖰🖲🖳🖴🖫🖬✇✍" +
"🖎✌🖏👍👎☜☞☝☟✋☺😐☹💣☠⚐" +
"🏱✈☼🌢❄🕆✞🕈✠✡☪☯ॐ☸♈♉" +
"♊♋♌♍♎♏♐♑♒♓&&●❍■□" +
"🞐❑❒⬧⧫◆❖⬥⌧⍓⌘❀✿❝❞▯" +
"⓪①②③④⑤⑥⑦⑧⑨⑩⓿❶❷❸❹" +
"❺❻❼❽❾❿🙢🙠🙡🙣🙞🙜🙝🙟·•" +
"▪○⭕🞈◉◎🔿▪◻🟁✦★✶✴✹✵" +
"⯐⌖⟡⌑⯑✪✰🕐🕑🕒🕓🕔🕕🕖🕗🕘" +
"🕙🕚🕛⮰⮱⮲⮳⮴⮵⮶⮷🙪🙫🙕🙔🙗" +
"🙖🙐🙑🙒🙓⌫⌦⮘➢⮙⮛⮈➲⮉⮋🡨" +
"🡪🡩🡫🡬🡭🡯🡮🡸➔🡹🡻🡼🡽🡿🡾⇦" +
"⇨⇧⇩⬄⇳⬁⬀⬃⬂▭▫✗✓☒☑\uFFFD";

    /// <summary>
    /// The Wingdings 2 font's marks, codes 0x20 to 0xFF, as the characters Unicode 7.0 encoded for them
    /// (<see cref="WebdingsCharacters"/>'s source): pens and notes, hands, ballot boxes and ticks (🗴 🗸 🗵 ☑ ⮽ ☒), circled
    /// figures (⓪ ① … ⑩, ⓿ ❶ … ❿), circles, squares (● ○ ■ □ ▣), diamonds, crosses and stars; U+FFFD where the font has no mark
    /// (0x7F, 0xFA to 0xFF).
    /// </summary>
    private const string Wingdings2Characters =
" 🖊🖋🖌🖍✄✀🕾🕽🗅🗆🗇🗈🗉🗊🗋" +
"🗌🗍📋🗑🗔🖵🖶🖷🖸🖭🖯🖱🖒🖓🖘🖙" +
"🖚🖛👈👉🖜🖝🖞🖟🖠🖡👆👇🖢🖣🖑🗴" +
"🗸🗵☑⮽☒⮾⮿🛇⦸🙱🙴🙲🙳‽🙹🙺" +
"🙻🙦🙤🙥🙧🙚🙘🙙🙛⓪①②③④⑤⑥" +
"⑦⑧⑨⑩⓿❶❷❸❹❺❻❼❽❾❿\uFFFD" +
"☉🌕☽☾⸿✝🕇🕜🕝🕞🕟🕠🕡🕢🕣🕤" +
"🕥🕦🕧🙨🙩⋅🞄⦁●○🞅🞇🞉⊙⦿🞌" +
"🞍◾■□🞑🞒🞓🞔▣🞕🞖🞗🞘⬩⬥◇" +
"🞚◈🞛🞜🞝🞞⬪⬧◊🞠◖◗⯊⯋⯀⯁" +
"⬟⯂⬣⬢⯃⯄🞡🞢🞣🞤🞥🞦🞧🞨🞩🞪" +
"🞫🞬🞭🞮🞯🞰🞱🞲🞳🞴🞵🞶🞷🞸🞹🞺" +
"🞻🞼🞽🞾🞿🟀🟂🟄🟆🟉🟊✶🟌🟎🟐🟒" +
"✹🟃🟇✯🟍🟔⯌⯍※⁂\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD";

    /// <summary>
    /// The Wingdings 3 font's marks, codes 0x20 to 0xFF, as the characters Unicode 7.0 encoded for them
    /// (<see cref="WebdingsCharacters"/>'s source): arrows and triangles (▲ ▼ △ ▽ ◀ ▶); U+FFFD where the font has no mark
    /// (0x7F, 0xF1 to 0xFF).
    /// </summary>
    private const string Wingdings3Characters =
" ⭠⭢⭡⭣⭦⭧⭩⭨⭰⭲⭱⭳⭶⭸⭻" +
"⭽⭤⭥⭪⭬⭫⭭⭍⮠⮡⮢⮣⮤⮥⮦⮧" +
"⮐⮑⮒⮓⮀⮃⭾⭿⮄⮆⮅⮇⮏⮍⮎⮌" +
"⭮⭯⎋⌤⌃⌥␣⍽⇪⮸🢠🢡🢢🢣🢤🢥" +
"🢦🢧🢨🢩🢪🢫🡐🡒🡑🡓🡔🡕🡗🡖🡘🡙" +
"▲▼△▽◀▶◁▷◣◢◤◥🞀🞂🞁\uFFFD" +
"🞃⯅⯆⯇⯈⮜⮞⮝⮟🠐🠒🠑🠓🠔🠖🠕" +
"🠗🠘🠚🠙🠛🠜🠞🠝🠟🠀🠂🠁🠃🠄🠆🠅" +
"🠇🠈🠊🠉🠋🠠🠢🠤🠦🠨🠪🠬🢜🢝🢞🢟" +
"🠮🠰🠲🠴🠶🠸🠺🠹🠻🢘🢚🢙🢛🠼🠾🠽" +
"🠿🡀🡂🡁🡃🡄🡆🡅🡇⮨⮩⮪⮫⮬⮭⮮" +
"⮯🡠🡢🡡🡣🡤🡥🡧🡦🡰🡲🡱🡳🡴🡵🡷" +
"🡶🢀🢂🢁🢃🢄🢅🢇🢆🢐🢒🢑🢓🢔🢖🢕" +
"🢗\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD";

    /// <summary>
    /// The Webdings font's pictures, codes 0x20 to 0xFF, as the characters Unicode 7.0 encoded for them: the mapping of
    /// Webdings and Wingdings to Unicode in the Unicode Consortium's source data (document L2/12-368, WG2 N4384), each
    /// entry also the same in an independent table of the Unicode 7.0 equivalents (AXSH.Library's); U+FFFD for 0x7F, which
    /// the font leaves empty.
    /// </summary>
    private const string WebdingsCharacters =
" 🕷🕸🕲🕶🏆🎖🖇🗨🗩🗰🗱🌶🎗🙾🙼" +
"🗕🗖🗗⏴⏵⏶⏷⏪⏩⏮⏭⏸⏹⏺🗚🗳" +
"🛠🏗🏘🏙🏚🏜🏭🏛🏠🏖🏝🛣🔍🏔👁👂" +
"🏞🏕🛤🏟🛳🕬🕫🕨🔈🎔🎕🗬🙽🗭🗪🗫" +
"⮔✔🚲⬜🛡📦🛱⬛🚑🛈🛩🛰🟈🕴⬤🛥" +
"🚔🗘🗙❓🛲🚇🚍⛳⦸⊖🚭🗮⏐🗯🗲\uFFFD" +
"🚹🚺🛉🛊🚼👽🏋⛷🏂🏌🏊🏄🏍🏎🚘🗠" +
"🛢💰🏷💳👪🗡🗢🗣✯🖄🖅🖃🖆🖹🖺🖻" +
"🕵🕰🖽🖾📋🗒🗓🕮📚🗞🗟🗃🗂🖼🎭🎜" +
"🎘🎙🎧💿🎞📷🎟🎬📽📹📾📻🎚🎛📺💻" +
"🖥🖦🖧🕹🎮🕻🕼📟🖁🖀🖨🖩🖿🖪🗜🔒" +
"🔓🗝📥📤🕳🌣🌤🌥🌦☁🌨🌧🌩🌪🌬🌫" +
"🌜🌡🛋🛏🍽🍸🛎🛍Ⓟ♿🛆🖈🎓🗤🗥🗦" +
"🗧🛪🐿🐦🐟🐕🐈🙬🙮🙭🙯🗺🌍🌏🌎🕊";
}
