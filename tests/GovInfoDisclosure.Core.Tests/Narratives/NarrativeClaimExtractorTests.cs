using System.Collections.Immutable;
using GovInfoDisclosure.Core.Narratives;

namespace GovInfoDisclosure.Core.Tests.Narratives;

public sealed class NarrativeClaimExtractorTests
{
    private const NarrativeClaimKind Received = NarrativeClaimKind.ApplicationsReceived;
    private const NarrativeClaimKind Handled = NarrativeClaimKind.ApplicationsHandled;
    private const NarrativeClaimKind Reviews = NarrativeClaimKind.AdministrativeReviews;
    private const NarrativeClaimKind Lawsuits = NarrativeClaimKind.Lawsuits;

    /// <summary>
    /// Every sentence of the three real reports that states a count, verbatim, with what it states
    /// (report, sentence, kind, count, matched text).
    /// </summary>
    private static readonly (string Report, string Sentence, NarrativeClaimKind Kind, long Count, string Matched)[] RealClaims =
    [
        ("000", "2022年共依法依规办理依申请公开4件", Handled, 4, "办理依申请公开4件"),
        ("002", "2022年我镇收到依申请公开申请事项0件", Received, 0, "收到依申请公开申请事项0件"),
        ("004", "2022年，接到依申请公开事项1项，并在第一时间严格按照有关规定和法律程序向申请人进行了合理答复", Received, 1, "接到依申请公开事项1项"),
        ("004", "2022年，全县未发生针对政府信息公开事务的行政复议申请、申诉和行政诉讼案件", Reviews, 0, "未发生针对政府信息公开事务的行政复议"),
        ("004", "2022年，全县未发生针对政府信息公开事务的行政复议申请、申诉和行政诉讼案件", Lawsuits, 0, "未发生针对政府信息公开事务的行政复议申请、申诉和行政诉讼"),
    ];

    public static TheoryData<string, NarrativeClaimKind, long> RealSentences => new()
    {
        // 灵丘县武灵镇 (000), 一、总体情况（二）.
        { "2022年共依法依规办理依申请公开4件。", Handled, 4 },

        // 偃师区缙氏镇 (002), 一、总体情况（二）.
        { "2022年我镇收到依申请公开申请事项0件。", Received, 0 },

        // 涞源县 (004), 一、总体情况（二）.
        { "2022年，接到依申请公开事项1项，并在第一时间严格按照有关规定和法律程序向申请人进行了合理答复。", Received, 1 },
    };

    [Theory]
    [MemberData(nameof(RealSentences))]
    public void Sentence_of_a_real_report_stating_a_count_yields_exactly_that_claim(string sentence, NarrativeClaimKind kind, long count)
    {
        var claim = Assert.Single(NarrativeClaimExtractor.Extract(sentence));

        Assert.Equal(kind, claim.Kind);
        Assert.Equal(count, claim.Count);
    }

    [Fact]
    public void Real_sentence_saying_no_review_or_lawsuit_happened_yields_a_zero_claim_for_each()
    {
        const string Sentence = "2022年，全县未发生针对政府信息公开事务的行政复议申请、申诉和行政诉讼案件。";

        var claims = NarrativeClaimExtractor.Extract(Sentence);

        Assert.Equal(
            [(Reviews, 0L, "未发生针对政府信息公开事务的行政复议"), (Lawsuits, 0L, "未发生针对政府信息公开事务的行政复议申请、申诉和行政诉讼")],
            claims.Select(c => (c.Kind, c.Count, Sentence.Substring(c.Start, c.Length))));
    }

    [Fact]
    public void Every_sentence_of_the_real_reports_yields_exactly_the_expected_claims()
    {
        var found = new List<(string, string, NarrativeClaimKind, long, string)>();
        foreach (var (name, text) in Reports.All)
        {
            foreach (string sentence in SplitSentences(text))
            {
                foreach (var claim in NarrativeClaimExtractor.Extract(sentence))
                {
                    found.Add((name, sentence, claim.Kind, claim.Count, sentence.Substring(claim.Start, claim.Length)));
                }
            }
        }

        Assert.Equal(RealClaims, found);
    }

    [Fact]
    public void Whole_real_reports_yield_exactly_the_expected_claims_at_the_right_places()
    {
        var found = new List<(string, string, NarrativeClaimKind, long, string)>();
        foreach (var (name, text) in Reports.All)
        {
            foreach (var claim in NarrativeClaimExtractor.Extract(text))
            {
                string sentence = SentenceAround(text, claim.Start);
                found.Add((name, sentence, claim.Kind, claim.Count, text.Substring(claim.Start, claim.Length)));
            }
        }

        Assert.Equal(RealClaims, found);
    }

    [Fact]
    public void Span_form_writes_the_same_claims_as_the_array_form_on_the_real_reports()
    {
        var destination = new NarrativeClaim[64];
        foreach (var (_, text) in Reports.All)
        {
            int written = NarrativeClaimExtractor.Extract(text.AsSpan(), destination);

            Assert.Equal(NarrativeClaimExtractor.Extract(text), destination.AsSpan(0, written).ToArray());
        }
    }

    [Fact]
    public void Embedded_reports_are_verbatim_copies_of_the_published_reports_when_these_are_at_hand()
    {
        string? directory = FindSharedReports();
        if (directory is null)
        {
            return; // The published files live outside the repository; the embedded copies are the fixture.
        }

        foreach (var (name, text) in Reports.All)
        {
            string file = Assert.Single(Directory.GetFiles(directory, name + "_*.txt"));
            Assert.Equal(File.ReadAllText(file), text);
        }
    }

    public static TheoryData<string, NarrativeClaimKind, long> StatedCounts => new()
    {
        { "我镇共接收群众申请公开0件", Received, 0 },
        { "共受理政府信息公开申请12件", Received, 12 },
        { "全年新收政府信息公开申请3件。", Received, 3 },
        { "本年度共收到3件政府信息公开申请，均已按时答复。", Received, 3 },
        { "2022年共收到政府信息公开申请15件，全部按时办结。", Received, 15 },
        { "全年共办结依申请公开申请5件。", Handled, 5 },
        { "答复政府信息公开申请7件", Handled, 7 },
        { "发生行政复议2件", Reviews, 2 },
        { "行政诉讼1件", Lawsuits, 1 },
        { "提起诉讼的0件", Lawsuits, 0 },
        { "被申请行政复议0件", Reviews, 0 },
        { "本年度发生政府信息公开行政复议案件1起。", Reviews, 1 },
        { "未发生行政复议", Reviews, 0 },
        { "全年没有发生行政复议。", Reviews, 0 },
        { "全年共收到并办理依申请公开事项8件。", Handled, 8 },
        { "共收到依申请公开申请件数为3件。", Received, 3 },
        { "2022年全年收到政府信息公开申请共计3件。", Received, 3 },
        { "2022年我办共受理政府信息公开申请二十三件。", Received, 23 },
        { "2022年共受理信息公开申请5件（其中网上申请3件，信函申请2件）。", Received, 5 },
        { "未发生一起因政府信息公开引起的行政复议。", Reviews, 0 },
        { "无行政诉讼。", Lawsuits, 0 },
    };

    [Theory]
    [MemberData(nameof(StatedCounts))]
    public void Sentence_worded_as_real_reports_word_it_yields_exactly_that_claim(string sentence, NarrativeClaimKind kind, long count)
    {
        var claim = Assert.Single(NarrativeClaimExtractor.Extract(sentence));

        Assert.Equal((kind, count), (claim.Kind, claim.Count));
    }

    [Fact]
    public void No_review_and_no_lawsuit_in_one_phrase_yields_both_zero_claims()
    {
        var claims = NarrativeClaimExtractor.Extract("无行政复议和行政诉讼");

        Assert.Equal([(Reviews, 0L), (Lawsuits, 0L)], claims.Select(c => (c.Kind, c.Count)));
    }

    [Fact]
    public void Handled_count_after_a_received_count_in_the_same_sentence_is_read()
    {
        var claims = NarrativeClaimExtractor.Extract("共收到政府信息公开申请5件，办结4件，结转下年度1件。");

        Assert.Equal([(Received, 5L), (Handled, 4L)], claims.Select(c => (c.Kind, c.Count)));
    }

    [Fact]
    public void Breakdown_after_the_received_count_yields_no_further_claim()
    {
        var claim = Assert.Single(NarrativeClaimExtractor.Extract("收到政府信息公开申请5件，其中自然人申请4件，法人或其他组织申请1件。"));

        Assert.Equal((Received, 5L), (claim.Kind, claim.Count));
    }

    [Fact]
    public void Review_and_lawsuit_counts_listed_together_are_each_read()
    {
        var claims = NarrativeClaimExtractor.Extract("本年度因政府信息公开申请行政复议0件、提起行政诉讼0件。");

        Assert.Equal([(Reviews, 0L), (Lawsuits, 0L)], claims.Select(c => (c.Kind, c.Count)));
    }

    [Theory]
    [InlineData("政府信息公开行政复议、行政诉讼均为0件。", 0)]
    [InlineData("被申请行政复议、提起行政诉讼各0件。", 0)]
    [InlineData("本年度因政府信息公开申请行政复议、提起诉讼各0件", 0)]
    [InlineData("行政复议案件和行政诉讼案件各1件", 1)]
    public void Review_and_lawsuit_given_one_count_for_each_yield_a_claim_for_each(string sentence, long count)
    {
        var claims = NarrativeClaimExtractor.Extract(sentence);

        Assert.Equal([(Reviews, count), (Lawsuits, count)], claims.Select(c => (c.Kind, c.Count)));
    }

    [Fact]
    public void Claims_come_in_text_order_and_locate_their_matched_text()
    {
        const string Text = "2022年，共受理政府信息公开申请12件，办理12件。\n全年未发生行政复议和行政诉讼；提起诉讼的0件。";

        var claims = NarrativeClaimExtractor.Extract(Text);

        Assert.Equal(
            [
                (Received, 12L, "受理政府信息公开申请12件"),
                (Handled, 12L, "办理12件"),
                (Reviews, 0L, "未发生行政复议"),
                (Lawsuits, 0L, "未发生行政复议和行政诉讼"),
                (Lawsuits, 0L, "诉讼的0件"),
            ],
            claims.Select(c => (c.Kind, c.Count, Text.Substring(c.Start, c.Length))));
        Assert.Equal(claims.OrderBy(c => c.Start).ThenBy(c => c.Length), claims);
    }

    [Fact]
    public void Same_text_always_gives_the_same_claims()
    {
        string text = Reports.Laiyuan;

        var first = NarrativeClaimExtractor.Extract(text);
        var second = NarrativeClaimExtractor.Extract(new string(text.AsSpan()));

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    public static TheoryData<string, long> ChineseNumerals => new()
    {
        { "收到政府信息公开申请一件。", 1 },
        { "收到政府信息公开申请两件。", 2 },
        { "收到政府信息公开申请十件。", 10 },
        { "收到政府信息公开申请十二件。", 12 },
        { "收到政府信息公开申请二十件。", 20 },
        { "收到政府信息公开申请一百零五件。", 105 },
        { "收到政府信息公开申请三百二十一件。", 321 },
        { "收到政府信息公开申请一千零一十件。", 1010 },
        { "收到政府信息公开申请一万二千件。", 12000 },
        { "收到政府信息公开申请零件。", 0 },
        { "接到依申请公开事项〇项。", 0 },
    };

    [Theory]
    [MemberData(nameof(ChineseNumerals))]
    public void Received_count_written_in_Chinese_numerals_is_read(string sentence, long count)
    {
        var claim = Assert.Single(NarrativeClaimExtractor.Extract(sentence));

        Assert.Equal((Received, count), (claim.Kind, claim.Count));
    }

    [Theory]
    [InlineData("共受理政府信息公开申请１２件", 12)]
    [InlineData("共受理政府信息公开申请０件", 0)]
    [InlineData("共受理政府信息公开申请 7 件", 7)]
    public void Count_written_in_full_width_digits_or_with_a_space_is_read(string sentence, long count)
    {
        var claim = Assert.Single(NarrativeClaimExtractor.Extract(sentence));

        Assert.Equal((Received, count), (claim.Kind, claim.Count));
    }

    [Fact]
    public void Count_at_the_top_of_the_long_range_is_read_exactly()
    {
        var claim = Assert.Single(NarrativeClaimExtractor.Extract("收到政府信息公开申请9223372036854775807件"));

        Assert.Equal(long.MaxValue, claim.Count);
    }

    [Theory]
    [InlineData("收到政府信息公开申请9223372036854775808件")]
    [InlineData("收到政府信息公开申请99999999999999999999999999999999999999件")]
    [InlineData("收到政府信息公开申请１００００００００００００００００００００件")]
    public void Count_beyond_the_long_range_yields_no_claim_rather_than_wrapping(string sentence)
    {
        Assert.Empty(NarrativeClaimExtractor.Extract(sentence));
    }

    [Theory]
    [InlineData("收到申请10余件")]
    [InlineData("收到政府信息公开申请约10件")]
    [InlineData("收到政府信息公开申请近10件")]
    [InlineData("收到政府信息公开申请逾10件")]
    [InlineData("收到政府信息公开申请超10件")]
    [InlineData("收到政府信息公开申请10多件")]
    [InlineData("收到政府信息公开申请十多件")]
    [InlineData("收到政府信息公开申请十余件")]
    [InlineData("收到政府信息公开申请10件左右")]
    [InlineData("收到政府信息公开申请10件以上")]
    [InlineData("收到政府信息公开申请10件多")]
    [InlineData("收到政府信息公开申请大约10件")]
    [InlineData("收到政府信息公开申请3-5件")]
    [InlineData("收到政府信息公开申请3至5件")]
    [InlineData("收到政府信息公开申请三四件")]
    [InlineData("收到政府信息公开申请十几件")]
    [InlineData("收到政府信息公开申请一百五件")]
    public void Approximate_count_yields_no_claim(string sentence)
    {
        Assert.Empty(NarrativeClaimExtractor.Extract(sentence));
    }

    [Theory]
    [InlineData("主动公开政府信息140多条")]
    [InlineData("2022年")]
    [InlineData("第二十条")]
    [InlineData("占33.9%")]
    [InlineData("1600余条")]
    [InlineData("组织各乡镇、各部门在涞源政府信息公开平台主动公开政府信息1600余条")]
    [InlineData("通过政府门户网站方式公开政府信息2条")]
    [InlineData("信息公开目录信息更新164条")]
    [InlineData("收到申请10余件")]
    [InlineData("24 小时内回应")]
    [InlineData("收到信访件3件")]
    [InlineData("收到群众来信3件")]
    [InlineData("共办理12345热线工单30件")]
    [InlineData("2022年共依法依规办理4件")]
    [InlineData("收到政府信息公开申请3条")]
    [InlineData("收到政府信息公开申请3个")]
    [InlineData("收到政府信息公开申请3次")]
    [InlineData("收到政府信息公开申请3篇")]
    [InlineData("收到政府信息公开申请3人")]
    [InlineData("收到政府信息公开申请3万件")]
    [InlineData("收到政府信息公开申请3%")]
    [InlineData("收到政府信息公开申请3件次")]
    [InlineData("收到政府信息公开申请3.5件")]
    [InlineData("收到政府信息公开申请1,200件")]
    [InlineData("收到依申请公开申请的第二件")]
    [InlineData("受理依申请公开申请是一项重要工作")]
    [InlineData("收到申请人提交的材料3件")]
    [InlineData("截至2022年底累计受理政府信息公开申请120件")]
    [InlineData("较上年多收到政府信息公开申请3件")]
    [InlineData("收到的政府信息公开申请中予以公开3件")]
    [InlineData("受理上年结转的政府信息公开申请2件")]
    [InlineData("全年共办理行政复议案件56件")]
    [InlineData("行政复议和行政诉讼案件共3件")]
    [InlineData("行政复议结果维持2件")]
    [InlineData("复议后起诉1件")]
    [InlineData("未经复议直接起诉1件")]
    [InlineData("2022年共收到申请5件")]
    [InlineData("收到申请3件，办理3件")]
    [InlineData("依申请公开方面，全年共收到申请5件，均已办结。")]
    [InlineData("受理行政许可申请9570件")]
    [InlineData("办理行政许可申请3000件")]
    [InlineData("收到汽车零件采购申请3件")]
    [InlineData("受理群众咨询及依申请公开事项5件")]
    [InlineData("网上受理政府信息公开申请2件")]
    [InlineData("收到自然人提出的政府信息公开申请4件")]
    [InlineData("受理依申请公开事项涉及3项内容")]
    [InlineData("行政诉讼各0件")]
    [InlineData("一审、二审行政诉讼各1件")]
    [InlineData("全年共办理行政复议、行政诉讼各2件")]
    [InlineData("全年各乡镇共受理依申请公开事项42件。")]
    public void Sentence_that_does_not_state_an_application_or_case_count_yields_no_claim(string sentence)
    {
        Assert.Empty(NarrativeClaimExtractor.Extract(sentence));
    }

    [Theory]
    [InlineData("未收到政府信息公开申请0件")]
    [InlineData("没有受理政府信息公开申请3件")]
    [InlineData("不予受理政府信息公开申请2件")]
    [InlineData("收到政府信息公开申请中不予公开2件")]
    [InlineData("收到政府信息公开申请中无法提供1件")]
    [InlineData("非依申请公开收到申请3件")]
    [InlineData("确保不发生行政复议")]
    [InlineData("力争未发生行政复议")]
    [InlineData("有无行政复议")]
    [InlineData("未发生行政复议被纠错的情况")]
    [InlineData("未发生行政诉讼败诉")]
    [InlineData("未发生复议后起诉的案件")]
    [InlineData("无法提供")]
    [InlineData("无。")]
    public void Negated_sentence_other_than_no_review_or_lawsuit_happened_yields_no_claim(string sentence)
    {
        Assert.Empty(NarrativeClaimExtractor.Extract(sentence));
    }

    [Fact]
    public void No_review_or_lawsuit_phrased_with_a_cause_yields_both_zero_claims()
    {
        var claims = NarrativeClaimExtractor.Extract("2022年，我局没有发生因政府信息公开而被申请行政复议或提起行政诉讼的情况。");

        Assert.Equal([(Reviews, 0L), (Lawsuits, 0L)], claims.Select(c => (c.Kind, c.Count)));
    }

    [Fact]
    public void Negation_reaches_only_up_to_a_contrast()
    {
        var claims = NarrativeClaimExtractor.Extract("未发生行政复议，但有行政诉讼1件。");

        Assert.Equal([(Reviews, 0L), (Lawsuits, 1L)], claims.Select(c => (c.Kind, c.Count)));
    }

    [Fact]
    public void Keyword_and_count_in_different_clauses_yield_no_claim()
    {
        Assert.Empty(NarrativeClaimExtractor.Extract("依申请公开工作中收到政府信息公开申请，经审核，共计3件。"));
        Assert.Empty(NarrativeClaimExtractor.Extract("收到政府信息公开申请。3件"));
    }

    [Fact]
    public void Keyword_more_than_forty_characters_before_the_count_yields_no_claim()
    {
        string near = "收到政府信息公开申请" + new string('的', 32) + "3件";
        string far = "收到政府信息公开申请" + new string('的', 33) + "3件";

        Assert.Single(NarrativeClaimExtractor.Extract(near));
        Assert.Empty(NarrativeClaimExtractor.Extract(far));
    }

    [Fact]
    public void Span_form_stops_silently_when_the_destination_is_full()
    {
        const string Text = "共受理政府信息公开申请12件，办理11件；未发生行政复议和行政诉讼。";
        Span<NarrativeClaim> two = stackalloc NarrativeClaim[2];

        int written = NarrativeClaimExtractor.Extract(Text, two);

        Assert.Equal(2, written);
        Assert.Equal(NarrativeClaimExtractor.Extract(Text).AsSpan()[..2].ToArray(), two.ToArray());
        Assert.Equal(0, NarrativeClaimExtractor.Extract(Text, Span<NarrativeClaim>.Empty));
    }

    [Fact]
    public void Text_without_claims_gives_an_empty_array_and_null_is_refused()
    {
        Assert.True(NarrativeClaimExtractor.Extract(string.Empty).IsEmpty);
        Assert.True(NarrativeClaimExtractor.Extract("无。").IsEmpty);
        Assert.Throws<ArgumentNullException>(() => NarrativeClaimExtractor.Extract(null!));
    }

    [Fact]
    public void Span_form_allocates_nothing_on_a_long_real_paragraph()
    {
        // 涞源县 (004), the whole of 一、总体情况, verbatim.
        string paragraph = Reports.Laiyuan[Reports.Laiyuan.IndexOf("一、总体情况", StringComparison.Ordinal)..Reports.Laiyuan.IndexOf("二、主动公开政府信息情况", StringComparison.Ordinal)];
        var destination = new NarrativeClaim[8];
        for (int i = 0; i < 5; i++)
        {
            NarrativeClaimExtractor.Extract(paragraph.AsSpan(), destination);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int written = 0;
        for (int i = 0; i < 1000; i++)
        {
            written = NarrativeClaimExtractor.Extract(paragraph.AsSpan(), destination);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(paragraph.Length > 1000);
        Assert.Equal(3, written);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Random_text_never_throws_and_both_forms_agree_on_claims_within_the_text()
    {
        string[] pieces =
        [
            "收到", "受理", "办理", "办结", "答复", "申请", "申请人", "公开", "依申请公开", "政府信息公开申请", "事项",
            "件", "项", "起", "条", "余", "约", "第", "左右", "未发生", "没有", "无", "不", "行政复议", "行政诉讼", "诉讼",
            "起诉", "复议", "的", "和", "、", "，", ",", "。", "；", "\n", "\t", " ", "%", ".", "0", "7", "12", "2022年",
            "99999999999999999999", "９", "零", "〇", "一", "两", "十", "二十", "一百零五", "万", "千", "百", "因", "而", "但",
        ];
        var random = new Random(20230115);
        var destination = new NarrativeClaim[256];
        for (int iteration = 0; iteration < 3000; iteration++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(0, 40);
            for (int i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            string text = builder.ToString();
            var claims = NarrativeClaimExtractor.Extract(text);
            int written = NarrativeClaimExtractor.Extract(text.AsSpan(), destination);
            var all = destination.AsSpan(0, written).ToArray();
            var one = new NarrativeClaim[1];
            int prefix = NarrativeClaimExtractor.Extract(text.AsSpan(), one);

            Assert.Equal(claims.ToArray(), all);
            Assert.Equal(claims.Take(1).ToArray(), one.AsSpan(0, prefix).ToArray());
            foreach (var claim in claims)
            {
                Assert.True(claim.Count >= 0 && claim.Start >= 0 && claim.Length > 0 && claim.Start + claim.Length <= text.Length, text);
            }

            Assert.Equal(claims.OrderBy(c => c.Start).ThenBy(c => c.Length).ToArray(), claims.ToArray());
        }
    }

    private static string[] SplitSentences(string text) =>
        text.Split(['。', '；', ';', '！', '？', '!', '?', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static string SentenceAround(string text, int index)
    {
        char[] breaks = ['。', '；', ';', '！', '？', '!', '?', '\n', '\r', '\t'];
        int start = text.LastIndexOfAny(breaks, index) + 1;
        int end = text.IndexOfAny(breaks, index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static string? FindSharedReports()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "reports");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The three real reports of <c>shared/reports</c>, verbatim (tabs, blank lines and trailing spaces kept).</summary>
    private static class Reports
    {
        internal static (string Name, string Text)[] All => [("000", Lingqiu), ("002", Yanshi), ("004", Laiyuan)];

        /// <summary><c>000_f5661558df620322.txt</c>: 灵丘县武灵镇 2022.</summary>
        internal const string Lingqiu = """
灵丘县武灵镇2022年度政府信息

公开工作报告
2022年，灵丘县武灵镇围绕《政府信息公开条例》《山西省2022年政务公开工作要点》要求，全面加强组织领导，不断健全制度机制、进一步强化目标考核，创新公开方式，拓展信息公开的深度和广度，统筹推进政府信息公开工作，有效发挥了政府信息公开对建设法治政府、透明政府、创新政府、廉洁政府的促进作用，切实保障了公众的知情权、参与权和监督权。

一、总体情况
（一）主动公开方面
以县政府门户网站为平台，以政府信息公开专栏为依托，扩大信息公开范围，细化信息公开内容，积极与全县广大群众进行互动，有效满足群众的政府信息需求。2022年，灵丘县武灵镇通过政府门户网站方式公开政府信息2条。
（二）依申请公开方面
按照新《条例》要求，全面加强政府信息依申请公开制度建设，依法依规满足申请人获取政府信息的需求。制订完善《武灵镇政府信息依申请公开工作制度》，完善依申请公开流程，按照登记、受理、补正、征求意见、提出办理意见、作出决定、报批、送达严格执行，提高了政府工作透明度，充分发挥政府信息对人民群众生产、生活和经济社会活动的服务作用。2022年共依法依规办理依申请公开4件。

（三）政府信息管理方面
按照新《条例》要求，全面加强政府信息依申请公开制度建设，依法依规满足申请人获取政府信息的需求。制订《武灵镇政府信息依申请公开工作制度》，完善依申请公开流程，按照登记、受理、补正、征求意见、提出办理意见、作出决定、报批、送达严格执行，提高了政府工作透明度，充分发挥政府信息对人民群众生产、生活和经济社会活动的服务作用。按照《山西省2022年政务公开工作要点》文件精神，镇政府多次召开会议深入学习、安排部署2022年政务公开工作，根据职责分工，对各项工作任务进行了责任分解，明确了具体责任单位，目前按照文件要求，高质量、高标准完成了2022年政务信息公开工作任务。
（四）舆情回应方面
根据国务院办公厅《关于在政务公开工作中进一步做好政务舆情回应的通知》和省、市关于建立政务公开舆情回应制度的要求，完善了政务舆情收集、报告、回应等机制，明确了回应主体责任。影响重大的政务舆情，24 小时内回应，其余在48小时内回应，并跟进发布权威信息和调查结果。按照属地管理、分级负责、谁主管谁负责的原则，压实舆情处置回应责任，严格要求涉事部门单位对省、市下发的政务舆情处置转办单，做到及时调查处置，并按时反馈回应情况。

（二）主动公开政府信息情况。
	第二十条第（一）项

	信息内容
	本年制发件数
	本年废止件数
	现行有效件数

	规章
	0
	0
	0

	规范性文件
	0
	0
	0

	第二十条第（五）项

	信息内容
	本年处理决定数量

	行政许可
	0

	第二十条第（六）项

	信息内容
	本年处理决定数量

	行政处罚
	0

	行政强制
	0

	第二十条第（八）项

	信息内容
	本年处理决定数量

	行政事业性收费
	0


（三）收到和处理政府信息公开申请情况。

	（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
	申请人情况

	
	自然人
	法人或其他组织
	总计

	
	
	商业企业
	科研机构
	社会公益组织
	法律服务机构
	其他
	

	一、本年新收政府信息公开申请数量
	0
	0
	0
	0
	0
	0
	0

	二、上年结转政府信息公开申请数量
	0
	0
	0
	0
	0
	0
	0

	三、本年度办理结果
	（一）予以公开
	0
	0
	0
	0
	0
	0
	0

	
	（二）部分公开（区分处理的，只计这一情形，不计其他情形）
	4
	0
	0
	0
	0
	0
	4

	
	（三）不予公开
	1.属于国家秘密
	0
	0
	0
	0
	0
	0
	0

	
	
	2.其他法律行政法规禁止公开
	0
	0
	0
	0
	0
	0
	0

	
	
	3.危及“三安全一稳定”
	0
	0
	0
	0
	0
	0
	0

	
	
	4.保护第三方合法权益
	0
	0
	0
	0
	0
	0
	0

	
	
	5.属于三类内部事务信息
	0
	0
	0
	0
	0
	0
	0

	
	
	6.属于四类过程性信息
	0
	0
	0
	0
	0
	0
	0

	
	
	7.属于行政执法案卷
	0
	0
	0
	0
	0
	0
	0

	
	
	8.属于行政查询事项
	0
	0
	0
	0
	0
	0
	0

	
	（四）无法提供
	1.本机关不掌握相关政府信息
	0
	0
	0
	0
	0
	0
	0

	
	
	2.没有现成信息需要另行制作
	0
	0
	0
	0
	0
	0
	0

	
	
	3.补正后申请内容仍不明确
	0
	0
	0
	0
	0
	0
	0

	
	（五）不予处理
	1.信访举报投诉类申请
	0
	0
	0
	0
	0
	0
	0

	
	
	2.重复申请
	0
	0
	0
	0
	0
	0
	0

	
	
	3.要求提供公开出版物
	0
	0
	0
	0
	0
	0
	0

	
	
	4.无正当理由大量反复申请
	0
	0
	0
	0
	0
	0
	0

	
	
	5.要求行政机关确认或重新出具已获取信息
	0
	0
	0
	0
	0
	0
	0

	
	（六）其他处理
	1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
	0
	0
	0
	0
	0
	0
	0

	
	
	2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
	0
	0
	0
	0
	0
	0
	0

	
	
	3.其他
	0
	0
	0
	0
	0
	0
	0

	
	（七）总计
	0
	0
	0
	0
	0
	0
	0

	四、结转下年度继续办理
	0
	0
	0
	0
	0
	0
	0


四、政府信息公开工作被申请行政复议、提起行政诉讼情况

	行政复议
	行政诉讼

	结果维持
	结果纠正
	其他结果
	尚未审结
	总计
	未经复议直接起诉
	复议后起诉

	
	
	
	
	
	结果维持
	结果纠正
	其他结果
	尚未审结
	总计
	结果维持
	结果纠正
	其他结果
	尚未审结
	总计

	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0


五、存在的主要问题及改进情况。

一是对《中华人民共和国政府信息公开条例》及上级关于政府信息公开文件会议精神学习宣传贯彻不够深入、透彻。今后将加强《条例》的组织学习，深刻领会政府信息公开的要求和原则，认真梳理我镇政务公开事项，编制更加科学规范的公开目录。
二是政务公开内容不够全面，重点不够突出，对相关制度和程序还不尽规范。今后将进一步按需求导向丰富政务公开内容，着力抓好与民生发展密切相关的政务公开，保证公开信息的完整性和准确性，确保政府信息公开工作按照既定工作程序高效运作。

三是政务公开长效机制有待进一步完善，现有制度执行力度有待加强。今后将进一步完善政府信息公开长效工作机制，将主动公开政府信息工作与日常业务工作紧密结合，明确专人负责政府信息和政务公开工作，围绕群众关注热点加大信息公开力度，提高群众知晓率和支持度。

六、其他需要报告的事项。

无。

                   武灵镇人民政府   

2023年1月15日  

""";

        /// <summary><c>002_add83202405f82f7.txt</c>: 偃师区缙氏镇 2022.</summary>
        internal const string Yanshi = """




偃师区缙氏镇人民政府

2022年政府信息公开工作年度报告

一、总体情况

2022年，我镇认真贯彻落实新《中华人民共和国政府信息公开条例》等文件要求，紧紧围绕发展大局，结合各项中心工作，严格遵循“以公开为原则，不公开为例外”的要求，有力推动我镇信息公开纵深开展，切实保障人民群众对政府工作的知情权、参与权、表达权和监督权。

（一）主动公开。我镇积极落实政府信息公开工作要求，围绕工作动态、领导分工、公告通告、规章制度等涉及群众切身利益和社会需要广泛知晓的内容，做到应公开、尽公开。2022年信息公开目录信息更新164条。

（二）依申请公开。我镇认真贯彻落实《国务院办公厅关于做好政府信息依申请公开工作的意见》，深入研究并妥善处理新情况、新问题，注意加强与申请人的主动沟通，做到依法有据、严谨规范、慎重稳妥。积极做好信息公开的各项工作，严格执行政府工作信息依申请公开标准，继续在信息公开网上开通了“依申请公开”栏目。2022年我镇收到依申请公开申请事项0件。

（三）政府信息管理。一是加强组织领导，建立了镇主要领导亲自抓、分管领导具体抓、具体工作专人干的工作机制，安排专人负责全镇信息公开维护和更新，并认真做好年度报告编制、

年度信息公开统计报表和政府网站年度报表等数据统计和报送工作。二是完善工作机制，围绕政府信息公开的范围、内容、形式等，建立健全信息公开审核、保密安全制度，要求遵循“谁公开、谁负责”和“先审查、后公开”的原则，对拟公开的信息均应进行逐级审核，确保内容准确、表述规范，可公开，做到有据可查。

（四）平台建设方面。一是定期安排网站平台的维护、更新，配合做好上级安全评估和审查。2022年上级安全检测评估未发现问题。二是及时调整政务公开目录。根据《关于做好政府信息主动公开目录调整工作的通知》的要求，我镇在原有《政府信息主动公开基本目录》基础上，对照政府信息主动公开基本目录规范2022年版，认真编制调整、规范完善主动公开基本目录。

（五）监督保障方面。2022年我镇建立健全政务公开责任、审议、评议、反馈、备案和监督、保密审查等多种制度。

二、主动公开政府信息情况

第二十条第（一）项			
信息内容	本年制发件数	本年度止件数	现行有效件数
规章	0	0	0
规范性文件	0	0	0
第二十条第（五）项			
信息内容	本年处理决定数量		
行政许可	0		

第二十条第（六）项	
信息内容	本年处理决定数量
行政处罚	0
行政强制	0
第二十条第（八）项	
信息内容	本年收费金额（单位：万元）
行政事业性收费	0

三、收到和处理政府信息公开申请情况

		申请人情况						总计	
		自然人	法人或其他组织						
			商业企业	科研机构	社会公益组织	法律服务机构	其他		
一、本年新收政府信息公开申请数量		0	0	0	0	0	0	0	
二、上年结转政府信息公开申请数量		0	0	0	0	0	0	0	
三、本年度办理结果	(一) 予以公开	0	0	0	0	0	0	0	
	(二) 部分公开（区分处理的，只计这一情形，不计其他情形）	0	0	0	0	0	0	0	
	(三) 不予公开	1. 属于国家秘密	0	0	0	0	0	0	0
		2. 其他法律行政法规禁止公开	0	0	0	0	0	0	0
3. 危及“三安全一稳定”		0	0	0	0	0	0	0	

	4. 保护第三方合法权益	0	0	0	0	0	0	0
	5. 属于三类内部事务信息	0	0	0	0	0	0	0
	6. 属于四类过程性信息	0	0	0	0	0	0	0
	7. 属于行政执法案卷	0	0	0	0	0	0	0
	8. 属于行政查询事项	0	0	0	0	0	0	0
(四) 无法提供	1. 本机关不掌握相关政府信息	0	0	0	0	0	0	0
	2. 没有现成信息需要另行制作	0	0	0	0	0	0	0
	3. 补正后申请内容仍不明确	0	0	0	0	0	0	0
(五) 不予处理	1. 信访举报投诉类申请	0	0	0	0	0	0	0
	2. 重复申请	0	0	0	0	0	0	0
	3. 要求提供公开出版物	0	0	0	0	0	0	0
	4. 无正当理由大量反复申请	0	0	0	0	0	0	0
	5. 要求行政机关确认或重新出具已获取信息	0	0	0	0	0	0	0

(六) 其他处理	1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请	0	0	0	0	0	0	0
	2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请	0	0	0	0	0	0	0
	3、其他	0	0	0	0	0	0	0
(七) 总计			0	0	0	0	0	0
四、结转下年度继续办理		0	0	0	0	0	0	0

四、政府信息公开行政复议、行政诉讼情况

行政复议					行政诉讼									
结果维持	结果纠正	其他结果	尚未审结	总计	未经复议直接起诉					复议后起诉				
					结果维持	结果纠正	其他结果	尚未审结	总计	结果维持	结果纠正	其他结果	尚未审结	总计
0	0	0	0	0	0	0	0	0	0	0	0	0	0	0

五、存在的主要问题及改进情况

2022年，我镇的政务公开工作虽然取得了一些成绩，但仍存在着一些问题，一是工作机制还不够完善，信息发布、公众互动和政务公开队伍建设等机制需在工作实践中不断地完善；二是信息发布不够全面，目前我镇政务公开平台主要发布中心工作的信息，其他政务信息收集较为困难，公开工作显得乏力；三是配备的人员工作时间无法保障，虽有专人负责政务公开工作，但是工

作人员身兼数职，无法投入更多时间到这项作中去，导致公开不及时不全面。

下一步，我镇将进一步完善政务公开工作相关机制，强化业务人员的工作能力培训，加强政务公开管理，提升网站的传播力、引导力、影响力、公信力，切实抓好政务公开工作。

六、其他需要报告的事项

按照《政府信息公开信息处理费管理办法》规定，2022年我单位未收取政府信息公开处理费。
""";

        /// <summary><c>004_b5fe446b3f679b76.txt</c>: 涞源县 2022.</summary>
        internal const string Laiyuan = """
涞源县2022年政府信息公开工作年度报告

2022年，在市委、市政府和县委的正确领导下，按照《中华人民共和国政府信息公开条例》规定，严格贯彻落实国家、省、市各项文件要求，涞源县全面推进政务公开各项工作，不断完善政务公开制度，建立健全政府信息公开保障机制。同时，进一步加强政府门户网站建设，统筹推进政府微博、政府微信公众平台等新媒体建设，着力提升信息公开质量，信息公开工作取得了一定成效。
一、总体情况
2022年，全县各乡镇、县直各部门严格按照《中华人民共和国政府信息公开条例》（以下简称《条例》）和国家、省、市有关要求，围绕各分管领域相关工作，持续加大主动公开政府信息力度，信息公开的内容更加充实、质量不断提高，公民、法人和其他组织获取政府信息的渠道得到不断扩展。
（一）主动公开政府信息
2022年，全县各部门、各乡镇要必须按照规定，抓重点促深化，持续推进重点领域信息公开的广度和深度，强化对重大决策信息、权责清单、政策解读，各类规划信息、市场管理信息、财政信息、涉疫相关信息、重大建设项目、公共资源配置等方面的公开力度。对照《保定市人民政府关于转发<2022年度政务公开第三方评估指标体系>的通知》要求，对政务公开各项工作进行全面梳理。共向保定市政府网站主动提供县域信息120余条，组织各乡镇、各部门在涞源政府信息公开平台主动公开政府信息1600余条，在县政府门户网站公开各类政府信息1700余条，利用涞源政府微博、涞源微讯推送各类信息680余条，图片160余幅。政府信息的及时公开，有效丰富了公民、法人或其他组织对政府信息的需求。
（二）依申请公开情况及行政复议
按照《中华人民共和国政府信息公开条例》，建立完善了公开制度，明确了依申请公开的受理机构和受理流程，具备了按规定程序受理、审核、处理和答复依申请公开政府信息能力。2022年，接到依申请公开事项1项，并在第一时间严格按照有关规定和法律程序向申请人进行了合理答复。
2022年，全县未发生针对政府信息公开事务的行政复议申请、申诉和行政诉讼案件。
（三）政府信息管理方面
[bookmark: _GoBack]进一步完善主动公开、依申请公开、信息保密审查以及考核和责任追究等制度，建立健全信息公开保障机制。各乡镇和各部门严格依照《条例》和《中华人民共和国保守国家秘密法》有关规定，完善政府信息主动公开工作流程，使信息及时、准确、规范上传，保证了政务公开工作扎实高效开展。
（四）政府信息公开平台建设方面
持续加强政府门户网站和信息公开平台的建设和管理力度，凡属于需要社会公众广泛知晓的政府信息，都在第一时间在网站发布和更新。严格按照国家、省、市有关要求，按时完成政府网站IPV6建设改造。按照《中华人民共和国政府信息公开条例》《保定市2022年政务公开工作要点及分工方案》有关要求，对照《2022年政务公开第三方评估指标》持续推进各乡镇、各部门严格主动公开、依申请公开、政策解读、舆情回应、新媒体建设等方面的工作。严把公开内容和项目关，加强内容审核、保证及时更新，对网站和政务新媒体定期开展读网自查，做到发现问题及时整改。
二、主动公开政府信息情况
	第二十条第（一）项

	信息内容
	本年制发件数
	本年废止件数
	现行有效件数

	规章
	0
	0
	0

	行政规范性文件
	4
	0
	7

	第二十条第（五）项

	信息内容
	本年处理决定数量

	行政许可
	9570

	第二十条第（六）项

	信息内容
	本年处理决定数量

	行政处罚
	2546

	行政强制
	198

	第二十条第（八）项

	信息内容
	本年收费金额（单位：万元）

	行政事业性收费
	1835



三、收到和处理政府信息公开申请情况
	（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
	申请人情况

	
	自然人
	法人或其他组织
	总计

	
	
	商业企业
	科研机构
	社会公益组织
	法律服务机构
	其他
	

	一、本年新收政府信息公开申请数量
	6
	0
	0
	1
	0
	0
	7

	二、上年结转政府信息公开申请数量
	0
	0
	0
	0
	0
	0
	0

	三、本年度办理结果
	（一）予以公开
	6
	0
	0
	1
	0
	0
	7

	
	（二）部分公开（区分处理的，只计这一情形，不计其他情形）
	0
	0
	0
	0
	0
	0
	0

	
	（三）不予公开
	1.属于国家秘密
	0
	0
	0
	0
	0
	0
	0

	
	
	2.其他法律行政法规禁止公开
	0
	0
	0
	0
	0
	0
	0

	
	
	3.危及“三安全一稳定”
	0
	0
	0
	0
	0
	0
	0

	
	
	4.保护第三方合法权益
	0
	0
	0
	0
	0
	0
	0

	
	
	5.属于三类内部事务信息
	0
	0
	0
	0
	0
	0
	0

	
	
	6.属于四类过程性信息
	0
	0
	0
	0
	0
	0
	0

	
	
	7.属于行政执法案卷
	0
	0
	0
	0
	0
	0
	0

	
	
	8.属于行政查询事项
	0
	0
	0
	0
	0
	0
	0

	
	（四）无法提供
	1.本机关不掌握相关政府信息
	0
	0
	0
	0
	0
	0
	0

	
	
	2.没有现成信息需要另行制作
	0
	0
	0
	0
	0
	0
	0

	
	
	3.补正后申请内容仍不明确
	0
	0
	0
	0
	0
	0
	0

	
	（五）不予处理
	1.信访举报投诉类申请
	0
	0
	0
	0
	0
	0
	0

	
	
	2.重复申请
	0
	0
	0
	0
	0
	0
	0

	
	
	3.要求提供公开出版物
	0
	0
	0
	0
	0
	0
	0

	
	
	4.无正当理由大量反复申请
	0
	0
	0
	0
	0
	0
	0

	
	
	5.要求行政机关确认或重新出具已获取信息
	0
	0
	0
	0
	0
	0
	0

	
	（六）其他处理
	0
	0
	0
	0
	0
	0
	0

	
	（七）总计
	6
	0
	0
	1
	0
	0
	7

	四、结转下年度继续办理
	0
	0
	0
	0
	0
	0
	0


四、政府信息公开行政复议、行政诉讼情况

	行政复议
	行政诉讼

	结果维持
	结果纠正
	其他结果
	尚未审结
	总计
	未经复议直接起诉
	复议后起诉

	
	
	
	
	
	结果维持
	结果纠正
	其他结果
	尚未审结
	总计
	结果维持
	结果纠正
	其他结果
	尚未审结
	总计

	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0
	0


五、存在的主要问题及改进情况
2023年，我们将采取有效措施积极改进,严格按照《条例》规定和省、市有关要求，不断提升公开质量，切实加大公开力度。1.明确目标任务，突出工作重点。不断推进基层政务公开标准化、规范化建设，认真制定2023年全县政务公开工作计划，使我县信息公开工作更加制度化、规范化，为我县经济社会发展发挥更大作用。2.抓好公开载体，创新公开形式。不断创新政府信息公开工作的新形式、新途径、新方法，充分发挥政务微博、政府网站、政务微信平台等媒体作用，规范完善公开内容，增强信息公开的实效性。3.突破难点重点，深化公开内容。持续加大对热点关注、政策解读栏目的公开力度；继续抓好主动公开和依申请公开工作，规范公开的内容、时限和程序，提高公开水平。扎实做好政务服务和“互联网+政务服务”有关工作。4.加强宣传培训，增强公开意识。通过举办业务培训班和召开协调会的形式，对县直各部门、各乡（镇）的分管领导和信息公开专门人员进行相关业务培训、指导，切实提高政务公开队伍的业务能力。
六、其他需要报告的事项
认真贯彻执行国务院办公厅《政府信息公开信息处理费管理办法》和《关于政府信息公开处理费管理有关事项的通知》。2022年我县各单位未收取信息处理费。


""";
    }
}
