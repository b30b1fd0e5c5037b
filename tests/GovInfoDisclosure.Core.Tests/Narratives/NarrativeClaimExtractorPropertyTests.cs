using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Narratives;

namespace GovInfoDisclosure.Core.Tests.Narratives;

/// <summary>
/// Properties of the extractor on text made of the narratives' own vocabulary (the behaviour itself is pinned sentence
/// by sentence in <see cref="NarrativeClaimExtractorTests"/>). When the extractor was made faster, a frozen copy of the
/// previous one was the reference for these texts; the two agreed on every case before the copy was removed.
/// </summary>
public sealed class NarrativeClaimExtractorPropertyTests
{
    [Property(Arbitrary = [typeof(NarrativeTextArbitraries)], MaxTest = 3000)]
    public bool The_span_form_gives_the_string_forms_claims_as_far_as_the_destination_holds(NarrativeText text) =>
        Disagreement(text.Value) is null;

    /// <summary>
    /// Text cut anywhere (mid-number, mid-word, mid-clause) still gives claims within it. The cut is drawn with the text,
    /// unsized so that any cut of a long text is drawn too. (The form before this walked every cut of 500 texts, five
    /// extractions a cut: 5 s here, and most of the minute or so that each mutant of the extractor took in a mutation run.)
    /// </summary>
    [Property(Arbitrary = [typeof(NarrativeTextArbitraries)], MaxTest = 3000)]
    public void Any_suffix_of_vocabulary_text_gives_consistent_claims(NarrativeText text, DoNotSize<uint> cut) =>
        Assert.Null(Disagreement(text.Value[(int)(cut.Item % (uint)(text.Value.Length + 1))..]));

    /// <summary>
    /// Null when every claim lies within the text with a count that is not negative, and the span form with a destination of 1, 2, 3 or 64 gives the first claims of the string form.
    /// </summary>
    private static string? Disagreement(string text)
    {
        NarrativeClaim[] all = [.. NarrativeClaimExtractor.Extract(text)];
        for (int i = 0; i < all.Length; i++)
        {
            NarrativeClaim c = all[i];
            if (c.Start < 0 || c.Length <= 0 || c.Start + c.Length > text.Length || c.Count < 0)
            {
                return $"claim {i} ({c}) is not within \"{text}\"";
            }
        }

        foreach (int size in new[] { 1, 2, 3, 64 })
        {
            var destination = new NarrativeClaim[size];
            int count = NarrativeClaimExtractor.Extract(text.AsSpan(), destination);
            if (count != Math.Min(size, all.Length) || !destination.AsSpan(0, count).SequenceEqual(all.AsSpan(0, count)))
            {
                return $"span form with {size}: \"{text}\" gave {string.Join("; ", destination[..count])}, string form {string.Join("; ", all)}";
            }
        }

        return null;
    }
}

/// <summary>Narrative-like text for <see cref="NarrativeClaimExtractorPropertyTests"/>, kept as its pieces so that it shrinks.</summary>
public sealed record NarrativeText(string[] Pieces)
{
    public string Value { get; } = string.Concat(Pieces);

    public override string ToString() => Value;
}

/// <summary>
/// Text made of the words the extractor reacts to (keywords, refusals, negations, contrasts, units, joiners), numbers
/// in every form it reads or refuses, its punctuation and spaces, and some noise, so that the properties go through
/// the extractor's real paths rather than only through text with nothing in it.
/// </summary>
public static class NarrativeTextArbitraries
{
    private static readonly string[] Words =
    [
        // Anchors and what names an application.
        "收到", "接收", "接到", "受理", "新收", "办理", "办结", "答复", "审理", "申请", "申请人", "公开", "依申请公开",
        "政府信息公开申请", "信息公开申请", "公开申请", "申请公开", "事项", "政府信息", "共", "共计", "合计", "全年", "我局",

        // Cases.
        "行政复议", "行政诉讼", "复议", "诉讼", "起诉", "行政", "案件", "被申请", "被提起", "提起", "各", "均", "均为", "都为",
        "为", "数量", "总", "有", "针对", "事务", "申诉", "因", "被",

        // Negations and what ends or refuses them.
        "未发生", "没有发生", "没有", "无", "未", "没", "不", "非", "否", "发生", "出现", "有关", "但", "而", "却", "仅", "只",
        "除", "另", "确保", "如有", "若", "是否", "一旦", "结果", "维持", "纠正", "撤销", "驳回", "败诉", "复议后", "后起诉",

        // Refusals.
        "上年", "同比", "累计", "以来", "截至", "其中", "予以", "部分", "结转", "网上", "现场", "信函", "自然人", "法人",
        "乡镇", "街道", "本级", "各部门", "信访", "投诉", "咨询", "许可", "审批", "涉及", "包括",

        // Qualifiers, ranges, units, what may follow a count.
        "约", "近", "逾", "超", "余", "多", "过", "足", "少", "上", "于", "第", "每", "前", "后", "左右", "以上", "-", "~", "～",
        "—", "至", "到", "或", "/", "件", "项", "起", "宗", "条", "个", "次", "篇", "人", "份", "家", "%", "％", "亿", "年",
        "月", "日", "、", "）", ")", "（", "(", "”", "\"", "并", "且", "全", "已", "都", "和", "及", "与", "的",

        // Breaks and spaces.
        "。", "；", ";", "！", "？", "!", "?", "\n", "\r", "\t", "，", ",", "：", ":", " ", "\u3000", "\u00A0", ".", "．",
    ];

    private static readonly string[] Numerals =
    [
        "零", "〇", "一", "二", "两", "三", "五", "九", "十", "百", "千", "万", "十二", "二十", "两百", "一百零五", "一百五",
        "三万五千", "三万五", "一万零五", "一万零二千", "十两", "二〇二二", "三四", "万万", "一千零一十", "九千九百九十九",
        "0", "05", "1.5", "1,200", "3-5", "99999999999999999999", "9223372036854775807", "9223372036854775808",
    ];

    private static readonly string[] Sentences =
    [
        "2022年我镇收到依申请公开申请事项{0}件。", "2022年，共收到政府信息公开申请{0}件，办结{0}件。",
        "2022年，接到依申请公开事项{0}项，并在第一时间向申请人进行了合理答复。", "2022年共依法依规办理依申请公开{0}件，均在法定期限内予以答复。",
        "全年未发生针对政府信息公开事务的行政复议申请、申诉和行政诉讼案件。", "因政府信息公开被申请行政复议{0}件，被提起行政诉讼{0}件。",
        "被申请行政复议、提起行政诉讼各{0}件。", "行政复议和行政诉讼案件共{0}件。", "无行政复议和行政诉讼。", "提起诉讼的{0}件。",
        "未发生一起行政复议。", "因答复不当而被申请行政复议{0}件。", "通过网上收到申请{0}件。", "全年主动公开政府信息{0}条，其中政策文件{0}件。",
    ];

    private static Gen<string> Digits =>
        from value in Gen.Frequency((6, Gen.Choose(0, 20)), (3, Gen.Choose(21, 100_000)), (1, Gen.Choose(100_001, int.MaxValue)))
        from fullWidth in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select fullWidth
            ? new string(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')).ToArray())
            : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<string> Number => Gen.Frequency((3, Digits), (2, Gen.Elements(Numerals)));

    private static Gen<string> Noise =>
        Gen.Frequency(
            (4, Gen.Elements("收到申请公开件项起宗未没无有行政复议诉讼各均都案的共一二十百千万零〇两0９，。、".ToCharArray()).Select(c => c.ToString())),
            (2, Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));

    private static Gen<string> Sentence =>
        from template in Gen.Elements(Sentences)
        from number in Number
        select string.Format(System.Globalization.CultureInfo.InvariantCulture, template, number);

    /// <summary>Keyword, gap, count, unit and what follows: near the limits of the gaps the extractor allows.</summary>
    private static Gen<string> Count =>
        from anchor in Gen.Elements("收到", "接到", "受理", "办理", "办结", "答复", "行政复议", "复议", "行政诉讼", "诉讼", "起诉", "审理")
        from gapLength in Gen.Choose(0, 14)
        from gap in Gen.Elements("案件", "申请", "的", "共", "计", "合", "为", "数", "量", "总", "有", "各", "均", "都", "公开", "依申请公开", "政府信息", "事项", "、", "人", "和").ArrayOf(gapLength)
        from count in CountAndAfter
        select anchor + string.Concat(gap) + count;

    /// <summary>A case term and a gap of only the characters allowed there, about as long as the longest allowed.</summary>
    private static Gen<string> CaseCount =>
        from anchor in Gen.Elements("行政复议", "复议", "行政诉讼", "诉讼", "起诉", "收到依申请公开")
        from gapLength in Gen.Choose(7, 13)
        from gap in Gen.Elements("案件申请的共计合为数量总有各均都".ToCharArray()).ArrayOf(gapLength)
        from count in CountAndAfter
        select anchor + new string(gap) + count;

    /// <summary>An application keyword and a gap of about the longest allowed.</summary>
    private static Gen<string> FarCount =>
        from anchor in Gen.Elements("收到依申请公开", "办理政府信息公开", "受理申请公开")
        from gapLength in Gen.Choose(30, 44)
        from gap in Gen.Elements("申请事项政府信息我局镇县共的和依法规范".ToCharArray()).ArrayOf(gapLength)
        from count in CountAndAfter
        select anchor + new string(gap) + count;

    /// <summary>A number, maybe qualified, its unit, and what follows.</summary>
    private static Gen<string> CountAndAfter =>
        from qualifier in Gen.Frequency(
            (6, Gen.Constant(string.Empty)),
            (2, Gen.Elements("约近逾超余多过足少上于第每前后".ToCharArray()).Select(c => c.ToString())),
            (1, Gen.Elements("-", "~", "～", "—", "－", "–", "至", "到", "或", "、", "/", "３－", "三至", "两到", " ", "约 ")))
        from number in Number
        from space in Gen.Frequency((5, Gen.Constant(string.Empty)), (1, Gen.Elements(" ", "\u3000", "\u00A0", "  ")))
        from unit in Gen.Elements("件", "项", "起", "宗", "条", "次")
        from after in Gen.Elements(string.Empty, "。", "，", "、", "的政府信息公开申请", "信息公开申请", "申请", "申请人", "工作", "）", "均")
        select qualifier + number + space + unit + after;

    /// <summary>A negation and the terms within or beyond its reach.</summary>
    private static Gen<string> Negation =>
        from negation in Gen.Elements("未发生", "没有发生", "没有", "无", "有无", "未")
        from fillerLength in Gen.Choose(0, 45)
        from filler in Gen.Elements("针", "对", "政", "府", "信", "息", "的", "事", "务", "申请", "、", "和", "有关", "因", "而", "但", "一", "起", "件", "发生").ArrayOf(fillerLength)
        from terms in Gen.Elements("行政复议", "复议", "行政诉讼", "诉讼", "起诉").ArrayOf(2)
        from joiner in Gen.Elements(string.Empty, "和", "、", "申请、申诉和", "案件及")
        select negation + string.Concat(filler) + terms[0] + joiner + terms[1];

    private static Gen<string> Piece =>
        Gen.Frequency((10, Gen.Elements(Words)), (4, Number), (2, Noise), (1, Sentence), (1, Count), (1, CaseCount), (1, FarCount), (1, Negation));

    public static Arbitrary<NarrativeText> Texts() =>
        Arb.From(
            from count in Gen.Choose(0, 60)
            from pieces in Piece.ArrayOf(count)
            select new NarrativeText(pieces),
            Shrink);

    /// <summary>Shrinks by dropping one piece at a time.</summary>
    private static IEnumerable<NarrativeText> Shrink(NarrativeText text)
    {
        for (int i = 0; i < text.Pieces.Length; i++)
        {
            yield return new NarrativeText([.. text.Pieces[..i], .. text.Pieces[(i + 1)..]]);
        }
    }
}
