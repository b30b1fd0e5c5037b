using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace GovInfoDisclosure.Core.Narratives;

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
/// given for each (行政复议和行政诉讼案件共3件, a combined total).
/// </para>
/// <para>
/// <b>Counts of another concept</b> are refused too: a count after 备案 in its clause (review cases filed for the
/// record across an area, <c>全市全年备案政府信息依申请公开领域行政复议案件134件</c>); a case count, or a "no case"
/// negation, after 办理/受理/审理/备案 in its clause (the body acting as the reviewer: <c>全年共受理行政复议案件20件</c>);
/// and a case count or negation in a later clause of a sentence whose earlier clause counts cases that way, since it
/// continues that enumeration (<c>…行政复议案件134件，行政诉讼案件57件</c> yields neither). A new sentence starts afresh.
/// </para>
/// </remarks>
public static class NarrativeClaimExtractor
{
    private const int MaxApplicationGap = 40;
    private const int MaxCaseGap = 10;
    private const int NegationWindow = 40;

    /// <summary>The ASCII characters that end a clause (all below 64), as bits: tab, line feed, \v, \f, return, ! , : ; ?.</summary>
    private const ulong AsciiBreaks =
        (1UL << '\t') | (1UL << '\n') | (1UL << '\v') | (1UL << '\f') | (1UL << '\r')
        | (1UL << '!') | (1UL << ',') | (1UL << ':') | (1UL << ';') | (1UL << '?');

    private static readonly SearchValues<char> Triggers = SearchValues.Create("件项起宗没未无");
    private static readonly SearchValues<char> NegationStarts = SearchValues.Create("没未无");

    private static readonly WordSet WindowRefusals = new(
    [
        "上年", "去年", "前年", "同期", "同比", "累计", "历年", "以来", "截至", "截止", "平均", "月均", "日均",
        "每月", "每年", "预计", "计划", "力争", "争取", "确保", "其中",

        // Filed for the record (备案) across an area: another concept than the body's own applications or cases.
        "备案",

        // A count for one channel or one kind of applicant is a part, not the total.
        "网上", "在线", "线上", "线下", "现场", "当面", "窗口", "信函", "书面", "邮寄", "传真", "电话", "邮件",
        "自然人", "法人",

        // So is a count for some of the units a consolidated report covers.
        "乡镇", "街道", "县直", "市直", "区直", "本级", "各部门", "各单位",
    ]);

    private static readonly WordSet ApplicationGapRefusals = new(
    [
        "其中", "予以", "部分", "结转", "结果", "信访", "投诉", "举报", "咨询", "留言", "来信", "来电", "热线",
        "许可", "审批", "涉及", "包括",
    ]);

    private static readonly string[] CaseVerbs = ["被提起", "被申请", "提起", "申请"];

    private static readonly string[] ApplicationFollowers = ["政府信息公开申请", "信息公开申请", "依申请公开", "公开申请"];

    private static readonly WordSet PreNegationRefusals = new(
    [
        "确保", "力争", "争取", "避免", "防止", "杜绝", "如果", "如有", "假如", "若", "是否", "一旦",
    ]);

    private static readonly WordSet NegatedOutcomeRefusals = new(
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

    /// <summary>
    /// Finds the clauses that can yield a claim and processes only those. A claim needs a count unit (件, 项, 起, 宗)
    /// or the start of a negation (没, 未, 无), so the text is searched for those characters (<see cref="Triggers"/>),
    /// and each clause holding one is processed as a whole; every other clause yields nothing and is skipped. The
    /// clauses are those of a left-to-right cut at the breaks (see <see cref="IsBreakAt"/>), found here from a trigger
    /// backwards and forwards.
    /// </summary>
    private static void Scan(ReadOnlySpan<char> text, ref Sink sink)
    {
        bool sentenceHasReceived = false;
        int previousEnd = 0;
        int from = 0;
        while (from < text.Length)
        {
            int next = text[from..].IndexOfAny(Triggers);
            if (next < 0)
            {
                return;
            }

            int trigger = from + next;
            int clauseStart = trigger;
            while (clauseStart > from && !IsBreakAt(text, clauseStart - 1))
            {
                clauseStart--;
            }

            int clauseEnd = trigger + 1;
            while (clauseEnd < text.Length && !IsBreakAt(text, clauseEnd))
            {
                clauseEnd++;
            }

            // A handled count may follow a received claim of the same sentence: forget it at a sentence break.
            if (sentenceHasReceived && HasSentenceBreak(text[previousEnd..clauseStart]))
            {
                sentenceHasReceived = false;
            }

            ProcessClause(text, clauseStart, clauseEnd, trigger, ref sentenceHasReceived, ref sink);
            if (sink.IsFull)
            {
                return;
            }

            previousEnd = clauseEnd;
            from = clauseEnd + 1;
        }
    }

    private static void ProcessClause(
        ReadOnlySpan<char> text, int clauseStart, int clauseEnd, int trigger, ref bool sentenceHasReceived, ref Sink sink)
    {
        int segmentStart = clauseStart;
        int i = clauseStart;
        while (i < clauseEnd)
        {
            while (i < clauseEnd && !ChineseNumber.IsNumberChar(text[i]))
            {
                i++;
            }

            if (i == clauseEnd)
            {
                break;
            }

            int tokenStart = i;
            int tokenEnd = ScanNumberToken(text, i, clauseEnd);
            i = tokenEnd;
            int unitAt = tokenEnd < clauseEnd && IsSpace(text[tokenEnd]) ? tokenEnd + 1 : tokenEnd;
            char unit = unitAt < clauseEnd ? text[unitAt] : '\0';
            if (unit is '件' or '项' or '起' or '宗')
            {
                if (ChineseNumber.TryParse(text[tokenStart..tokenEnd], out long value))
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

        // No 没, 未 or 无 lies before the trigger.
        ProcessNegations(text, clauseStart, clauseEnd, trigger, ref sink);
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
        if (ContainsNegationChar(text, count.ClauseStart, tokenStart)
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
                || !OnlyCaseGapChars(text, anchorEnd, tokenStart)
                || ContainsReviewerVerb(text, count.ClauseStart, anchorStart)
                || ContinuesCasesOfAnotherConcept(text, count.ClauseStart))
            {
                return;
            }

            anchorStart = WithAdministrativePrefix(text, count.SegmentStart, anchorStart);
            if (HasOtherAnchor(text, count.SegmentStart, anchorStart, anchor))
            {
                TryClaimEachCase(text, count, anchorStart, anchorEnd, ref sink);
                return;
            }

            if (ContainsEachChar(text, anchorEnd, tokenStart))
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
        if (joinerStart < count.SegmentStart || !IsCaseJoiner(text[joinerStart]))
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

    private static void ProcessNegations(ReadOnlySpan<char> text, int clauseStart, int clauseEnd, int from, ref Sink sink)
    {
        for (int n = from; n < clauseEnd; n++)
        {
            if (text[n] is not ('没' or '未' or '无'))
            {
                int next = text[n..clauseEnd].IndexOfAny(NegationStarts);
                if (next < 0)
                {
                    return;
                }

                n += next;
            }

            (int negationLength, bool direct) = NegationAt(text, n, clauseEnd);
            if (negationLength == 0)
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

    /// <summary>
    /// The negation word at <paramref name="n"/> (没有发生, 未发生, 没有 or 无; the longest first) and whether it negates
    /// what follows directly (没有, 无) or an event (…发生); a length of 0 where none starts there. A function rather than
    /// locals assigned in each branch: Stryker's mutants of those branches leave the locals unassigned, which does not
    /// compile and puts the caller in its safe mode (untested).
    /// </summary>
    private static (int Length, bool Direct) NegationAt(ReadOnlySpan<char> text, int n, int clauseEnd) =>
        Matches(text, n, clauseEnd, "没有发生") ? (4, false)
        : Matches(text, n, clauseEnd, "未发生") ? (3, false)
        : Matches(text, n, clauseEnd, "没有") ? (2, true)
        : text[n] == '无' ? (1, true)
        : (0, false);

    private static void TryClaimNegation(
        ReadOnlySpan<char> text, int clauseStart, int clauseEnd, int start, int length, bool direct, ref Sink sink)
    {
        int negationEnd = start + length;
        if ((start > clauseStart && text[start - 1] == '有')
            || (direct && TermAt(text, negationEnd, clauseEnd, out _) == Anchor.None)
            || ContainsAny(text, clauseStart, start, PreNegationRefusals)
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
            // Only 行政复议, 行政诉讼, 复议, 诉讼 and 起诉 are terms.
            int termLength = 0;
            Anchor term = text[j] is '行' or '复' or '诉' or '起' ? TermAt(text, j, clauseEnd, out termLength) : Anchor.None;
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

        if ((reviewEnd >= 0 || lawsuitEnd >= 0)
            && (CountsCasesOfAnotherConcept(text, clauseStart, start) || Contains(text, clauseStart, clauseEnd, "备案")
                || ContinuesCasesOfAnotherConcept(text, clauseStart)))
        {
            return;
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
        switch (c)
        {
            // A contrast (但而却仅只除另, 而 below) or another negation (IsNegationChar).
            case '但' or '却' or '仅' or '只' or '除' or '另' or '未' or '没' or '无' or '不' or '非' or '否':
                return true;

            // 因……而被申请行政复议 is a cause, not a contrast.
            case '而':
                return !(at > windowStart && text[windowStart..at].IndexOf('因') >= 0);

            // Another verb: 有 (but 有关), 发生, 出现.
            case '有':
                return !Matches(text, at, end, "有关");
            case '发':
                return Matches(text, at, end, "发生");
            case '出':
                return Matches(text, at, end, "出现");
        }

        if (ChineseNumber.IsDigit(c))
        {
            return true;
        }

        if (ChineseNumber.IsNumeral(c))
        {
            // 未发生一起……行政复议 ("not a single one") keeps the negation; any other counted number ends it.
            bool next = at + 1 < end && IsCountedMeasure(text[at + 1]);
            bool notEvenOne = c == '一' && (at == 0 || !ChineseNumber.IsNumeral(text[at - 1]));
            return next && !notEvenOne;
        }

        return false;
    }

    /// <summary>Whether 办理, 受理, 审理 or 备案 (cases counted as the reviewer, or filed for the record) lies in the range.</summary>
    private static bool ContainsReviewerVerb(ReadOnlySpan<char> text, int start, int end)
    {
        for (int k = start; k + 2 <= end; k++)
        {
            if (IsReviewerVerbAt(text, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReviewerVerbAt(ReadOnlySpan<char> text, int at) =>
        text[at + 1] == '理' ? text[at] is '办' or '受' or '审' : text[at] == '备' && text[at + 1] == '案';

    /// <summary>
    /// Whether, in the range (one clause or the start of one), 办理/受理/审理/备案 is followed by a review or lawsuit term,
    /// or 备案 follows one (行政复议案件备案情况).
    /// </summary>
    private static bool CountsCasesOfAnotherConcept(ReadOnlySpan<char> text, int start, int end)
    {
        for (int k = start; k + 2 <= end; k++)
        {
            if (IsReviewerVerbAt(text, k))
            {
                for (int t = text[k] == '备' ? start : k + 2; t + 2 <= end; t++)
                {
                    if (AnchorAt(text, t) is Anchor.Review or Anchor.Lawsuit)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an earlier clause of the sentence that holds <paramref name="clauseStart"/> counts cases of another concept
    /// (<see cref="CountsCasesOfAnotherConcept"/>): a case count after it continues that enumeration. Run only for a case
    /// claim about to be yielded, so its cost does not touch the common path.
    /// </summary>
    private static bool ContinuesCasesOfAnotherConcept(ReadOnlySpan<char> text, int clauseStart)
    {
        int end = clauseStart;
        while (end > 0 && !IsSentenceBreak(text[end - 1]))
        {
            int start = end - 1;
            while (start > 0 && !IsBreakAt(text, start - 1))
            {
                start--;
            }

            if (CountsCasesOfAnotherConcept(text, start, end))
            {
                return true;
            }

            end = start;
        }

        return false;
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
            if (ChineseNumber.IsNumberChar(c))
            {
                j++;
            }
            else if (c is '.' or '．' or ',' && j > start && ChineseNumber.IsDigit(text[j - 1])
                && j + 1 < end && ChineseNumber.IsDigit(text[j + 1]))
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
            if (ChineseNumber.IsDigit(text[k]))
            {
                // Dates (2022年, 1月, 15日) do not count anything; every other figure does.
                return unit is not ('年' or '月' or '日');
            }
        }

        return IsCountedMeasure(unit);
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
        return IsQualifierChar(c)
            || (IsRangeChar(c) && p - 1 >= clauseStart && ChineseNumber.IsNumberChar(text[p - 1]));
    }

    /// <summary>Whether what follows the count ends the statement (punctuation, a particle, or the word 申请).</summary>
    private static bool IsCleanAfterCount(ReadOnlySpan<char> text, int at, int end)
    {
        while (at < end && IsSpace(text[at]))
        {
            at++;
        }

        return at >= end
            || IsAllowedAfterCount(text[at])
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

    private static bool HasSentenceBreak(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (IsSentenceBreak(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a clause ends at <paramref name="at"/>: at <c>。；;！？!?</c>, a line break or tab, or at <c>，：:</c> and
    /// <c>,</c> (but for a comma between two digits: 1,200 is one, refused, number rather than two clauses).
    /// </summary>
    private static bool IsBreakAt(ReadOnlySpan<char> text, int at)
    {
        char c = text[at];
        if ((uint)(c - '\u3003') < '\uFF01' - '\u3003')
        {
            return false; // U+3003..U+FF00 (kana, CJK ideographs …): none ends a clause.
        }

        if (c < 64)
        {
            if (((AsciiBreaks >> c) & 1) == 0)
            {
                return false;
            }

            return c != ',' || !(at > 0 && at + 1 < text.Length && ChineseNumber.IsDigit(text[at - 1]) && ChineseNumber.IsDigit(text[at + 1]));
        }

        return c >= '\u2028' && (c is '\u2028' or '\u2029' or '。' or '；' or '！' or '？' or '，' or '：');
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

    private static bool ContainsAny(ReadOnlySpan<char> text, int start, int end, WordSet words) =>
        start < end && words.OccursIn(text[start..end]);

    private static bool ContainsNegationChar(ReadOnlySpan<char> text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (IsNegationChar(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsEachChar(ReadOnlySpan<char> text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (IsEachChar(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyCaseGapChars(ReadOnlySpan<char> text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (!IsCaseGapChar(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    // The character classes of the recognition rule, as switches: cheaper than a search in a string or a SearchValues
    // on the few characters of a clause.
    private static bool IsNegationChar(char c) => c is '未' or '没' or '无' or '不' or '非' or '否';

    private static bool IsQualifierChar(char c) =>
        c is '约' or '近' or '逾' or '超' or '余' or '多' or '过' or '足' or '少' or '上' or '于' or '第' or '每' or '前' or '后';

    private static bool IsRangeChar(char c) =>
        c is '-' or '~' or '～' or '—' or '－' or '–' or '至' or '到' or '或' or '、' or '/';

    private static bool IsAllowedAfterCount(char c) =>
        c is '、' or '）' or ')' or '”' or '"' or '’' or '\'' or '」' or '』' or '》' or '】' or ']' or '（' or '('
            or '并' or '且' or '均' or '全' or '已' or '都' or '和' or '及' or '与' or '其' or '中';

    private static bool IsCaseGapChar(char c) =>
        c is '案' or '件' or '申' or '请' or '的' or '共' or '计' or '合' or '为' or '数' or '量' or '总' or '有' or '各' or '均' or '都';

    private static bool IsEachChar(char c) => c is '各' or '均' or '都';

    private static bool IsCountedMeasure(char c) =>
        c is '件' or '项' or '条' or '个' or '次' or '篇' or '人' or '名' or '份' or '起' or '宗' or '家' or '批' or '类' or '户'
            or '期' or '幅' or '张' or '部' or '余' or '多' or '%' or '％' or '亿';

    private static bool IsCaseJoiner(char c) => c is '、' or '和' or '及' or '与' or '或';

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
