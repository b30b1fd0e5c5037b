namespace GovInfoDisclosure.Core.Tests.Series;

/// <summary>
/// Texts of 五、存在的主要问题及改进情况 as real reports word them (the first three from ../shared/reports), and edits of
/// them: the evidence for the GID303 measure and threshold.
/// </summary>
public static class ProblemTexts
{
    /// <summary>A township's 2022 text (../shared/reports/000_*.txt).</summary>
    public const string Township2022 =
        "一是对《中华人民共和国政府信息公开条例》及上级关于政府信息公开文件会议精神学习宣传贯彻不够深入、透彻。今后将加强《条例》的组织学习，深刻领会政府信息公开的要求和原则，认真梳理我镇政务公开事项，编制更加科学规范的公开目录。"
        + "二是政务公开内容不够全面，重点不够突出，对相关制度和程序还不尽规范。今后将进一步按需求导向丰富政务公开内容，着力抓好与民生发展密切相关的政务公开，保证公开信息的完整性和准确性，确保政府信息公开工作按照既定工作程序高效运作。"
        + "三是政务公开长效机制有待进一步完善，现有制度执行力度有待加强。今后将进一步完善政府信息公开长效工作机制，将主动公开政府信息工作与日常业务工作紧密结合，明确专人负责政府信息和政务公开工作，围绕群众关注热点加大信息公开力度，提高群众知晓率和支持度。";

    /// <summary>The same text copied into the next year's report with a year added and a few words changed.</summary>
    public const string Township2023LightlyEdited =
        "2023年，一是对《中华人民共和国政府信息公开条例》及上级关于政府信息公开文件会议精神学习宣传贯彻还不够深入。今后将加强《条例》的组织学习，深刻领会政府信息公开的要求和原则，认真梳理我乡政务公开事项，编制更加完善的公开目录。"
        + "二是政务公开内容不够全面，重点不够突出，对相关制度和程序还不够规范。今后将进一步按需求导向丰富政务公开内容，着力抓好与群众生活密切相关的政务公开，保证公开信息的完整性和准确性，确保政府信息公开工作按照既定工作程序高效运作。"
        + "三是政务公开长效机制有待进一步完善，现有制度执行力度有待加强。今后将进一步完善政府信息公开长效工作机制，将主动公开政府信息工作与日常业务工作紧密结合，明确专人负责政府信息和政务公开工作，围绕群众关注热点加大信息公开力度，提高群众满意度。";

    /// <summary>The same three points in another order, numbered anew.</summary>
    public const string Township2023Reordered =
        "一是政务公开长效机制有待进一步完善，现有制度执行力度有待加强。今后将进一步完善政府信息公开长效工作机制，将主动公开政府信息工作与日常业务工作紧密结合，明确专人负责政府信息和政务公开工作，围绕群众关注热点加大信息公开力度，提高群众知晓率和支持度。"
        + "二是对《中华人民共和国政府信息公开条例》及上级关于政府信息公开文件会议精神学习宣传贯彻不够深入、透彻。今后将加强《条例》的组织学习，深刻领会政府信息公开的要求和原则，认真梳理我镇政务公开事项，编制更加科学规范的公开目录。"
        + "三是政务公开内容不够全面，重点不够突出，对相关制度和程序还不尽规范。今后将进一步按需求导向丰富政务公开内容，着力抓好与民生发展密切相关的政务公开，保证公开信息的完整性和准确性，确保政府信息公开工作按照既定工作程序高效运作。";

    /// <summary>The next year's text genuinely rewritten by the same township, on the same subject.</summary>
    public const string Township2023Rewritten =
        "2023年，我镇政务公开工作仍存在一些短板：一是基层政务公开标准化规范化建设推进较慢，部分村级公开栏更新不及时；二是政策解读形式较为单一，图解、视频等群众喜闻乐见的解读方式运用不多；三是依申请公开办理人员业务水平参差不齐。"
        + "下一步，我镇将对照上级标准目录逐项完善公开事项，每季度开展一次村务公开栏检查；组织业务骨干参加县级培训，提升依申请公开答复质量；探索运用短视频、微信公众号等方式开展政策解读，增强解读的可读性和传播力。";

    /// <summary>Another township's 2022 text (../shared/reports/002_*.txt).</summary>
    public const string OtherTownship2022 =
        "2022年，我镇的政务公开工作虽然取得了一些成绩，但仍存在着一些问题，一是工作机制还不够完善，信息发布、公众互动和政务公开队伍建设等机制需在工作实践中不断地完善；二是信息发布不够全面，目前我镇政务公开平台主要发布中心工作的信息，其他政务信息收集较为困难，公开工作显得乏力；三是配备的人员工作时间无法保障，虽有专人负责政务公开工作，但是工作人员身兼数职，无法投入更多时间到这项作中去，导致公开不及时不全面。"
        + "下一步，我镇将进一步完善政务公开工作相关机制，强化业务人员的工作能力培训，加强政务公开管理，提升网站的传播力、引导力、影响力、公信力，切实抓好政务公开工作。";

    /// <summary>That township's text copied into 2023 with the year changed only.</summary>
    public const string OtherTownship2023YearOnly =
        "2023年，我镇的政务公开工作虽然取得了一些成绩，但仍存在着一些问题，一是工作机制还不够完善，信息发布、公众互动和政务公开队伍建设等机制需在工作实践中不断地完善；二是信息发布不够全面，目前我镇政务公开平台主要发布中心工作的信息，其他政务信息收集较为困难，公开工作显得乏力；三是配备的人员工作时间无法保障，虽有专人负责政务公开工作，但是工作人员身兼数职，无法投入更多时间到这项作中去，导致公开不及时不全面。"
        + "下一步，我镇将进一步完善政务公开工作相关机制，强化业务人员的工作能力培训，加强政务公开管理，提升网站的传播力、引导力、影响力、公信力，切实抓好政务公开工作。";

    /// <summary>That township's 2023 text rewritten: same problems named, new wording and new measures.</summary>
    public const string OtherTownship2023Rewritten =
        "对照年初确定的目标，今年我镇在政务公开方面还有差距。信息公开的及时性不够，个别涉及惠民资金发放的信息在期限后才上网；栏目内容更新主要依靠党政办一名兼职人员，其他站所报送信息的积极性不高。"
        + "明年将建立站所信息报送台账，实行每月通报；惠民资金信息做到发放后五个工作日内公开；争取增配一名专职信息员，并把公开情况纳入各站所年度考核。";

    /// <summary>A county's text (../shared/reports/004_*.txt), on the same subject.</summary>
    public const string County2022 =
        "2023年，我们将采取有效措施积极改进,严格按照《条例》规定和省、市有关要求，不断提升公开质量，切实加大公开力度。1.明确目标任务，突出工作重点。不断推进基层政务公开标准化、规范化建设，认真制定2023年全县政务公开工作计划，使我县信息公开工作更加制度化、规范化，为我县经济社会发展发挥更大作用。"
        + "2.抓好公开载体，创新公开形式。不断创新政府信息公开工作的新形式、新途径、新方法，充分发挥政务微博、政府网站、政务微信平台等媒体作用，规范完善公开内容，增强信息公开的实效性。3.突破难点重点，深化公开内容。持续加大对热点关注、政策解读栏目的公开力度；继续抓好主动公开和依申请公开工作，规范公开的内容、时限和程序，提高公开水平。扎实做好政务服务和“互联网+政务服务”有关工作。"
        + "4.加强宣传培训，增强公开意识。通过举办业务培训班和召开协调会的形式，对县直各部门、各乡（镇）的分管领导和信息公开专门人员进行相关业务培训、指导，切实提高政务公开队伍的业务能力。";

    /// <summary>The county's next text with its four points reworded sentence by sentence (a genuine rewrite keeping the outline).</summary>
    public const string County2023Rewritten =
        "针对上年度评估中发现的问题，2024年我县重点做好四项工作。1.修订全县政务公开目录，年内完成县直部门标准目录的动态调整，乡镇目录实现全覆盖。2.把政府网站作为第一公开平台，关停更新慢、访问少的政务新媒体账号，集中力量办好“县政府”公众号。"
        + "3.重大政策出台时同步发布图解和问答，由起草部门负责人参加政策吹风会解读，答复依申请公开一律经法制审核。4.每半年组织一次乡镇和部门信息员轮训，以案例讲解依申请公开答复中的常见错误。";

    /// <summary>Last year's first point kept, the other two replaced by new ones.</summary>
    public const string Township2023TwoPointsReplaced =
        "一是对《中华人民共和国政府信息公开条例》及上级关于政府信息公开文件会议精神学习宣传贯彻不够深入、透彻。今后将加强《条例》的组织学习，深刻领会政府信息公开的要求和原则，认真梳理我镇政务公开事项，编制更加科学规范的公开目录。"
        + "二是政策解读形式较为单一，图解、视频等群众喜闻乐见的解读方式运用不多。今后将探索运用短视频、微信公众号等方式开展政策解读。"
        + "三是依申请公开办理人员业务水平参差不齐。下一步，我镇将组织业务骨干参加县级培训，提升依申请公开答复质量，每季度开展一次村务公开栏检查。";

    /// <summary>Last year's three points kept and a fourth appended.</summary>
    public const string Township2023PointAppended =
        Township2022 + "四是政策解读形式较为单一，图解、视频等群众喜闻乐见的解读方式运用不多。今后将探索运用短视频、微信公众号等方式开展政策解读。";

    /// <summary>Last year's first two points kept word for word, the third dropped.</summary>
    public static string Township2023PointDropped => Township2022[..Township2022.IndexOf("三是", StringComparison.Ordinal)];

    /// <summary>Last year's first two points kept, the third replaced by a new one.</summary>
    public static string Township2023OnePointReplaced =>
        Township2022[..Township2022.IndexOf("三是", StringComparison.Ordinal)]
        + Township2023TwoPointsReplaced[Township2023TwoPointsReplaced.IndexOf("三是", StringComparison.Ordinal)..];

    /// <summary>Pairs that must be flagged as repeats, with a name for the test output.</summary>
    public static TheoryData<string, string, string> Repeats => new()
    {
        { "identical", Township2022, Township2022 },
        { "year changed only", OtherTownship2022, OtherTownship2023YearOnly },
        { "a few words changed", Township2022, Township2023LightlyEdited },
        { "sentences reordered", Township2022, Township2023Reordered },
        { "a point appended", Township2022, Township2023PointAppended },
        { "a point dropped", Township2022, Township2023PointDropped },
        { "whitespace and punctuation re-typed", Township2022, Township2022.Replace("，", ",").Replace("。", ". ").Replace("《", "<").Replace("》", ">") },
    };

    /// <summary>Pairs that must not be flagged: genuinely rewritten text on the same subject.</summary>
    public static TheoryData<string, string, string> Rewrites => new()
    {
        { "same township rewritten", Township2022, Township2023Rewritten },
        { "other township rewritten", OtherTownship2022, OtherTownship2023Rewritten },
        { "county rewritten", County2022, County2023Rewritten },
        { "two of three points replaced", Township2022, Township2023TwoPointsReplaced },
        { "one of three points replaced", Township2022, Township2023OnePointReplaced },
        { "two townships", Township2022, OtherTownship2022 },
        { "township and county", OtherTownship2022, County2022 },
    };
}
