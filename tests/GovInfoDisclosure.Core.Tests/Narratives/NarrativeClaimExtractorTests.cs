using System.Collections.Immutable;
using GovInfoDisclosure.Core.Narratives;
using GovInfoDisclosure.Core.Tests.Support;

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
    public void Fixture_reports_are_verbatim_copies_of_the_published_reports_when_these_are_at_hand()
    {
        string? directory = FindSharedReports();
        if (directory is null)
        {
            return; // The published files live outside the repository (beside it in CI); the fixtures are the copies.
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
        { "本年度共收到3件的政府信息公开申请。", Received, 3 },
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
        { "全年没有行政诉讼。", Lawsuits, 0 },
        { "全年未发生有关政府信息公开的行政复议。", Reviews, 0 },
        { "共收到2022年1月至12月的政府信息公开申请36件。", Received, 36 },
        { "共受理政府信息公开申请12件 。", Received, 12 },
        { "收到关于政府信息公开的3件申请。", Received, 3 },
        { "全年收到公开申请3件。", Received, 3 },
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
    [InlineData("因政府信息公开提起行政复议申请、行政诉讼各0件", 0)]
    [InlineData("复议、诉讼均为0件。", 0)]
    public void Review_and_lawsuit_given_one_count_for_each_yield_a_claim_for_each(string sentence, long count)
    {
        var claims = NarrativeClaimExtractor.Extract(sentence);

        Assert.Equal([(Reviews, count), (Lawsuits, count)], claims.Select(c => (c.Kind, c.Count)));
        // Each claim's matched text runs from its term to the shared count and unit, which a finding points at.
        Assert.All(claims, c => Assert.EndsWith($"{count}件", sentence.Substring(c.Start, c.Length), StringComparison.Ordinal));
    }

    [Theory]

    // A city's report: review cases filed for the record (备案) across the city, not the cases where the reporting
    // bodies were respondents; the second clause continues the same enumeration.
    [InlineData("全市全年备案政府信息依申请公开领域行政复议案件134件，行政诉讼案件57件。")]
    [InlineData("全市全年备案政府信息依申请公开领域行政复议案件134件")]
    [InlineData("全市全年备案政府信息依申请公开领域行政复议、行政诉讼案件各10件。")]
    [InlineData("全市全年备案政府信息依申请公开领域行政复议案件134件，未发生行政诉讼案件。")]
    [InlineData("全市全年备案政府信息依申请公开领域行政诉讼案件57件，未发生行政复议案件。")]
    [InlineData("2022年全市行政复议案件备案情况：行政复议134件，行政诉讼57件。")]
    [InlineData("全年备案依申请公开申请5件")]

    // The body acting as the reviewer: cases it received, handled or heard, and the enumeration that goes on.
    [InlineData("市政府作为复议机关，全年共受理政府信息公开类行政复议案件20件，行政诉讼案件3件。")]
    [InlineData("全年共受理行政复议案件20件、行政诉讼案件3件。")]
    [InlineData("依法办理政府信息公开行政复议案件56件，未发生行政诉讼。")]
    [InlineData("审理政府信息公开行政复议案件12件，行政诉讼案件2件。")]
    [InlineData("全年审理诉讼案件2件。")]
    [InlineData("依法办理政府信息公开行政复议案件56件未发生行政诉讼。")]
    public void A_case_count_that_counts_another_concept_yields_no_claim(string sentence)
    {
        Assert.Empty(NarrativeClaimExtractor.Extract(sentence));
    }

    [Theory]

    // The body's own cases, in a sentence of their own after the filings: still claims.
    [InlineData("全市全年备案政府信息依申请公开领域行政复议案件134件，行政诉讼案件57件。本机关被申请行政复议2件，被提起行政诉讼1件。", 2L, 1L)]

    // 平潭综合实验区 2023: 因政府信息公开引起的 cases, after 办结 (applications handled) in another sentence.
    [InlineData("办结依申请公开81件，其中：不予处理1件，占1.23%；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。", 2L, 7L)]

    // 备案 of normative documents, or 办理/受理 of applications, in an earlier clause: not a count of cases.
    [InlineData("规范性文件全部按要求报送备案，全年被申请行政复议1件，被提起行政诉讼0件。", 1L, 0L)]
    [InlineData("全年共受理政府信息公开申请20件，被申请行政复议3件，行政诉讼案件1件。", 3L, 1L)]

    // Review and lawsuit terms before 办理 in an earlier clause (who handles the body's cases), not after it: still claims.
    [InlineData("涉及政府信息公开的行政复议、行政诉讼案件均由法制科办理，全年被申请行政复议2件，被提起行政诉讼1件。", 2L, 1L)]
    [InlineData("行政复议和行政诉讼的应诉工作由法制科办理，全年未发生行政复议和行政诉讼。", 0L, 0L)]
    public void Next_to_a_count_of_another_concept_the_bodys_own_cases_still_yield_claims(string text, long reviews, long lawsuits)
    {
        var claims = NarrativeClaimExtractor.Extract(text);

        Assert.Equal([(Reviews, reviews), (Lawsuits, lawsuits)], claims.Where(c => c.Kind is Reviews or Lawsuits).Select(c => (c.Kind, c.Count)));
    }

    [Fact]
    public void A_no_case_statement_after_applications_handled_still_yields_its_claim()
    {
        var claims = NarrativeClaimExtractor.Extract("依法办理政府信息公开申请56件，未发生行政诉讼。");

        Assert.Equal([(Handled, 56L), (Lawsuits, 0L)], claims.Select(c => (c.Kind, c.Count)));
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
    [InlineData("收到政府信息公开申请约 10件")]
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
    [MemberData(nameof(RangeMarks))]
    public void Count_at_the_end_of_a_range_yields_no_claim(char between)
    {
        // 3-5件, 3至5件, 三到五件 …: how many is not said.
        Assert.Empty(NarrativeClaimExtractor.Extract($"收到政府信息公开申请3{between}5件"));
        Assert.Empty(NarrativeClaimExtractor.Extract($"收到政府信息公开申请三{between}五件"));
    }

    public static TheoryData<char> RangeMarks => [.. "-~～—－–至到或、/"];

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

    // A figure that counts something else between the term and the count: the count is of those (a part), not all.
    [InlineData("收到2个部门转来的政府信息公开申请5件")]

    // Any figure but a date there (5G) qualifies the applications counted: a part again.
    [InlineData("收到关于5G基站的政府信息公开申请3件")]

    // About disclosure, but not applications (申请人 is the applicant, not an application).
    [InlineData("收到政府信息公开工作意见建议3件。")]
    [InlineData("收到申请人关于政府信息公开的意见3件。")]
    [InlineData("收到政府信息公开申诉3件。")]

    // "Each" after two terms that are not joined (后 is not 、和及与或), or whose first term is not a review or a lawsuit:
    // what the count is each of is not said.
    [InlineData("行政复议后行政诉讼各1件")]
    [InlineData("收到申请和行政诉讼各2件")]

    // Review applications received (收到) are the reviewer's, as with 受理: the pair after them is not the body's own cases.
    [InlineData("收到行政复议申请、行政诉讼各1件")]
    [InlineData("收到行政复议申请3件")]
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
    [InlineData("未发生三件以上的行政诉讼")]
    [InlineData("未发生3件以上的行政诉讼")]
    [InlineData("未发生十一件以上的行政诉讼")]

    // 未 or 没 alone is not one of the negation words (没有发生, 未发生, 没有, 无): what did not happen is not said of the body.
    [InlineData("申请人未起诉")]
    [InlineData("申请人没起诉")]
    [InlineData("无法提供")]
    [InlineData("无。")]

    // 没有 or 无 right before anything but a term negates that, not the case the clause names later.
    [InlineData("因没有按时答复被提起行政诉讼1件")]
    [InlineData("申请人以无法提供为由提起行政诉讼1件")]
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

    public static TheoryData<string, NarrativeClaimKind[], string[]> NegatedTerms => new()
    {
        // The lawsuit named first: its claim comes first.
        { "全年未发生行政诉讼和行政复议。", [Lawsuits, Reviews], ["未发生行政诉讼", "未发生行政诉讼和行政复议"] },

        // Bare terms, the second one ending the clause.
        { "全年未发生复议和诉讼。", [Reviews, Lawsuits], ["未发生复议", "未发生复议和诉讼"] },

        // Each negation of a clause yields its own claim.
        { "全年未发生行政复议也未发生行政诉讼。", [Reviews, Lawsuits], ["未发生行政复议", "未发生行政诉讼"] },

        // A second review term is no lawsuit.
        { "全年未发生行政复议申请和行政复议案件。", [Reviews], ["未发生行政复议"] },
    };

    [Theory]
    [MemberData(nameof(NegatedTerms))]
    public void Negated_terms_yield_zero_claims_in_text_order_each_over_its_matched_text(
        string sentence, NarrativeClaimKind[] kinds, string[] matched)
    {
        var claims = NarrativeClaimExtractor.Extract(sentence);

        Assert.Equal(
            kinds.Zip(matched, (kind, text) => (kind, 0L, text)),
            claims.Select(c => (c.Kind, c.Count, sentence.Substring(c.Start, c.Length))));
    }

    [Theory]
    [MemberData(nameof(CountedMeasures))]
    public void Negation_ends_at_a_Chinese_numeral_that_counts_something(char measure)
    {
        // 未发生三件以上的行政诉讼: not more than three, so some may have happened. Only 一 keeps it (未发生一起: not one).
        Assert.Empty(NarrativeClaimExtractor.Extract($"未发生三{measure}以上的行政诉讼"));
        Assert.Single(NarrativeClaimExtractor.Extract($"未发生一{measure}行政诉讼"));
    }

    public static TheoryData<char> CountedMeasures => [.. "件项条个次篇人名份起宗家批类户期幅张部余多%％亿"];

    [Fact]
    public void Negation_reaches_only_up_to_a_contrast()
    {
        var claims = NarrativeClaimExtractor.Extract("未发生行政复议，但有行政诉讼1件。");

        Assert.Equal([(Reviews, 0L), (Lawsuits, 1L)], claims.Select(c => (c.Kind, c.Count)));
    }

    [Theory]
    [InlineData('但')]
    [InlineData('却')]
    [InlineData('仅')]
    [InlineData('只')]
    [InlineData('另')]
    [InlineData('而')]
    public void Negation_does_not_reach_past_a_contrast_in_the_same_clause(char contrast)
    {
        // No lawsuit is said to be 0; the count after the negation is not read either (a clause with a negation).
        var claim = Assert.Single(NarrativeClaimExtractor.Extract($"未发生行政复议{contrast}行政诉讼1件。"));

        Assert.Equal((Reviews, 0L), (claim.Kind, claim.Count));
    }

    [Fact]
    public void Keyword_and_count_in_different_clauses_yield_no_claim()
    {
        Assert.Empty(NarrativeClaimExtractor.Extract("依申请公开工作中收到政府信息公开申请，经审核，共计3件。"));
        Assert.Empty(NarrativeClaimExtractor.Extract("收到政府信息公开申请。3件"));
        Assert.Empty(NarrativeClaimExtractor.Extract("收到政府信息公开申请！3件"));
        Assert.Empty(NarrativeClaimExtractor.Extract("收到政府信息公开申请\u20283件"));

        // An ASCII comma ends a clause unless digits stand on both sides of it (1,200): one before a figure still does.
        Assert.Empty(NarrativeClaimExtractor.Extract("收到政府信息公开申请,3件"));
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
    public void Case_term_more_than_ten_characters_before_the_count_yields_no_claim()
    {
        // Between a review or lawsuit term and its count only words such as 案件, 申请, 的, 共计, 数量 may stand, ten at most.
        const string Near = "行政复议案件的申请数量共计为1件";
        const string Far = "行政复议案件的申请数量总共计为1件";

        var claim = Assert.Single(NarrativeClaimExtractor.Extract(Near));
        Assert.Equal((Reviews, 1L, Near), (claim.Kind, claim.Count, Near.Substring(claim.Start, claim.Length)));
        Assert.Empty(NarrativeClaimExtractor.Extract(Far));
    }

    [Theory]
    [InlineData("行政诉讼1件")]
    [InlineData("行政复议0件。")]
    public void Claim_at_the_start_of_the_text_locates_its_whole_term(string sentence)
    {
        var claim = Assert.Single(NarrativeClaimExtractor.Extract(sentence));

        Assert.Equal(0, claim.Start);
        Assert.Equal(sentence.TrimEnd('。'), sentence.Substring(claim.Start, claim.Length));
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
        int written = 0;

        long allocated = Allocations.Fewest(() => written = NarrativeClaimExtractor.Extract(paragraph.AsSpan(), destination));

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

    /// <summary>The three real reports of <c>shared/reports</c>, copied verbatim into <c>Fixtures/reports</c>.</summary>
    private static class Reports
    {
        internal static (string Name, string Text)[] All => [("000", Lingqiu), ("002", Yanshi), ("004", Laiyuan)];

        /// <summary><c>000_f5661558df620322.txt</c>: 灵丘县武灵镇 2022.</summary>
        internal static string Lingqiu { get; } = Load("000_f5661558df620322.txt");

        /// <summary><c>002_add83202405f82f7.txt</c>: 偃师区缙氏镇 2022.</summary>
        internal static string Yanshi { get; } = Load("002_add83202405f82f7.txt");

        /// <summary><c>004_b5fe446b3f679b76.txt</c>: 涞源县 2022.</summary>
        internal static string Laiyuan { get; } = Load("004_b5fe446b3f679b76.txt");

        private static string Load(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reports", name));
    }
}
