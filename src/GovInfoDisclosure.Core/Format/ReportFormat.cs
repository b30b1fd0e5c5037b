using System.Collections.Immutable;

namespace GovInfoDisclosure.Core.Format;

/// <summary>
/// The catalogue of the national format (《中华人民共和国政府信息公开工作年度报告格式》): every section, group, row, column
/// and cell with its JSON key, JSON Pointer, printed label and English name. The static members without an edition in
/// their name are the 2021 edition's; <see cref="Of"/> gives each edition's catalogue as an <see cref="EditionFormat"/>.
/// </summary>
/// <remarks>
/// The validator's loops, the JSON converters, the diagnostics' messages and the documentation all read this
/// catalogue. Lookups by enum value are array indexing and allocate nothing.
/// </remarks>
public static class ReportFormat
{
    private static readonly FormatEntry OutcomesGroup;
    private static readonly string[] ApplicationCellPointers;
    private static readonly string[] CaseCellPointers;
    private static readonly Lazy<Dictionary<string, FormatEntry>> ByPointer = new(BuildPointerIndex);
    private static readonly Lazy<Dictionary<string, int>> Order = new(BuildDocumentOrder);

#pragma warning disable CA1810 // The catalogue is built in dependency order; a static constructor states that order.
    static ReportFormat()
#pragma warning restore CA1810
    {
        Overview = new FormatEntry("overview", "一、总体情况", "Overview", null);
        ProactiveDisclosure = new FormatEntry("proactiveDisclosure", "二、主动公开政府信息情况", "Proactive disclosure", null, qualifiesChildren: false);
        Applications = new FormatEntry("applications", "三、收到和处理政府信息公开申请情况", "Applications received and handled", null, qualifiesChildren: false);
        ReviewAndLitigation = new FormatEntry("reviewAndLitigation", "四、政府信息公开行政复议、行政诉讼情况", "Administrative review and litigation", null, qualifiesChildren: false);
        ProblemsAndImprovements = new FormatEntry("problemsAndImprovements", "五、存在的主要问题及改进情况", "Problems and improvements", null);
        OtherMatters = new FormatEntry("otherMatters", "六、其他需要报告的事项", "Other matters", null);
        Sections = [Overview, ProactiveDisclosure, Applications, ReviewAndLitigation, ProblemsAndImprovements, OtherMatters];

        Edition = new FormatEntry("edition", "格式版本", "Format edition", null);
        Year = new FormatEntry("year", "年度", "Year", null);
        Agency = new FormatEntry("agency", "机关", "Agency", null);
        AgencyName = new FormatEntry("name", "机关名称", "Name", Agency);
        AgencyRegion = new FormatEntry("region", "行政区划", "Region", Agency);
        Kind = new FormatEntry("kind", "报告类型", "Kind of report", null);
        ParagraphHeading = new FormatEntry("heading", "小标题", "Heading", null);
        ParagraphText = new FormatEntry("text", "正文", "Text", null);
        Title = new FormatEntry("title", "标题", "Title", null);
        PublishedOn = new FormatEntry("publishedOn", "发布日期", "Publication date", null);
        InformationProcessingFee = new FormatEntry("informationProcessingFeeYuan", "信息处理费（元）", "Information processing fee (yuan)", null);

        // 二、主动公开政府信息情况
        var regulations = new FormatEntry("regulations", "规章", "Regulations", ProactiveDisclosure);
        var normative = new FormatEntry("normativeDocuments", "行政规范性文件", "Normative documents", ProactiveDisclosure);
        var licensing = new FormatEntry("licensing", "行政许可", "Administrative licensing", ProactiveDisclosure);
        var penalties = new FormatEntry("penalties", "行政处罚", "Administrative penalties", ProactiveDisclosure);
        var compulsory = new FormatEntry("compulsoryMeasures", "行政强制", "Administrative compulsory measures", ProactiveDisclosure);
        var fees = new FormatEntry("fees", "行政事业性收费", "Administrative fees", ProactiveDisclosure);
        DisclosureRows = [regulations, normative, licensing, penalties, compulsory, fees];
        DisclosureCells =
        [
            new FormatEntry("issued", "本年制发件数", "Issued this year", regulations),
            new FormatEntry("abolished", "本年废止件数", "Abolished this year", regulations),
            new FormatEntry("inForce", "现行有效件数", "In force", regulations),
            new FormatEntry("issued", "本年制发件数", "Issued this year", normative),
            new FormatEntry("abolished", "本年废止件数", "Abolished this year", normative),
            new FormatEntry("inForce", "现行有效件数", "In force", normative),
            new FormatEntry("decisions", "本年处理决定数量", "Decisions this year", licensing),
            new FormatEntry("decisions", "本年处理决定数量", "Decisions this year", penalties),
            new FormatEntry("decisions", "本年处理决定数量", "Decisions this year", compulsory),
            new FormatEntry("amount", "本年收费金额（万元）", "Amount collected this year (10,000 yuan)", fees),
        ];

        // 二 of the 2019 edition: eight rows under 第二十条第（一）（五）（六）（八）（九）项, the amount's unit beside its cell.
        var regulations2019 = new FormatEntry("regulations", "规章", "Regulations", ProactiveDisclosure);
        var normative2019 = new FormatEntry("normativeDocuments", "规范性文件", "Normative documents", ProactiveDisclosure);
        var licensing2019 = new FormatEntry("licensing", "行政许可", "Administrative licensing", ProactiveDisclosure);
        var otherServices = new FormatEntry("otherServices", "其他对外管理服务事项", "Other external management services", ProactiveDisclosure);
        var penalties2019 = new FormatEntry("penalties", "行政处罚", "Administrative penalties", ProactiveDisclosure);
        var compulsory2019 = new FormatEntry("compulsoryMeasures", "行政强制", "Administrative compulsory measures", ProactiveDisclosure);
        var fees2019 = new FormatEntry("fees", "行政事业性收费", "Administrative fees", ProactiveDisclosure);
        var procurement = new FormatEntry("procurement", "政府集中采购", "Government centralized procurement", ProactiveDisclosure);
        DisclosureRows2019 = [regulations2019, normative2019, licensing2019, otherServices, penalties2019, compulsory2019, fees2019, procurement];
        FormatEntry[] Publication(FormatEntry row) =>
        [
            new FormatEntry("made", "本年新制作数量", "Made this year", row),
            new FormatEntry("published", "本年新公开数量", "Published this year", row),
            new FormatEntry("publishedTotal", "对外公开总数量", "Published in all", row),
        ];
        FormatEntry[] Items(FormatEntry row, bool decisions) =>
        [
            new FormatEntry("previousYearItems", "上一年项目数量", "Items of the previous year", row),
            new FormatEntry("change", "本年增/减", "Change this year", row) { IsSigned = true },
            .. decisions ? [new FormatEntry("decisions", "处理决定数量", "Decisions", row)] : Array.Empty<FormatEntry>(),
        ];
        DisclosureCells2019 =
        [
            .. Publication(regulations2019), .. Publication(normative2019), .. Items(licensing2019, true), .. Items(otherServices, true),
            .. Items(penalties2019, true), .. Items(compulsory2019, true), .. Items(fees2019, false),
            new FormatEntry("projects", "采购项目数量", "Projects", procurement),
            new FormatEntry("amount", "采购总金额", "Total amount", procurement),
        ];
        ProcurementAmountUnit = new FormatEntry("amountUnit", "金额单位", "Unit of the amount", procurement);

        // 三、收到和处理政府信息公开申请情况
        ApplicantColumns =
        [
            new FormatEntry("naturalPerson", "自然人", "Natural persons", null),
            new FormatEntry("commercialEnterprise", "法人或其他组织 · 商业企业", "Commercial enterprises", null),
            new FormatEntry("researchInstitution", "法人或其他组织 · 科研机构", "Research institutions", null),
            new FormatEntry("publicInterestOrganization", "法人或其他组织 · 社会公益组织", "Public-interest organizations", null),
            new FormatEntry("legalServiceProvider", "法人或其他组织 · 法律服务机构", "Legal service providers", null),
            new FormatEntry("otherOrganization", "法人或其他组织 · 其他", "Other organizations", null),
            new FormatEntry("total", "总计", "Total", null),
        ];
        OutcomesGroup = new FormatEntry("outcomes", "三、本年度办理结果", "Outcomes", Applications, qualifiesChildren: false);
        var notDisclosed = new FormatEntry("notDisclosed", "（三）不予公开", "Not disclosed", OutcomesGroup);
        var unable = new FormatEntry("unableToProvide", "（四）无法提供", "Unable to provide", OutcomesGroup);
        var notProcessed = new FormatEntry("notProcessed", "（五）不予处理", "Not processed", OutcomesGroup);
        var otherHandling = new FormatEntry("otherHandling", "（六）其他处理", "Other handling", OutcomesGroup);
        OutcomeGroups = [notDisclosed, unable, notProcessed, otherHandling];
        OtherHandling2019 = new FormatEntry("otherHandling", "（六）其他处理", "Other handling", OutcomesGroup);
        ApplicationRows =
        [
            new FormatEntry("received", "一、本年新收政府信息公开申请数量", "Received this year", Applications),
            new FormatEntry("carriedOver", "二、上年结转政府信息公开申请数量", "Carried over from last year", Applications),
            new FormatEntry("disclosed", "（一）予以公开", "Disclosed", OutcomesGroup),
            new FormatEntry("partiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "Partially disclosed", OutcomesGroup),
            new FormatEntry("stateSecret", "1.属于国家秘密", "State secret", notDisclosed),
            new FormatEntry("prohibitedByLaw", "2.其他法律行政法规禁止公开", "Prohibited by other laws and regulations", notDisclosed),
            new FormatEntry("securityOrStability", "3.危及“三安全一稳定”", "Endangers security or stability", notDisclosed),
            new FormatEntry("thirdPartyRights", "4.保护第三方合法权益", "Protects third-party rights", notDisclosed),
            new FormatEntry("internalAffairs", "5.属于三类内部事务信息", "Internal affairs", notDisclosed),
            new FormatEntry("processInformation", "6.属于四类过程性信息", "Process information", notDisclosed),
            new FormatEntry("enforcementCaseFile", "7.属于行政执法案卷", "Enforcement case file", notDisclosed),
            new FormatEntry("administrativeQuery", "8.属于行政查询事项", "Administrative query", notDisclosed),
            new FormatEntry("notHeld", "1.本机关不掌握相关政府信息", "Not held by this agency", unable),
            new FormatEntry("needsCreation", "2.没有现成信息需要另行制作", "Would need to be created", unable),
            new FormatEntry("unclearAfterCorrection", "3.补正后申请内容仍不明确", "Still unclear after correction", unable),
            new FormatEntry("complaint", "1.信访举报投诉类申请", "Petition, report or complaint", notProcessed),
            new FormatEntry("duplicate", "2.重复申请", "Duplicate application", notProcessed),
            new FormatEntry("publication", "3.要求提供公开出版物", "Asks for a publication", notProcessed),
            new FormatEntry("excessive", "4.无正当理由大量反复申请", "Excessive repeated applications", notProcessed),
            new FormatEntry("confirmation", "5.要求行政机关确认或重新出具已获取信息", "Asks to confirm or reissue information", notProcessed),
            new FormatEntry("noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "No correction in time", otherHandling),
            new FormatEntry("feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Fee not paid in time", otherHandling),
            new FormatEntry("other", "3.其他", "Other", otherHandling),
            new FormatEntry("total", "（七）总计", "Total outcomes", OutcomesGroup),
            new FormatEntry("carriedForward", "四、结转下年度继续办理", "Carried forward to next year", Applications),
        ];

        // 四、政府信息公开行政复议、行政诉讼情况
        CaseBlocks =
        [
            new FormatEntry("review", "行政复议", "Administrative review", ReviewAndLitigation),
            new FormatEntry("litigationWithoutReview", "行政诉讼 · 未经复议直接起诉", "Litigation without prior review", ReviewAndLitigation),
            new FormatEntry("litigationAfterReview", "行政诉讼 · 复议后起诉", "Litigation after review", ReviewAndLitigation),
        ];
        CaseColumns =
        [
            new FormatEntry("upheld", "结果维持", "Upheld", null),
            new FormatEntry("corrected", "结果纠正", "Corrected", null),
            new FormatEntry("other", "其他结果", "Other result", null),
            new FormatEntry("pending", "尚未审结", "Pending", null),
            new FormatEntry("total", "总计", "Total", null),
        ];

        ApplicationCellPointers = new string[ApplicationRows.Length * ApplicantColumns.Length];
        for (int r = 0; r < ApplicationRows.Length; r++)
        {
            for (int c = 0; c < ApplicantColumns.Length; c++)
            {
                ApplicationCellPointers[(r * ApplicantColumns.Length) + c] = ApplicationRows[r].JsonPointer + "/" + ApplicantColumns[c].JsonKey;
            }
        }

        Edition2021Format = new EditionFormat(ReportEdition.Edition2021, DisclosureRows, DisclosureCells, [.. ApplicationRows]);
        Edition2019Format = new EditionFormat(
            ReportEdition.Edition2019, DisclosureRows2019, DisclosureCells2019,
            [.. ApplicationRows.Select((e, r) => r switch
            {
                (int)ApplicationRow.NoCorrection or (int)ApplicationRow.FeeUnpaid => null,
                (int)ApplicationRow.OtherHandling => OtherHandling2019,
                _ => e,
            })]);

        CaseCellPointers = new string[CaseBlocks.Length * CaseColumns.Length];
        for (int b = 0; b < CaseBlocks.Length; b++)
        {
            for (int c = 0; c < CaseColumns.Length; c++)
            {
                CaseCellPointers[(b * CaseColumns.Length) + c] = CaseBlocks[b].JsonPointer + "/" + CaseColumns[c].JsonKey;
            }
        }
    }

    private static Dictionary<string, int> BuildDocumentOrder()
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string pointer) => order.TryAdd(pointer, order.Count);
        foreach (FormatEntry e in new[] { Edition, Year, Agency, AgencyName, AgencyRegion, Kind, Title, PublishedOn, Overview, ProactiveDisclosure, Applications, ReviewAndLitigation })
        {
            Add(e.JsonPointer);
        }

        // Every cell of sections 二 to 四 as printed, then the narratives after them and the fee last. A report holds the
        // cells of one edition: the 2019 edition's section 二 comes after the 2021 edition's, both before section 三.
        TableCells cells2021 = Edition2021Format.Cells, cells2019 = Edition2019Format.Cells;
        foreach (string cell in cells2021.Pointers[..cells2021.ApplicationStart].Concat(cells2019.Pointers[..cells2019.ApplicationStart]))
        {
            Add(cell);
        }

        for (int row = 0; row < ApplicationRowCount; row++)
        {
            foreach (EditionFormat edition in new[] { Edition2021Format, Edition2019Format })
            {
                if (edition.Prints((ApplicationRow)row))
                {
                    foreach (ApplicantColumn column in Enum.GetValues<ApplicantColumn>())
                    {
                        Add(edition.CellPointer((ApplicationRow)row, column));
                    }
                }
            }
        }

        foreach (string cell in cells2021.Pointers[cells2021.CaseStart..cells2021.InformationProcessingFee])
        {
            Add(cell);
        }

        Add(ProblemsAndImprovements.JsonPointer);
        Add(OtherMatters.JsonPointer);
        Add(InformationProcessingFee.JsonPointer);
        return order;
    }

    private static Dictionary<string, FormatEntry> BuildPointerIndex()
    {
        var index = new Dictionary<string, FormatEntry>(StringComparer.Ordinal);
        foreach (FormatEntry e in CommonEntries().Concat(DisclosureRows).Concat(DisclosureCells).Concat(ApplicationRows).Concat(Edition2021Format.Cells.Entries))
        {
            index.TryAdd(e.JsonPointer, e);
        }

        return index;
    }

    /// <summary>The entries both editions share: the document's keys, the sections, the outcome groups, section 四's blocks and cells.</summary>
    internal static IEnumerable<FormatEntry> CommonEntries()
    {
        foreach (FormatEntry e in Sections.Concat([Edition, Year, Agency, Kind, Title, PublishedOn, InformationProcessingFee]).Concat(OutcomeGroups).Append(OutcomesGroup).Concat(CaseBlocks))
        {
            yield return e;
        }

        foreach (FormatEntry block in CaseBlocks)
        {
            foreach (FormatEntry column in CaseColumns)
            {
                yield return FormatEntry.Cell(block, column);
            }
        }
    }

    /// <summary>The number of rows of section 三 (25).</summary>
    public const int ApplicationRowCount = 25;

    /// <summary>The number of columns of every row of section 三 (7, the total included).</summary>
    public const int ApplicantColumnCount = 7;

    /// <summary>The number of applicant columns that add up to the total (6).</summary>
    public const int ApplicantDetailColumnCount = 6;

    /// <summary>The first outcome row that adds into （七）总计.</summary>
    public const ApplicationRow FirstOutcomeRow = ApplicationRow.Disclosed;

    /// <summary>The last outcome row that adds into （七）总计.</summary>
    public const ApplicationRow LastOutcomeRow = ApplicationRow.OtherHandling;

    /// <summary>The sections 一 to 六, in printed order.</summary>
    public static ImmutableArray<FormatEntry> Sections { get; }

    /// <summary>一、总体情况 (<c>overview</c>).</summary>
    public static FormatEntry Overview { get; }

    /// <summary>二、主动公开政府信息情况 (<c>proactiveDisclosure</c>).</summary>
    public static FormatEntry ProactiveDisclosure { get; }

    /// <summary>三、收到和处理政府信息公开申请情况 (<c>applications</c>).</summary>
    public static FormatEntry Applications { get; }

    /// <summary>四、政府信息公开行政复议、行政诉讼情况 (<c>reviewAndLitigation</c>).</summary>
    public static FormatEntry ReviewAndLitigation { get; }

    /// <summary>五、存在的主要问题及改进情况 (<c>problemsAndImprovements</c>).</summary>
    public static FormatEntry ProblemsAndImprovements { get; }

    /// <summary>六、其他需要报告的事项 (<c>otherMatters</c>).</summary>
    public static FormatEntry OtherMatters { get; }

    /// <summary>The document's format edition (<c>edition</c>).</summary>
    public static FormatEntry Edition { get; }

    /// <summary>The agency's name (<c>agency/name</c>).</summary>
    public static FormatEntry AgencyName { get; }

    /// <summary>The agency's region (<c>agency/region</c>).</summary>
    public static FormatEntry AgencyRegion { get; }

    /// <summary>A paragraph's sub-heading (<c>heading</c>, in every narrative's paragraphs).</summary>
    public static FormatEntry ParagraphHeading { get; }

    /// <summary>A paragraph's text (<c>text</c>, in every narrative's paragraphs).</summary>
    public static FormatEntry ParagraphText { get; }

    /// <summary>The reported year (<c>year</c>).</summary>
    public static FormatEntry Year { get; }

    /// <summary>The reporting agency (<c>agency</c>).</summary>
    public static FormatEntry Agency { get; }

    /// <summary>Whose report it is (<c>kind</c>): <c>"agency"</c> or <c>"government"</c>, see <see cref="ReportKind"/>.</summary>
    public static FormatEntry Kind { get; }

    /// <summary>The title as published (<c>title</c>).</summary>
    public static FormatEntry Title { get; }

    /// <summary>The publication date (<c>publishedOn</c>).</summary>
    public static FormatEntry PublishedOn { get; }

    /// <summary>The information processing fee collected, in yuan (<c>informationProcessingFeeYuan</c>).</summary>
    public static FormatEntry InformationProcessingFee { get; }

    /// <summary>The six rows of section 二, in printed order.</summary>
    public static ImmutableArray<FormatEntry> DisclosureRows { get; }

    /// <summary>The ten cells of section 二, indexed by <see cref="DisclosureCell"/>.</summary>
    public static ImmutableArray<FormatEntry> DisclosureCells { get; }

    /// <summary>The seven columns of section 三, indexed by <see cref="ApplicantColumn"/>.</summary>
    public static ImmutableArray<FormatEntry> ApplicantColumns { get; }

    /// <summary>The 25 rows of section 三, indexed by <see cref="ApplicationRow"/>.</summary>
    public static ImmutableArray<FormatEntry> ApplicationRows { get; }

    /// <summary>The headings （三）–（六） of section 三, which group outcome rows and carry no numbers of their own.</summary>
    public static ImmutableArray<FormatEntry> OutcomeGroups { get; }

    /// <summary>The three blocks of section 四, indexed by <see cref="CaseBlock"/>.</summary>
    public static ImmutableArray<FormatEntry> CaseBlocks { get; }

    /// <summary>The five columns of each block of section 四, indexed by <see cref="CaseColumn"/>.</summary>
    public static ImmutableArray<FormatEntry> CaseColumns { get; }

    /// <summary>The entry of a row of section 三.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The catalogue entry.</returns>
    public static FormatEntry Get(ApplicationRow row) => ApplicationRows[(int)row];

    /// <summary>The entry of a column of section 三.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The catalogue entry.</returns>
    public static FormatEntry Get(ApplicantColumn column) => ApplicantColumns[(int)column];

    /// <summary>The entry of a block of section 四.</summary>
    /// <param name="block">The block.</param>
    /// <returns>The catalogue entry.</returns>
    public static FormatEntry Get(CaseBlock block) => CaseBlocks[(int)block];

    /// <summary>The entry of a column of section 四.</summary>
    /// <param name="column">The column.</param>
    /// <returns>The catalogue entry.</returns>
    public static FormatEntry Get(CaseColumn column) => CaseColumns[(int)column];

    /// <summary>The entry of a cell of section 二.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The catalogue entry.</returns>
    public static FormatEntry Get(DisclosureCell cell) => DisclosureCells[(int)cell];

    /// <summary>The JSON Pointer of a cell of section 三 (<c>/applications/outcomes/total/naturalPerson</c>); allocates nothing.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column.</param>
    /// <returns>The JSON Pointer.</returns>
    public static string CellPointer(ApplicationRow row, ApplicantColumn column) =>
        ApplicationCellPointers[((int)row * ApplicantColumnCount) + (int)column];

    /// <summary>The JSON Pointer of a cell of section 四 (<c>/reviewAndLitigation/review/total</c>); allocates nothing.</summary>
    /// <param name="block">The block.</param>
    /// <param name="column">The column.</param>
    /// <returns>The JSON Pointer.</returns>
    public static string CellPointer(CaseBlock block, CaseColumn column) =>
        CaseCellPointers[((int)block * CaseColumns.Length) + (int)column];

    /// <summary>The JSON Pointer of a cell of section 二 (<c>/proactiveDisclosure/regulations/inForce</c>).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The JSON Pointer.</returns>
    public static string CellPointer(DisclosureCell cell) => DisclosureCells[(int)cell].JsonPointer;

    /// <summary>
    /// The entry of a cell, row, group or section by its JSON Pointer (<c>/applications/outcomes/total/naturalPerson</c>),
    /// labelled for messages; <see langword="null"/> when the pointer names nothing of the catalogue.
    /// </summary>
    /// <param name="jsonPointer">The JSON Pointer.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public static FormatEntry? FindByPointer(string jsonPointer) =>
        jsonPointer is not null && ByPointer.Value.TryGetValue(jsonPointer, out FormatEntry? entry) ? entry : null;

    /// <summary>
    /// The entry of a JSON Pointer in the 2021 edition's catalogue, or else in the 2019 edition's (a cell only the 2019
    /// edition prints, <c>/applications/outcomes/otherHandling/naturalPerson</c>): for labelling a finding whose report's
    /// edition is not at hand. <see langword="null"/> when neither names it.
    /// </summary>
    /// <param name="jsonPointer">The JSON Pointer.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public static FormatEntry? FindByPointerInAnyEdition(string jsonPointer) =>
        FindByPointer(jsonPointer) ?? Edition2019Format.FindByPointer(jsonPointer);

    /// <summary>The position of a value in the document's order (sections 一 to 六, rows and cells as printed); unknown pointers last.</summary>
    internal static int DocumentOrder(string jsonPointer) =>
        Order.Value.TryGetValue(jsonPointer, out int order) ? order : int.MaxValue;

    /// <summary>The 2019 edition's eight rows of section 二, in printed order.</summary>
    public static ImmutableArray<FormatEntry> DisclosureRows2019 { get; }

    /// <summary>The 2019 edition's 22 number cells of section 二, indexed by <see cref="DisclosureCell2019"/>.</summary>
    public static ImmutableArray<FormatEntry> DisclosureCells2019 { get; }

    /// <summary>The unit printed beside the 2019 edition's procurement amount (<c>/proactiveDisclosure/procurement/amountUnit</c>).</summary>
    public static FormatEntry ProcurementAmountUnit { get; }

    /// <summary>The 2019 edition's single-row （六）其他处理 (<c>/applications/outcomes/otherHandling</c>).</summary>
    public static FormatEntry OtherHandling2019 { get; }

    /// <summary>The catalogue of the 2021 edition, as an <see cref="EditionFormat"/> (what the static members of this class give).</summary>
    public static EditionFormat Edition2021Format { get; }

    /// <summary>The catalogue of the 2019 edition (the trial format, 国办公开办函〔2019〕60号).</summary>
    public static EditionFormat Edition2019Format { get; }

    /// <summary>The catalogue of an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>Its catalogue.</returns>
    public static EditionFormat Of(ReportEdition edition) => edition switch
    {
        ReportEdition.Edition2021 => Edition2021Format,
        ReportEdition.Edition2019 => Edition2019Format,
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Unknown format edition."),
    };

    /// <summary>The entry of a cell of the 2019 edition's section 二.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The catalogue entry.</returns>
    public static FormatEntry Get(DisclosureCell2019 cell) => DisclosureCells2019[(int)cell];

    /// <summary>The JSON Pointer of a cell of the 2019 edition's section 二 (<c>/proactiveDisclosure/licensing/change</c>).</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The JSON Pointer.</returns>
    public static string CellPointer(DisclosureCell2019 cell) => DisclosureCells2019[(int)cell].JsonPointer;

    /// <summary>The JSON value of an edition (<c>"2021"</c>, <c>"2019"</c>).</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The JSON value.</returns>
    public static string EditionKey(ReportEdition edition) => edition switch
    {
        ReportEdition.Edition2021 => "2021",
        ReportEdition.Edition2019 => "2019",
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Unknown format edition."),
    };

    /// <summary>The JSON value of the unit printed with the 2019 edition's procurement amount (<c>"元"</c>, <c>"万元"</c>), as printed.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The JSON value.</returns>
    public static string MoneyUnitKey(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.TenThousandYuan => "万元",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit of money."),
    };

    /// <summary>The JSON value of a kind of report (<c>"agency"</c>, <c>"government"</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The JSON value.</returns>
    public static string KindKey(ReportKind kind) => kind switch
    {
        ReportKind.Agency => "agency",
        ReportKind.Government => "government",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of report."),
    };
}
