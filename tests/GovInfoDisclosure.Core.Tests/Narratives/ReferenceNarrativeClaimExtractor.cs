using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using GovInfoDisclosure.Core.Narratives;

namespace GovInfoDisclosure.Core.Tests.Narratives;

// A verbatim copy of NarrativeClaimExtractor, ChineseNumber and WordSet as they were before the extractor was made
// faster (commit e203697), renamed. NarrativeClaimExtractorEquivalenceTests checks that the library's extractor returns
// exactly what this reference returns. Do not change this file to follow the library: it is the behaviour to keep.

/// <summary>
/// Extracts the counts that the narrative of a report (sections 一、总体情况 and 六、其他需要报告的事项) states,
/// so that a validator can compare them with the tables (rules GID201 and GID202).
/// </summary>
/// <remarks>
/// <para>
/// <b>Recognition rule.</b> The text is cut into clauses at <c>。；;！？!?</c>, line breaks and tabs, and again
/// at <c>，,：:</c> (a comma between two digits belongs to the number). A <i>count</i> is a number (ASCII
/// digits, full-width digits, or Chinese numerals such as <c>十二</c>, <c>一百零五</c>) followed directly (one
/// space allowed) by <c>件</c> or <c>项</c>, or for cases also <c>起</c> or <c>宗</c>. A count is a claim only
/// when the nearest keyword before it lies in the same clause, with no other counted number in between, and is:
/// </para>
/// <list type="bullet">
/// <item><description>收到/接收/接到/受理/新收 (received) or 办理/办结/答复 (handled), at most 40 characters
/// before the number, the words in between naming an information-disclosure application — <c>申请</c> (not
/// <c>申请人</c>) together with <c>公开</c>, as in <c>依申请公开</c>, <c>政府信息公开申请</c>, <c>申请公开</c> — or
/// the count being followed by such a phrase (<c>共收到3件政府信息公开申请</c>). A handled count may instead
/// follow a received claim in the same sentence (<c>收到政府信息公开申请5件，办结5件</c>).</description></item>
/// <item><description>复议/行政复议 (reviews) or 诉讼/起诉 (lawsuits), at most 10 characters before the number
/// with only words such as 案件, 申请, 的, 共计 in between (<c>发生行政复议2件</c>, <c>提起诉讼的0件</c>). A count
/// given for each of a review and a lawsuit term yields both (<c>被申请行政复议、提起行政诉讼各0件</c>).</description></item>
/// </list>
/// <para>
/// A count of 0 for reviews and lawsuits is also read from a negation in one clause: <c>未发生</c> or
/// <c>没有发生</c> followed within 40 characters by 行政复议/复议 and/or 行政诉讼/诉讼/起诉 — the reach of the
/// negation ends at a number, a contrast (但, 而, 仅 …) or another verb or negation — or <c>无</c>/<c>没有</c>
/// directly followed by such a term (<c>无行政复议和行政诉讼</c>). Each kind named yields one claim.
/// </para>
/// <para>
/// <b>Refused</b> (when unsure, nothing is yielded): approximate numbers (约, 近, 逾, 超, 余, 多, 左右, 以上 …),
/// ranges (3-5件, 三四件), ordinals (第, 每), decimals, percentages, other units (条, 个, 次, 篇, 人, 万 …),
/// numbers beyond <see cref="long"/>, ambiguous Chinese numerals (一百五); a count followed by anything but
/// punctuation or a particle (一项工作); any negation (未, 没, 无, 不, 非, 否) earlier in the clause; comparisons
/// and cumulative figures (上年, 同比, 累计 …); parts of the total — breakdowns (其中, 予以, 部分, 结果, 结转), one
/// channel (网上, 现场, 信函 …), one kind of applicant (自然人, 法人) or some of the units a consolidated report
/// covers (乡镇, 街道, 县直, 本级 …); other matters (信访, 投诉, 咨询, 许可,
/// 审批 …); case outcomes (维持, 纠正, 败诉 …); a case count after both a review and a lawsuit term that is not
/// given for each (行政复议和行政诉讼案件共3件, a combined total); and a case count after 办理/受理/审理 (the body
/// acting as the reviewer).
/// </para>
/// </remarks>
internal static class ReferenceNarrativeClaimExtractor
{
    private const int MaxApplicationGap = 40;
    private const int MaxCaseGap = 10;
    private const int NegationWindow = 40;

    private const string NegationChars = "未没无不非否";
    private const string QualifierChars = "约近逾超余多过足少上于第每前后";
    private const string RangeChars = "-~～—－–至到或、/";
    private const string AllowedAfterCount = "、）)”\"’'」』》】]（(并且均全已都和及与其中";
    private const string CaseGapChars = "案件申请的共计合为数量总有各均都";
    private const string EachChars = "各均都";
    private const string CountedMeasureChars = "件项条个次篇人名份起宗家批类户期幅张部余多%％亿";
    private const string ContrastChars = "但而却仅只除另";
    private const string CaseJoiners = "、和及与或";

    private static readonly SearchValues<char> Breaks = SearchValues.Create("。；;！？!?\n\r\t\v\f\u2028\u2029，：:,");
    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万");
    private static readonly SearchValues<char> NegationStarts = SearchValues.Create("没未无");
    private static readonly SearchValues<char> NegationCharSet = SearchValues.Create(NegationChars);
    private static readonly SearchValues<char> CaseGapCharSet = SearchValues.Create(CaseGapChars);
    private static readonly SearchValues<char> EachCharSet = SearchValues.Create(EachChars);

    private static readonly ReferenceWordSet WindowRefusals = new(
    [
        "上年", "去年", "前年", "同期", "同比", "累计", "历年", "以来", "截至", "截止", "平均", "月均", "日均",
        "每月", "每年", "预计", "计划", "力争", "争取", "确保", "其中",

        // A count for one channel or one kind of applicant is a part, not the total.
        "网上", "在线", "线上", "线下", "现场", "当面", "窗口", "信函", "书面", "邮寄", "传真", "电话", "邮件",
        "自然人", "法人",

        // So is a count for some of the units a consolidated report covers.
        "乡镇", "街道", "县直", "市直", "区直", "本级", "各部门", "各单位",
    ]);

    private static readonly ReferenceWordSet ApplicationGapRefusals = new(
    [
        "其中", "予以", "部分", "结转", "结果", "信访", "投诉", "举报", "咨询", "留言", "来信", "来电", "热线",
        "许可", "审批", "涉及", "包括",
    ]);

    private static readonly string[] CaseVerbs = ["被提起", "被申请", "提起", "申请"];

    private static readonly string[] ApplicationFollowers = ["政府信息公开申请", "信息公开申请", "依申请公开", "公开申请"];

    private static readonly ReferenceWordSet PreNegationRefusals = new(
    [
        "确保", "力争", "争取", "避免", "防止", "杜绝", "如果", "如有", "假如", "若", "是否", "一旦",
    ]);

    private static readonly ReferenceWordSet NegatedOutcomeRefusals = new(
    [
        "结果", "维持", "纠正", "纠错", "撤销", "驳回", "败诉", "胜诉", "审结", "违法", "确认", "复议后", "后起诉",
    ]);

    private enum Anchor
    {
        None,
        Received,
        Handled,
        Review,
        Lawsuit,
    }

    /// <summary>Finds every claim in <paramref name="text"/>, in text order. Allocates only the result.</summary>
    /// <param name="text">The narrative text, e.g. the paragraphs of section 一 or 六.</param>
    /// <returns>The claims, ordered by <see cref="NarrativeClaim.Start"/> (then by length); empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ImmutableArray<NarrativeClaim> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counter = new Sink(default, countOnly: true);
        Scan(text, ref counter);
        if (counter.Count == 0)
        {
            return ImmutableArray<NarrativeClaim>.Empty;
        }

        var claims = new NarrativeClaim[counter.Count];
        var writer = new Sink(claims, countOnly: false);
        Scan(text, ref writer);
        return ImmutableCollectionsMarshal.AsImmutableArray(claims);
    }

    /// <summary>
    /// Zero-allocation form for bulk validation: writes the claims of <paramref name="text"/>, in text order,
    /// into <paramref name="destination"/> and stops silently when it is full.
    /// </summary>
    /// <param name="text">The narrative text.</param>
    /// <param name="destination">Where the claims are written, from index 0.</param>
    /// <returns>How many claims were written (at most <c>destination.Length</c>).</returns>
    public static int Extract(ReadOnlySpan<char> text, Span<NarrativeClaim> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }

        var writer = new Sink(destination, countOnly: false);
        Scan(text, ref writer);
        return writer.Count;
    }

    private static void Scan(ReadOnlySpan<char> text, ref Sink sink)
    {
        int clauseStart = 0;
        bool sentenceHasReceived = false;
        int from = 0;
        while (true)
        {
            int next = text[from..].IndexOfAny(Breaks);
            int at = next < 0 ? text.Length : from + next;
            bool sentenceBreak = at == text.Length || IsSentenceBreak(text[at]);
            if (!sentenceBreak && !IsClauseBreak(text, at))
            {
                from = at + 1;
                continue;
            }

            if (at > clauseStart)
            {
                ProcessClause(text, clauseStart, at, ref sentenceHasReceived, ref sink);
                if (sink.IsFull)
                {
                    return;
                }
            }

            if (at == text.Length)
            {
                return;
            }

            if (sentenceBreak)
            {
                sentenceHasReceived = false;
            }

            clauseStart = at + 1;
            from = at + 1;
        }
    }

    private static void ProcessClause(
        ReadOnlySpan<char> text, int clauseStart, int clauseEnd, ref bool sentenceHasReceived, ref Sink sink)
    {
        int segmentStart = clauseStart;
        int i = clauseStart;
        while (i < clauseEnd)
        {
            int next = text[i..clauseEnd].IndexOfAny(NumberChars);
            if (next < 0)
            {
                break;
            }

            int tokenStart = i + next;
            i = tokenStart;
            int tokenEnd = ScanNumberToken(text, i, clauseEnd);
            i = tokenEnd;
            int unitAt = tokenEnd < clauseEnd && IsSpace(text[tokenEnd]) ? tokenEnd + 1 : tokenEnd;
            char unit = unitAt < clauseEnd ? text[unitAt] : '\0';
            if (unit is '件' or '项' or '起' or '宗')
            {
                if (ReferenceChineseNumber.TryParse(text[tokenStart..tokenEnd], out long value))
                {
                    var count = new CountMatch(clauseStart, clauseEnd, segmentStart, tokenStart, unitAt, value);
                    TryClaimCount(text, count, ref sentenceHasReceived, ref sink);
                    if (sink.IsFull)
                    {
                        return;
                    }
                }

                segmentStart = unitAt + 1;
                i = unitAt + 1;
            }
            else if (IsCountedNumber(text, tokenStart, tokenEnd, unit))
            {
                segmentStart = tokenEnd;
            }
        }

        ProcessNegations(text, clauseStart, clauseEnd, ref sink);
    }

    private static void TryClaimCount(ReadOnlySpan<char> text, in CountMatch count, ref bool sentenceHasReceived, ref Sink sink)
    {
        int tokenStart = count.TokenStart;
        int lower = Math.Max(count.SegmentStart, tokenStart - MaxApplicationGap - 2);
        Anchor anchor = Anchor.None;
        int anchorStart = -1;
        for (int a = tokenStart - 2; a >= lower; a--)
        {
            anchor = AnchorAt(text, a);
            if (anchor != Anchor.None)
            {
                anchorStart = a;
                break;
            }
        }

        if (anchor == Anchor.None)
        {
            return;
        }

        int anchorEnd = anchorStart + 2;
        int afterCount = count.UnitAt + 1;
        if (ContainsAnyChar(text, count.ClauseStart, tokenStart, NegationCharSet)
            || ContainsAny(text, count.ClauseStart, tokenStart, WindowRefusals)
            || IsQualifiedNumber(text, count.ClauseStart, tokenStart)
            || !IsCleanAfterCount(text, afterCount, count.ClauseEnd))
        {
            return;
        }

        char unit = text[count.UnitAt];
        NarrativeClaimKind kind;
        if (anchor is Anchor.Received or Anchor.Handled)
        {
            if (unit is not ('件' or '项') || ContainsAny(text, anchorEnd, tokenStart, ApplicationGapRefusals))
            {
                return;
            }

            bool aboutApplications = IsAboutDisclosureApplications(text, anchorEnd, tokenStart, afterCount, count.ClauseEnd)
                || (anchor == Anchor.Handled && sentenceHasReceived);
            if (!aboutApplications)
            {
                return;
            }

            if (anchor == Anchor.Received)
            {
                sentenceHasReceived = true;
                kind = NarrativeClaimKind.ApplicationsReceived;
            }
            else
            {
                kind = NarrativeClaimKind.ApplicationsHandled;
            }
        }
        else
        {
            if (tokenStart - anchorEnd > MaxCaseGap
                || !OnlyChars(text, anchorEnd, tokenStart, CaseGapCharSet)
                || Contains(text, count.SegmentStart, anchorStart, "审理"))
            {
                return;
            }

            anchorStart = WithAdministrativePrefix(text, count.SegmentStart, anchorStart);
            if (HasOtherAnchor(text, count.SegmentStart, anchorStart, anchor))
            {
                TryClaimEachCase(text, count, anchorStart, anchorEnd, ref sink);
                return;
            }

            if (ContainsAnyChar(text, anchorEnd, tokenStart, EachCharSet))
            {
                return; // "each" after a single term: each of what is not said.
            }

            kind = KindOf(anchor);
        }

        sink.Add(new NarrativeClaim(kind, count.Value, anchorStart, afterCount - anchorStart));
    }

    /// <summary>
    /// A count after both a review and a lawsuit term is read only as "each": 行政复议、行政诉讼各0件,
    /// 被申请行政复议、提起行政诉讼均为0件. A combined total (行政复议和行政诉讼案件共3件) is refused.
    /// </summary>
    private static void TryClaimEachCase(ReadOnlySpan<char> text, in CountMatch count, int secondStart, int secondEnd, ref Sink sink)
    {
        int gapStart = Matches(text, secondEnd, count.TokenStart, "案件") ? secondEnd + 2 : secondEnd;
        ReadOnlySpan<char> gap = text[gapStart..count.TokenStart];
        if (!gap.SequenceEqual("各") && !gap.SequenceEqual("均") && !gap.SequenceEqual("均为") && !gap.SequenceEqual("都为"))
        {
            return;
        }

        // The first term: the nearest review or lawsuit term before the joiner, right before the second term.
        int joinerEnd = secondStart;
        foreach (string verb in CaseVerbs)
        {
            if (Matches(text, joinerEnd - verb.Length, secondStart, verb))
            {
                joinerEnd -= verb.Length;
                break;
            }
        }

        int joinerStart = joinerEnd - 1;
        if (joinerStart < count.SegmentStart || !CaseJoiners.Contains(text[joinerStart], StringComparison.Ordinal))
        {
            return;
        }

        int firstEnd = joinerStart;
        if (Matches(text, firstEnd - 2, joinerStart, "案件") || Matches(text, firstEnd - 2, joinerStart, "申请"))
        {
            firstEnd -= 2;
        }

        int firstStart = firstEnd - 2;
        if (firstStart < count.SegmentStart)
        {
            return;
        }

        Anchor first = AnchorAt(text, firstStart);
        Anchor second = AnchorAt(text, secondEnd - 2);
        if (first is not (Anchor.Review or Anchor.Lawsuit) || first == second)
        {
            return;
        }

        firstStart = WithAdministrativePrefix(text, count.SegmentStart, firstStart);
        if (HasOtherAnchor(text, count.SegmentStart, firstStart, Anchor.None))
        {
            return;
        }

        int end = count.UnitAt + 1;
        sink.Add(new NarrativeClaim(KindOf(first), count.Value, firstStart, end - firstStart));
        sink.Add(new NarrativeClaim(KindOf(second), count.Value, secondStart, end - secondStart));
    }

    private static NarrativeClaimKind KindOf(Anchor anchor) =>
        anchor == Anchor.Review ? NarrativeClaimKind.AdministrativeReviews : NarrativeClaimKind.Lawsuits;

    private static int WithAdministrativePrefix(ReadOnlySpan<char> text, int segmentStart, int termStart) =>
        termStart - 2 >= segmentStart && Matches(text, termStart - 2, termStart, "行政") ? termStart - 2 : termStart;

    private static void ProcessNegations(ReadOnlySpan<char> text, int clauseStart, int clauseEnd, ref Sink sink)
    {
        for (int n = clauseStart; n < clauseEnd; n++)
        {
            int next = text[n..clauseEnd].IndexOfAny(NegationStarts);
            if (next < 0)
            {
                return;
            }

            n += next;
            int negationLength;
            bool direct;
            if (Matches(text, n, clauseEnd, "没有发生"))
            {
                (negationLength, direct) = (4, false);
            }
            else if (Matches(text, n, clauseEnd, "未发生"))
            {
                (negationLength, direct) = (3, false);
            }
            else if (Matches(text, n, clauseEnd, "没有"))
            {
                (negationLength, direct) = (2, true);
            }
            else if (text[n] == '无')
            {
                (negationLength, direct) = (1, true);
            }
            else
            {
                continue;
            }

            TryClaimNegation(text, clauseStart, clauseEnd, n, negationLength, direct, ref sink);
            if (sink.IsFull)
            {
                return;
            }

            n += negationLength - 1;
        }
    }

    private static void TryClaimNegation(
        ReadOnlySpan<char> text, int clauseStart, int clauseEnd, int start, int length, bool direct, ref Sink sink)
    {
        int negationEnd = start + length;
        if ((start > clauseStart && text[start - 1] == '有')
            || ContainsAny(text, clauseStart, start, PreNegationRefusals)
            || (direct && TermAt(text, negationEnd, clauseEnd, out _) == Anchor.None)
            || ContainsAny(text, negationEnd, clauseEnd, NegatedOutcomeRefusals))
        {
            return;
        }

        int reviewEnd = -1;
        int lawsuitEnd = -1;
        int limit = Math.Min(clauseEnd, negationEnd + NegationWindow);
        int j = negationEnd;
        while (j < limit)
        {
            Anchor term = TermAt(text, j, clauseEnd, out int termLength);
            if (term != Anchor.None)
            {
                if (term == Anchor.Review && reviewEnd < 0)
                {
                    reviewEnd = j + termLength;
                }
                else if (term == Anchor.Lawsuit && lawsuitEnd < 0)
                {
                    lawsuitEnd = j + termLength;
                }

                j += termLength;
                continue;
            }

            if (StopsNegation(text, negationEnd, j, clauseEnd))
            {
                break;
            }

            j++;
        }

        if (reviewEnd >= 0 && (lawsuitEnd < 0 || reviewEnd < lawsuitEnd))
        {
            sink.Add(new NarrativeClaim(NarrativeClaimKind.AdministrativeReviews, 0, start, reviewEnd - start));
            if (lawsuitEnd >= 0)
            {
                sink.Add(new NarrativeClaim(NarrativeClaimKind.Lawsuits, 0, start, lawsuitEnd - start));
            }
        }
        else if (lawsuitEnd >= 0)
        {
            sink.Add(new NarrativeClaim(NarrativeClaimKind.Lawsuits, 0, start, lawsuitEnd - start));
            if (reviewEnd >= 0)
            {
                sink.Add(new NarrativeClaim(NarrativeClaimKind.AdministrativeReviews, 0, start, reviewEnd - start));
            }
        }
    }

    /// <summary>Whether the negation's reach ends at <paramref name="at"/>: a number, a contrast, another verb or negation.</summary>
    private static bool StopsNegation(ReadOnlySpan<char> text, int windowStart, int at, int end)
    {
        char c = text[at];
        if (ReferenceChineseNumber.IsDigit(c))
        {
            return true;
        }

        if (ReferenceChineseNumber.IsNumeral(c))
        {
            // 未发生一起……行政复议 ("not a single one") keeps the negation; any other counted number ends it.
            bool next = at + 1 < end && CountedMeasureChars.Contains(text[at + 1], StringComparison.Ordinal);
            bool notEvenOne = c == '一' && (at == 0 || !ReferenceChineseNumber.IsNumeral(text[at - 1]));
            return next && !notEvenOne;
        }

        // 因……而被申请行政复议 is a cause, not a contrast.
        if (c == '而' && at > windowStart && text[windowStart..at].IndexOf('因') >= 0)
        {
            return false;
        }

        return ContrastChars.Contains(c, StringComparison.Ordinal)
            || NegationChars.Contains(c, StringComparison.Ordinal)
            || (c == '有' && !Matches(text, at, end, "有关"))
            || Matches(text, at, end, "发生")
            || Matches(text, at, end, "出现");
    }

    private static Anchor AnchorAt(ReadOnlySpan<char> text, int at) => (text[at], text[at + 1]) switch
    {
        ('收', '到') or ('接', '收') or ('接', '到') or ('受', '理') or ('新', '收') => Anchor.Received,
        ('办', '理') or ('办', '结') or ('答', '复') => Anchor.Handled,
        ('复', '议') => Anchor.Review,
        ('诉', '讼') or ('起', '诉') => Anchor.Lawsuit,
        _ => Anchor.None,
    };

    private static Anchor TermAt(ReadOnlySpan<char> text, int at, int end, out int length)
    {
        length = 0;
        if (Matches(text, at, end, "行政复议"))
        {
            length = 4;
            return Anchor.Review;
        }

        if (Matches(text, at, end, "行政诉讼"))
        {
            length = 4;
            return Anchor.Lawsuit;
        }

        if (at + 2 > end)
        {
            return Anchor.None;
        }

        Anchor anchor = AnchorAt(text, at);
        if (anchor is Anchor.Review or Anchor.Lawsuit)
        {
            length = 2;
            return anchor;
        }

        return Anchor.None;
    }

    private static bool HasOtherAnchor(ReadOnlySpan<char> text, int start, int end, Anchor anchor)
    {
        for (int a = start; a + 2 <= end; a++)
        {
            Anchor found = AnchorAt(text, a);
            if (found != Anchor.None && found != anchor)
            {
                return true;
            }
        }

        return false;
    }

    private static int ScanNumberToken(ReadOnlySpan<char> text, int start, int end)
    {
        int j = start;
        while (j < end)
        {
            char c = text[j];
            if (ReferenceChineseNumber.IsNumberChar(c))
            {
                j++;
            }
            else if (c is '.' or '．' or ',' && j > start && ReferenceChineseNumber.IsDigit(text[j - 1])
                && j + 1 < end && ReferenceChineseNumber.IsDigit(text[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>Whether a number that is not a count still counts something (and so separates a keyword from a later count).</summary>
    private static bool IsCountedNumber(ReadOnlySpan<char> text, int tokenStart, int tokenEnd, char unit)
    {
        for (int k = tokenStart; k < tokenEnd; k++)
        {
            if (ReferenceChineseNumber.IsDigit(text[k]))
            {
                // Dates (2022年, 1月, 15日) do not count anything; every other figure does.
                return unit is not ('年' or '月' or '日');
            }
        }

        return unit != '\0' && CountedMeasureChars.Contains(unit, StringComparison.Ordinal);
    }

    /// <summary>Whether the number is approximate, ordinal or the end of a range (约5件, 第二件, 3-5件).</summary>
    private static bool IsQualifiedNumber(ReadOnlySpan<char> text, int clauseStart, int tokenStart)
    {
        int p = tokenStart - 1;
        if (p >= clauseStart && IsSpace(text[p]))
        {
            p--;
        }

        if (p < clauseStart)
        {
            return false;
        }

        char c = text[p];
        return QualifierChars.Contains(c, StringComparison.Ordinal)
            || (RangeChars.Contains(c, StringComparison.Ordinal) && p - 1 >= clauseStart && ReferenceChineseNumber.IsNumberChar(text[p - 1]));
    }

    /// <summary>Whether what follows the count ends the statement (punctuation, a particle, or the word 申请).</summary>
    private static bool IsCleanAfterCount(ReadOnlySpan<char> text, int at, int end)
    {
        while (at < end && IsSpace(text[at]))
        {
            at++;
        }

        return at >= end
            || AllowedAfterCount.Contains(text[at], StringComparison.Ordinal)
            || FollowerLength(text, at, end) >= 0;
    }

    /// <summary>
    /// Whether the words between keyword and number (the gap), or right after the count, name an
    /// information-disclosure application: 申请 (not 申请人) together with 公开, as in 依申请公开,
    /// 政府信息公开申请, 申请公开; or a count followed by 政府信息公开申请, 信息公开申请, 依申请公开, 公开申请.
    /// </summary>
    private static bool IsAboutDisclosureApplications(ReadOnlySpan<char> text, int gapStart, int gapEnd, int afterCount, int end)
    {
        bool gapSaysDisclosure = Contains(text, gapStart, gapEnd, "公开");
        if (gapSaysDisclosure && MentionsApplication(text, gapStart, gapEnd))
        {
            return true;
        }

        return FollowerLength(text, afterCount, end) switch
        {
            > 0 => true,
            0 => gapSaysDisclosure,
            _ => false,
        };
    }

    /// <summary>
    /// What follows a count: a disclosure-application phrase (returns its length), a bare 申请 (returns 0),
    /// or neither (returns -1). A 的 between count and phrase is allowed.
    /// </summary>
    private static int FollowerLength(ReadOnlySpan<char> text, int at, int end)
    {
        if (at < end && text[at] == '的')
        {
            at++;
        }

        foreach (string follower in ApplicationFollowers)
        {
            if (Matches(text, at, end, follower))
            {
                return follower.Length;
            }
        }

        return Matches(text, at, end, "申请") && !Matches(text, at + 2, end, "人") ? 0 : -1;
    }

    private static bool MentionsApplication(ReadOnlySpan<char> text, int start, int end)
    {
        for (int k = start; k + 2 <= end; k++)
        {
            if (text[k] == '申' && text[k + 1] == '请' && !(k + 2 < end && text[k + 2] == '人'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSentenceBreak(char c) =>
        c is '。' or '；' or ';' or '！' or '？' or '!' or '?' or '\n' or '\r' or '\t' or '\v' or '\f' or '\u2028' or '\u2029';

    private static bool IsClauseBreak(ReadOnlySpan<char> text, int at)
    {
        char c = text[at];
        if (c == ',')
        {
            // 1,200 is one (refused) number, not two clauses.
            return !(at > 0 && at + 1 < text.Length && ReferenceChineseNumber.IsDigit(text[at - 1]) && ReferenceChineseNumber.IsDigit(text[at + 1]));
        }

        return c is '，' or '：' or ':';
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';

    private static bool Matches(ReadOnlySpan<char> text, int at, int end, string word)
    {
        if (at < 0 || at + word.Length > end)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            if (text[at + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(ReadOnlySpan<char> text, int start, int end, string word) =>
        start < end && text[start..end].IndexOf(word.AsSpan()) >= 0;

    private static bool ContainsAny(ReadOnlySpan<char> text, int start, int end, ReferenceWordSet words) =>
        start < end && words.OccursIn(text[start..end]);

    private static bool ContainsAnyChar(ReadOnlySpan<char> text, int start, int end, SearchValues<char> chars) =>
        start < end && text[start..end].IndexOfAny(chars) >= 0;

    private static bool OnlyChars(ReadOnlySpan<char> text, int start, int end, SearchValues<char> chars) =>
        start >= end || text[start..end].IndexOfAnyExcept(chars) < 0;

    /// <summary>A number followed by a count unit, with the bounds of its clause and segment.</summary>
    private readonly record struct CountMatch(int ClauseStart, int ClauseEnd, int SegmentStart, int TokenStart, int UnitAt, long Value);

    /// <summary>Where claims go: counted only (first pass of the array form) or written to a span.</summary>
    private ref struct Sink
    {
        private readonly Span<NarrativeClaim> destination;
        private readonly bool countOnly;

        internal Sink(Span<NarrativeClaim> destination, bool countOnly)
        {
            this.destination = destination;
            this.countOnly = countOnly;
            Count = 0;
        }

        internal int Count { get; private set; }

        internal readonly bool IsFull => !countOnly && Count >= destination.Length;

        internal void Add(NarrativeClaim claim)
        {
            if (!countOnly)
            {
                if (Count >= destination.Length)
                {
                    return;
                }

                destination[Count] = claim;
            }

            Count++;
        }
    }
}

/// <summary>
/// Reads the numbers written in report narratives: ASCII digits, full-width digits (０-９) and Chinese
/// numerals (零〇一二两三四五六七八九十百千万). The reading is strict: a form that a reader could take
/// two ways is refused rather than guessed.
/// </summary>
internal static class ReferenceChineseNumber
{
    private const int NoUnit = 100_000;

    /// <summary>Whether <paramref name="c"/> is an ASCII or full-width decimal digit.</summary>
    internal static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    /// <summary>Whether <paramref name="c"/> is a Chinese numeral character (a digit or a unit).</summary>
    internal static bool IsNumeral(char c) => DigitValue(c) >= 0 || UnitValue(c) > 0 || c == '万';

    /// <summary>Whether <paramref name="c"/> starts or continues a written number of any kind.</summary>
    internal static bool IsNumberChar(char c) => IsDigit(c) || IsNumeral(c);

    /// <summary>
    /// Reads <paramref name="text"/> as one number: all digits (ASCII or full-width, no sign, no separator,
    /// no leading zero) or all Chinese numerals. Mixed forms (<c>1万</c>), decimals, digit strings beyond the
    /// range of <see cref="long"/>, and ambiguous Chinese forms are refused.
    /// </summary>
    /// <param name="text">The characters of the number and nothing else.</param>
    /// <param name="value">The value read, or 0 when refused.</param>
    /// <returns>Whether the text is one number that reads unambiguously.</returns>
    internal static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        return IsDigit(text[0]) ? TryParseDigits(text, out value) : TryParseChinese(text, out value);
    }

    /// <summary>Reads a run of ASCII or full-width digits; refuses leading zeros and overflow.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || (text.Length > 1 && DigitOf(text[0]) == 0))
        {
            return false;
        }

        long result = 0;
        foreach (char c in text)
        {
            if (!IsDigit(c))
            {
                return false;
            }

            int digit = DigitOf(c);
            if (result > (long.MaxValue - digit) / 10)
            {
                return false;
            }

            result = (result * 10) + digit;
        }

        value = result;
        return true;
    }

    /// <summary>
    /// Reads Chinese numerals written the standard way: <c>零</c>=0, <c>两</c>=2, <c>十二</c>=12,
    /// <c>二十</c>=20, <c>一百零五</c>=105, <c>三万五千</c>=35000. Refuses what is ambiguous or
    /// malformed: abbreviated forms (<c>一百五</c>, <c>三万五</c>), digit-by-digit forms (<c>二〇二二</c>),
    /// runs of digits (<c>三四</c>), a trailing <c>两</c> (<c>十两</c>), <c>万</c> repeated, and 亿 or larger.
    /// </summary>
    internal static bool TryParseChinese(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        int wan = text.IndexOf('万');
        if (wan < 0)
        {
            if (!TryParseSection(text, out int section))
            {
                return false;
            }

            value = section;
            return true;
        }

        if (wan == 0 || text[(wan + 1)..].IndexOf('万') >= 0)
        {
            return false;
        }

        if (!TryParseSection(text[..wan], out int high) || high == 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[(wan + 1)..];
        int low = 0;
        if (!rest.IsEmpty)
        {
            bool zeroLed = rest[0] is '零' or '〇';
            ReadOnlySpan<char> lowText = zeroLed ? rest[1..] : rest;
            if (!TryParseSection(lowText, out low) || low == 0)
            {
                return false;
            }

            // 一万二千 (no 零, thousands present) or 一万零五 (零, below a thousand); 三万五 or 一万零二千 are refused.
            if (zeroLed ? low >= 1000 : low < 1000)
            {
                return false;
            }
        }

        value = ((long)high * 10_000) + low;
        return true;
    }

    /// <summary>Reads one section below 万 (0..9999).</summary>
    private static bool TryParseSection(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        if (text.Length == 1)
        {
            int single = DigitValue(text[0]);
            if (single >= 0)
            {
                value = single;
                return true;
            }

            if (text[0] == '十')
            {
                value = 10;
                return true;
            }

            return false;
        }

        int total = 0;
        int lastUnit = NoUnit;
        int pending = -1;
        bool pendingIsLiang = false;
        bool zeroSeen = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '零' or '〇')
            {
                if (i == 0 || pending >= 0 || zeroSeen)
                {
                    return false;
                }

                zeroSeen = true;
                continue;
            }

            int digit = DigitValue(c);
            if (digit >= 0)
            {
                if (pending >= 0)
                {
                    return false;
                }

                pending = digit;
                pendingIsLiang = c == '两';
                continue;
            }

            int unit = UnitValue(c);
            if (unit == 0 || unit >= lastUnit)
            {
                return false;
            }

            if (zeroSeen && (lastUnit == NoUnit || lastUnit / unit < 100))
            {
                return false;
            }

            if (pending < 0)
            {
                if (i != 0 || unit != 10)
                {
                    return false;
                }

                pending = 1;
            }
            else if (pendingIsLiang && unit == 10)
            {
                return false;
            }

            total += pending * unit;
            lastUnit = unit;
            pending = -1;
            pendingIsLiang = false;
            zeroSeen = false;
        }

        if (pending >= 0)
        {
            bool ones = zeroSeen ? lastUnit >= 100 : lastUnit == 10;
            if (!ones || pendingIsLiang)
            {
                return false;
            }

            total += pending;
        }
        else if (zeroSeen)
        {
            return false;
        }

        value = total;
        return true;
    }

    private static int DigitOf(char c) => c <= '9' ? c - '0' : c - '０';

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int UnitValue(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };
}

/// <summary>
/// A set of words to look for in a span of text in one pass, allocating nothing: <see cref="SearchValues{T}"/> of strings
/// where the runtime has it (.NET 9 on), else a scan for the words' first characters followed by a prefix check.
/// </summary>
internal sealed class ReferenceWordSet
{
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _words;
#else
    private readonly string[] _words;
    private readonly SearchValues<char> _firstChars;
#endif

    public ReferenceWordSet(string[] words)
    {
#if NET9_0_OR_GREATER
        _words = SearchValues.Create(words, StringComparison.Ordinal);
#else
        _words = words;
        _firstChars = SearchValues.Create(string.Concat(words.Select(w => w[0]).Distinct()));
#endif
    }

    /// <summary>Whether any of the words occurs in the text.</summary>
    public bool OccursIn(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return text.IndexOfAny(_words) >= 0;
#else
        int offset = 0;
        while (offset < text.Length)
        {
            int at = text[offset..].IndexOfAny(_firstChars);
            if (at < 0)
            {
                return false;
            }

            ReadOnlySpan<char> rest = text[(offset + at)..];
            foreach (string word in _words)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            offset += at + 1;
        }

        return false;
#endif
    }
}
