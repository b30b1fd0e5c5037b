using System.Collections.Immutable;

namespace GovInfoDisclosure.Core.Validation;

/// <summary>
/// The catalogue of every rule the library checks, in the order findings are reported. <c>docs/rules.md</c> is
/// checked against it by a test.
/// </summary>
public static class Rules
{
    /// <summary>GID001: a cell is blank.</summary>
    public static RuleDescriptor BlankCell { get; } = new(
        "GID001", Severity.Warning, RuleScope.Report,
        "Blank cell", "单元格为空",
        "A cell is blank; the format asks for a number (0 where there is nothing). A blank is reported once, here, and never makes a sum rule fire.",
        "单元格为空；格式要求填写数字（没有的填0）。空白只在此报告一次，不再触发其他加总规则。",
        "{cell} is blank; the format asks for a number (0 where there is nothing).",
        "{cell}为空；格式要求填写数字（没有的填0）。");

    /// <summary>GID101: a row total of section 三 differs from the sum of the six applicant columns.</summary>
    public static RuleDescriptor RowTotal { get; } = new(
        "GID101", Severity.Error, RuleScope.Report,
        "Row total of section 三", "第三部分行合计",
        "In every row of section 三, 总计 equals the sum of the six applicant columns.",
        "第三部分每一行的“总计”等于六类申请人之和。",
        "Row {row}: 总计 (total) is {actual}, but the six applicant columns add up to {expected}.",
        "{row}：总计为{actual}，但六类申请人之和为{expected}。");

    /// <summary>GID102: （七）总计 differs from the sum of the outcome rows in a column.</summary>
    public static RuleDescriptor OutcomeTotal { get; } = new(
        "GID102", Severity.Error, RuleScope.Report,
        "Outcome total of section 三", "第三部分办理结果总计",
        "In every column (the total column too), （七）总计 equals the sum of the 21 outcome rows （一）–（六） (the contract says 23; the format has 21, see docs/design.md).",
        "每一列（含总计列）中，“（七）总计”等于（一）至（六）项下21行办理结果之和。",
        "Column {column}: （七）总计 is {actual}, but the outcome rows （一）–（六） add up to {expected}.",
        "{column}列：（七）总计为{actual}，但（一）至（六）各项办理结果之和为{expected}。");

    /// <summary>GID103: received + carried over differs from outcomes + carried forward in a column.</summary>
    public static RuleDescriptor Balance { get; } = new(
        "GID103", Severity.Error, RuleScope.Report,
        "Balance of section 三 (勾稽关系)", "第三部分勾稽关系",
        "In every column, 本年新收 + 上年结转 = （七）总计 + 结转下年度 (the relation printed above the table: 第一项加第二项之和，等于第三项加第四项之和).",
        "每一列中，第一项加第二项之和，等于第三项加第四项之和（本年新收＋上年结转＝办理结果总计＋结转下年度）。",
        "Column {column}: received {received} + carried over {carriedOver} must equal outcomes total {outcomes} + carried forward; 四、结转下年度继续办理 is {actual} but should be {expected}.",
        "{column}列：本年新收{received}加上年结转{carriedOver}，应等于办理结果总计{outcomes}加结转下年度；结转下年度为{actual}，应为{expected}。");

    /// <summary>GID104: a block total of section 四 differs from the sum of its results.</summary>
    public static RuleDescriptor CaseTotal { get; } = new(
        "GID104", Severity.Error, RuleScope.Report,
        "Block total of section 四", "第四部分合计",
        "In each block of section 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.",
        "第四部分每一栏中，总计＝结果维持＋结果纠正＋其他结果＋尚未审结。",
        "{block}: 总计 (total) is {actual}, but upheld, corrected, other and pending add up to {expected}.",
        "{block}：总计为{actual}，但结果维持、结果纠正、其他结果、尚未审结之和为{expected}。");

    /// <summary>GID105: fewer documents in force than issued and not abolished this year.</summary>
    public static RuleDescriptor InForce { get; } = new(
        "GID105", Severity.Error, RuleScope.Report,
        "Documents in force", "现行有效件数",
        "现行有效件数 ≥ 本年制发件数 − 本年废止件数: what was issued this year and not abolished is still in force. In the 2019 edition its counterpart: 对外公开总数量 ≥ 本年新公开数量 (what was published this year is among what is published in all).",
        "现行有效件数不少于本年制发件数减本年废止件数：本年制发且未废止的文件仍然有效。2019版格式中对应为：对外公开总数量不少于本年新公开数量。",
        "{row}: {cell} is {actual}, fewer than {minimum} ({expected}).",
        "{row}：{cell}为{actual}，少于{minimum}（{expected}）。");

    /// <summary>GID201: a count stated in the narrative differs from the table.</summary>
    public static RuleDescriptor NarrativeCount { get; } = new(
        "GID201", Severity.Warning, RuleScope.Report,
        "Narrative count differs from the table", "正文数字与表格不一致",
        "A count that sections 一 or 六 state (applications received or handled, reviews, lawsuits) differs from the table.",
        "第一、六部分正文所述的数字（收到或办理的申请、行政复议、行政诉讼）与表格不一致。",
        "{section} says \"{claim}\" ({expected}), but the table's {cell} is {actual}.",
        "{section}称“{claim}”（{expected}），但表格中{cell}为{actual}。");

    /// <summary>GID202: the narrative says no review or lawsuit took place but section 四 has cases, or the reverse.</summary>
    public static RuleDescriptor NarrativeCases { get; } = new(
        "GID202", Severity.Warning, RuleScope.Report,
        "Narrative on review and litigation differs from section 四", "正文关于复议诉讼的表述与第四部分不一致",
        "The narrative says no administrative review or lawsuit took place, but section 四 has cases (or the reverse).",
        "正文称未发生行政复议或行政诉讼，但第四部分有案件（或相反）。",
        "{section} says \"{claim}\", but the table's {cell} is {actual}.",
        "{section}称“{claim}”，但表格中{cell}为{actual}。");

    /// <summary>GID203: published after the statutory deadline.</summary>
    public static RuleDescriptor LatePublication { get; } = new(
        "GID203", Severity.Warning, RuleScope.Report,
        "Published after the deadline", "晚于法定期限发布",
        "publishedOn is after the statutory deadline (条例 第四十九条): 31 January of the year after the reported year for an agency's own report, "
        + "31 March for the report of a local government at county level or above on its whole area (本级政府年度报告). Where the document does not give "
        + "its kind, the kind is inferred from the agency's name (ReportKinds.Infer: …县人民政府, …市, …新区 are governments; …局, …办公室, …镇人民政府, "
        + "…街道办事处 are agencies; when unsure, an agency). The message names the deadline used and why.",
        "发布日期晚于法定期限（条例第四十九条）：本机关年度报告为报告年度次年1月31日，县级以上地方人民政府的本级政府年度报告为次年3月31日。"
        + "文档未给出报告类型的，按机关名称推断（…县人民政府、…市、…新区为本级政府；…局、…办公室、…镇人民政府、…街道办事处为本机关；不能判断的按本机关）。"
        + "提示中写明所用期限及其依据。",
        "Published on {actual}, after the statutory deadline {expected}: {kind}.",
        "发布日期{actual}晚于法定期限{expected}：{kind}。");

    /// <summary>GID204: published before the reported year ended.</summary>
    public static RuleDescriptor EarlyPublication { get; } = new(
        "GID204", Severity.Error, RuleScope.Report,
        "Published before the year ended", "报告年度结束前发布",
        "publishedOn is on or before 31 December of the reported year: a report on a year cannot be published before that year ends.",
        "发布日期不晚于报告年度的12月31日：年度报告不能在该年度结束前发布。",
        "Published on {actual}, on or before {expected}, the last day of the reported year.",
        "发布日期{actual}不晚于报告年度最后一天{expected}。");

    /// <summary>GID205: the edition does not fit the year.</summary>
    public static RuleDescriptor EditionMismatch { get; } = new(
        "GID205", Severity.Warning, RuleScope.Report,
        "Edition does not fit the year", "格式版本与年度不符",
        "The 2019 edition for a year from 2021 on, or the 2021 edition for a year before 2021.",
        "2021年及以后年度使用了2019版格式，或2021年以前年度使用了2021版格式。",
        "A report on {year} uses the {edition} edition; reports on {expectedYears} use the {expectedEdition} edition.",
        "{year}年度报告使用了{edition}版格式；{expectedYears}年度应使用{expectedEdition}版格式。");

    /// <summary>GID206: the information processing fee is not stated.</summary>
    public static RuleDescriptor FeeNotStated { get; } = new(
        "GID206", Severity.Warning, RuleScope.Report,
        "Information processing fee not stated", "未说明信息处理费",
        "A 2021-edition report does not state the 信息处理费 collected: no informationProcessingFeeYuan, and section 六 does not mention 信息处理费.",
        "2021版报告未说明信息处理费收取情况：无 informationProcessingFeeYuan，第六部分也未提及信息处理费。",
        "The report does not state the 信息处理费 (information processing fee) collected: section 六 does not mention it.",
        "报告未说明信息处理费收取情况：第六部分未提及信息处理费。");

    /// <summary>GID207: the overview is longer than about 1,000 characters.</summary>
    public static RuleDescriptor LongOverview { get; } = new(
        "GID207", Severity.Info, RuleScope.Report,
        "Overview longer than 1,000 characters", "总体情况超过1000字",
        "一、总体情况 is longer than 1,000 characters (the format asks for at most about 1,000).",
        "一、总体情况超过1000字（格式要求原则上不超过1000字）。",
        "一、总体情况 (overview) has {actual} characters, more than the {expected} the format asks for at most.",
        "一、总体情况共{actual}字，超过格式要求的{expected}字。");

    /// <summary>GID301: carried forward of year N differs from carried over of year N+1.</summary>
    public static RuleDescriptor CarryOver { get; } = new(
        "GID301", Severity.Error, RuleScope.Series,
        "Carry-over between years", "跨年度结转",
        "Across two consecutive reports of one agency: 结转下年度 of year N = 上年结转 of year N+1, per column.",
        "同一机关相邻两年：第N年“结转下年度继续办理”等于第N+1年“上年结转”，逐列相等。",
        "Column {column}: {previousYear} carried forward {expected}, but {year} carried over {actual}.",
        "{column}列：{previousYear}年度结转下年度{expected}件，但{year}年度上年结转为{actual}件。");

    /// <summary>GID302: documents in force do not carry over between years.</summary>
    public static RuleDescriptor InForceSeries { get; } = new(
        "GID302", Severity.Warning, RuleScope.Series,
        "Documents in force across years", "跨年度现行有效件数",
        "Across consecutive reports: inForce(N+1) = inForce(N) + issued(N+1) − abolished(N+1) (a clean-up can break it, hence a warning).",
        "相邻两年：第N+1年现行有效件数＝第N年现行有效件数＋第N+1年制发件数−第N+1年废止件数（文件清理可能打破此关系，故为警告）。",
        "{row}: in force {actual} in {year}, but {previousYear}'s {previous} + issued {issued} − abolished {abolished} gives {expected}.",
        "{row}：{year}年度现行有效{actual}件，但{previousYear}年度{previous}件加制发{issued}件减废止{abolished}件应为{expected}件。");

    /// <summary>GID303: section 五 repeats the previous year's text.</summary>
    public static RuleDescriptor RepeatedText { get; } = new(
        "GID303", Severity.Warning, RuleScope.Series,
        "Section 五 repeats last year (年年雷同)", "第五部分年年雷同",
        "五、存在的主要问题及改进情况 repeats the previous year's text: identical or lightly edited text is flagged, genuinely rewritten text is not.",
        "五、存在的主要问题及改进情况与上一年度雷同：相同或仅少量改动的文字被标出，确实重写的不标出。",
        "五、存在的主要问题及改进情况 of {year} is {similarity}% similar to {previousYear}'s (threshold {threshold}%).",
        "{year}年度“五、存在的主要问题及改进情况”与{previousYear}年度相似度为{similarity}%（阈值{threshold}%）。");

    /// <summary>GID304: a year between the first and the last report of a series has no report.</summary>
    public static RuleDescriptor MissingYear { get; } = new(
        "GID304", Severity.Warning, RuleScope.Series,
        "Year missing from the series", "系列报告缺少年度",
        "Between the first and the last report of one agency's series a year has no report; the checks across years (GID301–GID303) cannot bridge the gap.",
        "同一机关的系列报告中，首末年度之间缺少某一年度的报告；跨年度核对（GID301–GID303）无法跨越该间隔。",
        "No report for {missing} between {previousYear} and {year}; the checks across years skip the gap.",
        "{previousYear}年度与{year}年度之间缺少{missing}年度报告，跨年度核对跳过此间隔。");

    /// <summary>GID305: a series holds two reports of the same year.</summary>
    public static RuleDescriptor DuplicateYear { get; } = new(
        "GID305", Severity.Error, RuleScope.Series,
        "Two reports of the same year", "同一年度有多份报告",
        "One agency's series holds more than one report of the same year; the checks across years (GID301–GID303) skip that year.",
        "同一机关的系列报告中同一年度有多份报告；跨年度核对（GID301–GID303）跳过该年度。",
        "The series holds {count} reports on {year}; this is one too many, and the checks across years skip {year}.",
        "系列中{year}年度有{count}份报告，本份为重复报告，跨年度核对跳过{year}年度。");

    /// <summary>GID306: between two 2019-edition years, the items of the previous year do not carry over.</summary>
    public static RuleDescriptor ItemsSeries { get; } = new(
        "GID306", Severity.Warning, RuleScope.Series,
        "Items of the previous year across years (2019 edition)", "跨年度上一年项目数量（2019版）",
        "Between two consecutive 2019-edition reports: 上一年项目数量 of year N+1 = 上一年项目数量 + 本年增/减 of year N, for each row of 第二十条第（五）（六）（八）项.",
        "相邻两年均为2019版格式时：第N+1年“上一年项目数量”等于第N年“上一年项目数量”加“本年增/减”，第二十条第（五）（六）（八）项逐行核对。",
        "{row}: {year} gives {actual} items of the previous year, but {previousYear}'s {previous} items and change {change} give {expected}.",
        "{row}：{year}年度上一年项目数量为{actual}，但{previousYear}年度上一年项目数量{previous}加本年增/减{change}应为{expected}。");

    /// <summary>GID401: a consolidated report differs from the sum of its parts.</summary>
    public static RuleDescriptor Consolidation { get; } = new(
        "GID401", Severity.Error, RuleScope.Consolidation,
        "Consolidated report differs from its parts", "汇总报告与所汇总报告之和不一致",
        "A consolidated report (a county's, say) differs, cell by cell, from the sum of the reports it consolidates.",
        "汇总报告（如县级汇总）逐个单元格与所汇总各报告之和不一致。",
        "{cell}: the consolidated report has {actual}, but its {parts} parts add up to {expected}.",
        "{cell}：汇总报告为{actual}，但{parts}份被汇总报告之和为{expected}。");

    /// <summary>GID501: a section of the report was not found in a published document.</summary>
    public static RuleDescriptor SectionNotFound { get; } = new(
        "GID501", Severity.Error, RuleScope.Import,
        "Section not found", "未找到章节",
        "Reading a published document: one of the six section headings (一、总体情况 … 六、其他需要报告的事项) is not in the document; what it would hold is blank.",
        "读取已发布文档：文档中没有六个章节标题之一（一、总体情况……六、其他需要报告的事项）；该章节的内容为空。",
        "{section} was not found in the document; what it would hold is blank.",
        "文档中未找到“{section}”，其内容为空。");

    /// <summary>GID502: a table of the report was not found in a published document.</summary>
    public static RuleDescriptor TableNotFound { get; } = new(
        "GID502", Severity.Error, RuleScope.Import,
        "Table not found", "未找到表格",
        "Reading a published document: the table of section 二 or 四 is not in the document (no row or header of it was recognised); its cells are blank.",
        "读取已发布文档：文档中没有第二或第四部分的表格（未识别出其任何行或表头）；其单元格为空。",
        "The table of {section} was not found in the document; its cells are blank.",
        "文档中未找到“{section}”的表格，其单元格为空。");

    /// <summary>GID503: a row of a table is not printed.</summary>
    public static RuleDescriptor RowNotFound { get; } = new(
        "GID503", Severity.Warning, RuleScope.Import,
        "Row not found", "未找到表格行",
        "Reading a published document: a row of a table that was found is not printed (no row carries its label); its cells are blank, never zero.",
        "读取已发布文档：已找到的表格中缺少某一行（没有行带有该行标签）；该行单元格为空，不按0处理。",
        "{row} is not printed in the table; its cells are blank.",
        "表格中没有“{row}”这一行，其单元格为空。");

    /// <summary>GID504: a cell holds text that is not a number.</summary>
    public static RuleDescriptor CellNotNumber { get; } = new(
        "GID504", Severity.Warning, RuleScope.Import,
        "Cell is not a number", "单元格不是数字",
        "Reading a published document: a cell holds text that is not a number the format allows (a count is a whole number from 0 to 2,147,483,647, the 2019 edition's 本年增/减 may start with a minus sign in any width, an amount a non-negative decimal); the cell is blank and the finding keeps the text.",
        "读取已发布文档：单元格内容不是格式允许的数字（件数为0至2147483647的整数，2019年版的“本年增/减”可带任意宽度的负号，金额为非负小数）；该单元格为空，本条记录其原文。",
        "{cell} holds “{text}”, which is not a number; it is read as blank.",
        "{cell}为“{text}”，不是数字，按空白读取。");

    /// <summary>GID505: a row prints more or fewer numbers than it has columns.</summary>
    public static RuleDescriptor RowNotPlaced { get; } = new(
        "GID505", Severity.Warning, RuleScope.Import,
        "Row's numbers cannot be placed", "无法确定行内数字所属列",
        "Reading a published document: a row prints a different number of values than the columns its header names, and the document has no merged cells that would say which value is under which column; rather than guess, the row is blank.",
        "读取已发布文档：某行数字个数与表头所列的列数不同，文档又没有合并单元格可说明各数字所在列；为免猜测，该行按空白读取。",
        "{row} prints {count} values for {columns} columns; which column each belongs to cannot be told, so the row is read as blank.",
        "“{row}”有{count}个数值，但应有{columns}列；无法确定各数值所属列，该行按空白读取。");

    /// <summary>GID506: the grid puts a value under no column or several values under one.</summary>
    public static RuleDescriptor CellAmbiguous { get; } = new(
        "GID506", Severity.Warning, RuleScope.Import,
        "Column of a value is ambiguous", "数值所属列不明确",
        "Reading a published document: in a table with merged cells, a value lies under no column header, or several values lie under the one header of a column; the cell is blank rather than a guess.",
        "读取已发布文档：在有合并单元格的表格中，某数值不在任何列标题之下，或同一列标题下有多个数值；该单元格按空白读取，不作猜测。",
        "{cell}: the grid does not tell which value is this column's (“{text}”); it is read as blank.",
        "{cell}：表格网格无法确定该列对应的数值（“{text}”），按空白读取。");

    /// <summary>GID507: a dash, slash or 无 is read as a blank.</summary>
    public static RuleDescriptor DashAsBlank { get; } = new(
        "GID507", Severity.Info, RuleScope.Import,
        "Dash read as blank", "短横线按空白读取",
        "Reading a published document: a cell holds a dash, a slash or 无; it is blank (not 0), as the document does not print a number there.",
        "读取已发布文档：单元格为短横线、斜线或“无”；按空白读取（不按0），因为文档未填写数字。",
        "{cell} holds “{text}”; it is read as blank, not 0.",
        "{cell}为“{text}”，按空白读取，不按0处理。");

    /// <summary>GID508: a number is printed with a unit.</summary>
    public static RuleDescriptor NumberWithUnit { get; } = new(
        "GID508", Severity.Info, RuleScope.Import,
        "Number printed with a unit", "数字带有单位",
        "Reading a published document: a cell holds a number with a unit (2件, 251000元); the number is read. An amount in 元 in a column of 万元 is converted exactly (251000元 is 25.1 万元), and so is a bare amount under a fee header that prints 元 (本年收费金额（单位：元）). The 2019 edition's procurement amount keeps the unit printed in its cell (unconverted, not said), and it is said only where that unit differs from the one its column header prints.",
        "读取已发布文档：单元格中数字带有单位（如2件、251000元），读取其数字；万元列中以元填写的金额按精确换算（251000元为25.1万元），列标题注明单位为元（本年收费金额（单位：元））时其下金额亦同。2019年版的采购总金额保留单元格中所印单位（不换算，不另行说明），仅在该单位与列标题所印单位不同时说明。",
        "{cell} holds “{text}”; it is read as {value}.",
        "{cell}为“{text}”，读取为{value}。");

    /// <summary>GID509: （六）其他处理 is printed as one row.</summary>
    public static RuleDescriptor OtherHandlingOneRow { get; } = new(
        "GID509", Severity.Info, RuleScope.Import,
        "（六）其他处理 printed as one row", "（六）其他处理仅有一行",
        "Reading a published document of the 2021 edition: （六）其他处理 is printed as one row (the 2019 layout); it is read into 3.其他, and rows 1 and 2, which the document does not print, are blank. In a document of the 2019 edition the row is the edition's own and nothing is said.",
        "读取2021年版的已发布文档：“（六）其他处理”只有一行（2019年版格式）；按“3.其他”读取，文档未列出的第1、2行为空。2019年版文档中该行本为一行，不作说明。",
        "{row} is printed as one row; it is read into {other}, and the two rows the document does not print are blank.",
        "“{row}”只有一行，按“{other}”读取，文档未列出的另两行为空。");

    /// <summary>GID510: a heading or label is printed as a variant of the template's.</summary>
    public static RuleDescriptor LabelVariant { get; } = new(
        "GID510", Severity.Info, RuleScope.Import,
        "Heading or label read as a variant", "标题或标签按变体识别",
        "Reading a published document: a section heading or a column label differs from the template's by more than spacing and punctuation (other numbering, other wording, a typo); the reader took it as the template's.",
        "读取已发布文档：章节标题或列标签与格式文本的差别不止空格和标点（编号不同、措辞不同或有错字）；已按格式文本识别。",
        "“{text}” is read as {label}.",
        "“{text}”按“{label}”识别。");

    /// <summary>GID511: publishedOn is the page's own date.</summary>
    public static RuleDescriptor PageDateUsed { get; } = new(
        "GID511", Severity.Info, RuleScope.Import,
        "Publication date from the page", "发布日期取自网页",
        "Reading a published document: the report ends without a date, so publishedOn is the page's own publication date (a 发布日期： line or the page's metadata).",
        "读取已发布文档：报告末尾没有日期，发布日期取自网页自身的发布日期（“发布日期：”行或网页元数据）。",
        "The report prints no closing date; publishedOn is the page's date {date}.",
        "报告末尾未注明日期，发布日期取网页日期{date}。");

    /// <summary>GID512: a row is printed twice.</summary>
    public static RuleDescriptor RowRepeated { get; } = new(
        "GID512", Severity.Warning, RuleScope.Import,
        "Row printed twice", "表格行重复",
        "Reading a published document: a row label is printed a second time; the first row is read and the second is not.",
        "读取已发布文档：同一行标签出现两次；读取第一次出现的行，第二次不读取。",
        "{row} is printed again; the first one is read.",
        "“{row}”重复出现，读取第一次出现的行。");

    /// <summary>GID513: a paragraph split by a page break is joined.</summary>
    public static RuleDescriptor ParagraphJoined { get; } = new(
        "GID513", Severity.Info, RuleScope.Import,
        "Paragraph joined across a break", "跨页段落已合并",
        "Reading a published document: a paragraph of the narrative stops in mid-sentence (it ends with a character or 、，, not with closing punctuation) and the next paragraph is not a heading; the two are joined with nothing in between, as a page break of the extraction had split them.",
        "读取已发布文档：叙述中某段在句中断开（以文字或“、”“，”结尾，而非句末标点），且下一段不是标题；两段直接合并（提取时分页将其断开）。",
        "A paragraph ends “{end}” in mid-sentence; it is joined with the next one, which starts “{next}”.",
        "某段以“{end}”结尾，句子未完，已与下一段（以“{next}”开头）合并。");

    /// <summary>GID514: a table's values are placed in the template's column order, its header not naming every column.</summary>
    public static RuleDescriptor TemplateColumnOrder { get; } = new(
        "GID514", Severity.Info, RuleScope.Import,
        "Columns in the template's order", "按格式列序读取",
        "Reading a published document: a table's header does not print every column label (or the table has no header), so its values are read in the order of the template's columns.",
        "读取已发布文档：表头未列出全部列标签（或表格没有表头），各数值按格式规定的列序读取。",
        "The header of the table of {section} does not name every column; its values are read in the template's column order.",
        "“{section}”表格的表头未列出全部列，数值按格式规定的列序读取。");

    /// <summary>GID515: the agency's name is the signature's, which names the body more fully than the title.</summary>
    public static RuleDescriptor AgencyFromSignature { get; } = new(
        "GID515", Severity.Info, RuleScope.Import,
        "Agency named by the signature", "机关名称取自落款",
        "Reading a published document: the signature at the end (the line above the closing date, or the last line) holds the agency's name as the title prints it and names the body more fully (灵丘县武灵镇人民政府 signing a report titled 灵丘县武灵镇2022年度…); the signature's name is the agency's.",
        "读取已发布文档：文末落款（日期上方一行，或无日期时的最后一行）包含标题中的机关名称且更完整（如标题为“灵丘县武灵镇2022年度…”，落款为“灵丘县武灵镇人民政府”）；机关名称取落款。",
        "The title names the agency “{title}”; the signature “{signature}” names it more fully and is taken.",
        "标题中的机关名称为“{title}”，落款“{signature}”更完整，取落款。");

    /// <summary>GID516: the title is printed again just below it, as a site's heading over an article that opens with its own title.</summary>
    public static RuleDescriptor TitleRepeated { get; } = new(
        "GID516", Severity.Info, RuleScope.Import,
        "Title printed twice", "标题重复出现",
        "Reading a published document: the lines just below the title print it again (a site's page heading over an article that opens with its own title, as copied from Word); the title is read once, as the article prints it, and not as the first paragraph of 一、总体情况.",
        "读取已发布文档：标题下方紧接着再次出现标题（网页栏目标题之下，从Word复制的正文又以标题开头）；标题按正文所印读取一次，不作为“一、总体情况”的第一段。",
        "The title “{title}” is printed here again, below the page's heading; it is read once, as printed here.",
        "标题“{title}”在网页标题下方再次出现，按此处所印读取一次。");

    /// <summary>GID517: the article's own title is printed just below a heading that words it otherwise (a site's page heading).</summary>
    public static RuleDescriptor TitleBelowHeading { get; } = new(
        "GID517", Severity.Info, RuleScope.Import,
        "Title below another heading", "正文标题与网页标题不同",
        "Reading a published document: just below the title found first, the article prints its own title of the same year, worded otherwise (a site's page heading over an article copied from Word); the article's own is read as the title, and the heading above it, like any line above the title, is not the report's.",
        "读取已发布文档：先识别出的标题下方紧接着是正文自己的同一年度标题，但措辞不同（网页栏目标题之下，从Word复制的正文以其自身标题开头）；以正文标题为报告标题，其上方的网页标题与标题上方的其他内容一样不属于报告。",
        "The article's own title “{title}” is read as the title; the heading above it, “{heading}”, is not the report's.",
        "以正文标题“{title}”为报告标题；其上方的标题“{heading}”不属于报告。");

    /// <summary>GID518: the title names no agency; the agency's name is the signature's.</summary>
    public static RuleDescriptor AgencyFromSignatureAlone { get; } = new(
        "GID518", Severity.Info, RuleScope.Import,
        "Agency named only by the signature", "机关名称仅见于落款",
        "Reading a published document: the title names no agency before its year (a department's page titled 2022年政府信息公开工作年度报告) and the caller gave none; the signature just above the closing date reads as a body's name and is taken as the agency's.",
        "读取已发布文档：标题中年度之前未写机关名称（如部门网站上题为“2022年政府信息公开工作年度报告”的页面），调用方也未提供；取结尾日期上方的落款为机关名称。",
        "The title “{title}” names no agency; the signature “{signature}” is taken as the agency's name.",
        "标题“{title}”未写机关名称，取落款“{signature}”为机关名称。");

    /// <summary>GID519: a 2019-edition document prints （六）其他处理 as the 2021 edition's sub-rows.</summary>
    public static RuleDescriptor OtherHandlingSubRows { get; } = new(
        "GID519", Severity.Warning, RuleScope.Import,
        "（六）其他处理 printed in the 2021 sub-rows", "（六）其他处理按2021年版分项",
        "Reading a published document of the 2019 edition: （六）其他处理, one row in that edition, is printed as the 2021 edition's sub-rows (1.申请人无正当理由逾期不补正…, 2.…, 3.其他). Their sum is not what the document prints, and adding them up is not the reader's to do: the row is blank.",
        "读取2019年版的已发布文档：该版“（六）其他处理”只有一行，文档却按2021年版分为子项（1.申请人无正当理由逾期不补正……、2.……、3.其他）。文档未印其合计，读取时不代为相加：该行为空。",
        "{row} is printed as the 2021 edition's sub-rows (“{text}”); the 2019 edition has one row, which the document does not print, so it is read as blank.",
        "“{row}”按2021年版分项印出（“{text}”）；2019年版该行只有一行，文档未印，按空白读取。");

    /// <summary>GID520: a 2019-edition document prints a row of section 二 under the 2021 edition's columns.</summary>
    public static RuleDescriptor OtherEditionHeader { get; } = new(
        "GID520", Severity.Warning, RuleScope.Import,
        "Row under the other edition's columns", "行所在列属另一版本",
        "Reading a published document of the 2019 edition: the header over a row of section 二 names a column only the 2021 edition prints (本年制发件数, 本年废止件数, 现行有效件数, …). Its numbers are not the 2019 columns', and reading them in the template's order would put 本年废止件数 under 本年新公开数量: the row is blank.",
        "读取2019年版的已发布文档：第二部分某行的表头印有仅2021年版才有的列（本年制发件数、本年废止件数、现行有效件数等）。其数字不属于2019年版各列，按格式列序读取会把本年废止件数当作本年新公开数量：该行为空。",
        "The header over {row} prints “{text}”, a column of the 2021 edition, not the 2019 edition's; its numbers are read as blank.",
        "“{row}”上方表头印有“{text}”，属2021年版的列，非2019年版；其数字按空白读取。");

    /// <summary>GID521: a row of a table prints numbers but is none of the template's rows.</summary>
    public static RuleDescriptor RowNotRecognised { get; } = new(
        "GID521", Severity.Warning, RuleScope.Import,
        "Row not recognised", "行未能识别",
        "Reading a published document: a row of one of the report's tables prints numbers, but its label is none of the template's rows (a subtotal of a group such as （三）不予公开, a row the agency added, a label too far from the template's to be taken for it, or 2021's sub-rows of （六）其他处理 beside the 2019 edition's own row). No row of the report takes its numbers: they are not read, and the report may lack what the row meant to say.",
        "读取已发布文档：报告某张表中的一行印有数字，但其标签不是格式中的任何一行（如“（三）不予公开”的小计、机关自行增加的行、与格式相差过大而无法认定的标签，或2019年版已印本行时又印的2021年版“（六）其他处理”子项）。报告中没有哪一行接收这些数字：未读取，报告可能缺少该行本要表达的内容。",
        "A row of {section}, “{text}”, prints {count} number(s) but is none of the template's rows; they are not read.",
        "{section}中“{text}”一行印有{count}个数字，但不是格式中的任何一行；未读取。");

    /// <summary>GID522: a paragraph is printed after the closing date.</summary>
    public static RuleDescriptor TextAfterClosing { get; } = new(
        "GID522", Severity.Info, RuleScope.Import,
        "Text after the closing date", "落款日期之后的文字",
        "Reading a published document: a paragraph is printed after the closing date (（此件公开发布）, a contact line, an attachment's name). It is part of no section of the report, so it is not read; each such paragraph is said with its text, so that nothing the document prints is dropped without a word.",
        "读取已发布文档：落款日期之后还印有段落（如“（此件公开发布）”、联系方式、附件名称）。它不属于报告的任何部分，因此未读取；每个这样的段落都连同其文字予以说明，文档所印内容不会无声丢失。",
        "“{text}” is printed after the closing date; it is part of no section of the report and is not read.",
        "“{text}”印于落款日期之后，不属于报告的任何部分，未读取。");

    /// <summary>GID523: a table's header does not line up with the columns of its rows.</summary>
    public static RuleDescriptor HeaderMisaligned { get; } = new(
        "GID523", Severity.Info, RuleScope.Import,
        "Header not lined up with the rows", "表头与数据行未对齐",
        "Reading a published document: a table's merged cells do not line up with its header, as a merged cell printed without its span (or with a wrong one) leaves them: a header cell naming a column of values stands over the rows' labels (the 勾稽 note losing its rowspan pushes the header rows left), one printed cell stands under two columns' headers (a header cell losing its rowspan lets the row below slide under it), a cell stands left of every column of values (a label's rowspan a row short pushes the last row left), or, in a row with one cell for each value, a printed cell stands under no column's header (a header cell one column too wide). Placing the values by the grid would put them under the wrong columns or read one number twice, so they are read in the order the header prints its columns, as in plain text; said once for the table's section, at the cell where it shows.",
        "读取已发布文档：表格的合并单元格与表头未对齐（合并单元格丢失跨度或跨度有误所致）：某个数值列的表头单元格位于各行标签之上（勾稽关系说明单元格丢失rowspan，使表头各行左移），某个单元格位于两列表头之下（表头单元格丢失rowspan，使下一行移到其下），某个单元格位于所有数值列的左侧（标签的rowspan少一行，使最后一行左移），或在每个数值恰有一个单元格的行中，某个有内容的单元格不在任何列的表头之下（表头单元格多跨了一列）。按网格放置会把数值放到错误的列下或重复读取同一数字，因此按表头所印列序读取（与纯文本相同）；每个表格的每个部分在显示问题的单元格处说明一次。",
        "The cells of the table of {section} do not line up with its header (at “{text}”: a merged cell printed without its span, or with a wrong one); the values are read in the order the header prints its columns.",
        "“{section}”表格的单元格与表头未对齐（在“{text}”处：合并单元格丢失跨度或跨度有误）；数值按表头所印列序读取。");

    /// <summary>GID524: an amount's header prints a unit the reader does not convert.</summary>
    public static RuleDescriptor AmountUnitNotRead { get; } = new(
        "GID524", Severity.Warning, RuleScope.Import,
        "Amount in a unit not read", "金额单位无法读取",
        "Reading a published document: the header over an amount prints a unit other than 元 or 万元 (千元, 百万元, 亿元, or another currency such as 美元), or two units (元 and 万元, in one header cell or in two), and the amount's cell prints no unit of its own. The reader converts 元 to the template's 万元 exactly, and guesses no other unit or exchange rate, so the amount is read as blank; its header's text is said.",
        "读取已发布文档：金额上方的列标题所印单位不是元或万元（如千元、百万元、亿元，或美元等其他币种），或印有两种单位（元和万元，在同一或两个列标题中），金额单元格本身也未注明单位。读取时只将元精确换算为格式规定的万元，不推测其他单位或汇率，因此该金额按空白读取，并说明其列标题文字。",
        "The header over {cell} prints “{text}”, a unit other than 元 or 万元, or two units; the amount is not converted and is read as blank.",
        "{cell}的列标题为“{text}”，单位不是元或万元，或有两种单位；金额未换算，按空白读取。");

    /// <summary>GID525: section 四 printed as two tables, read as one.</summary>
    public static RuleDescriptor CaseTablesJoined { get; } = new(
        "GID525", Severity.Info, RuleScope.Import,
        "Section 四 printed as two tables", "第四部分表格分两张印制",
        "Reading a published document: section 四's table is printed as two tables one after the other, one naming 行政复议 and its five columns, the other 行政诉讼 and its ten (a page too narrow for fifteen columns); nothing but empty lines is between them. The two are read as one table, side by side, each value under its own header.",
        "读取已发布文档：第四部分的表格分两张先后印制，一张为行政复议及其五列，另一张为行政诉讼及其十列（页面容不下十五列），两表之间仅有空行。两表按一张表格并排读取，各数值按其所在列标题读取。",
        "{section} is printed as two tables, one for 行政复议 and one for 行政诉讼; they are read as one table, side by side.",
        "“{section}”的表格分两张印制（行政复议、行政诉讼各一张），按一张表格并排读取。");

    /// <summary>GID526: the document prints a second report after the first.</summary>
    public static RuleDescriptor SecondReportNotRead { get; } = new(
        "GID526", Severity.Warning, RuleScope.Import,
        "A second report in the document", "文档中另有一份报告",
        "Reading a published document: after the first report's section 六, the document prints section 一's heading again (under a title of its own, or not): a second report on the same page or in the same file, such as a department's and its subordinate's, or this year's and last year's. A document is read as one report, so the second is not read, from its title (or its heading of 一) to the end; said at its first line. Give each report a document of its own.",
        "读取已发布文档：在第一份报告的第六部分之后，文档再次印有第一部分的标题（前面或有其自身的报告标题）：同一页面或同一文件中另有一份报告（如某部门与其下属单位的报告，或本年与上年的报告）。一个文档按一份报告读取，因此第二份报告自其标题（或其第一部分标题）至文末均未读取，并在其首行处予以说明。请将每份报告单独成文。",
        "A second report begins here, “{text}”; only the document's first report is read.",
        "此处开始另一份报告“{text}”；只读取文档中的第一份报告。");

    /// <summary>GID527: two rows of a table printed as one, read as two.</summary>
    public static RuleDescriptor RowsRunTogether { get; } = new(
        "GID527", Severity.Info, RuleScope.Import,
        "Two rows printed as one", "两行印在同一行",
        "Reading a published document: a row of a table prints, after a row's label and numbers, the label of another row of the template and its numbers, as where a text loses the line break (or, a cell a line, the blank line) between two rows. The two are read as two rows, the second from its label (and its group's label printed before it); said at the second row's label. Only in a table without merged cells (a text's), and only where the second label is the template's as printed.",
        "读取已发布文档：表格某行在一行的标签和数字之后，又印有格式中另一行的标签及其数字，如文本丢失了两行之间的换行（或在每格一行的文本中丢失了两行之间的空行）。按两行读取，第二行自其标签（及其前面印出的分组标签）开始；在第二行标签处予以说明。仅适用于无合并单元格的表格（文本的表格），且第二行标签须与格式原文一致。",
        "The row “{text}” is printed on one line with the row before it, “{previous}”; the two are read as two rows.",
        "“{text}”行与前一行“{previous}”印在同一行，按两行读取。");

    /// <summary>Every rule, in the order findings are reported.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        BlankCell, RowTotal, OutcomeTotal, Balance, CaseTotal, InForce, NarrativeCount, NarrativeCases, LatePublication,
        EarlyPublication, EditionMismatch, FeeNotStated, LongOverview, CarryOver, InForceSeries, RepeatedText, MissingYear, DuplicateYear,
        ItemsSeries, Consolidation, SectionNotFound, TableNotFound, RowNotFound, CellNotNumber, RowNotPlaced, CellAmbiguous, DashAsBlank, NumberWithUnit,
        OtherHandlingOneRow, LabelVariant, PageDateUsed, RowRepeated, ParagraphJoined, TemplateColumnOrder,
        AgencyFromSignature, TitleRepeated, TitleBelowHeading, AgencyFromSignatureAlone, OtherHandlingSubRows, OtherEditionHeader, RowNotRecognised,
        TextAfterClosing, HeaderMisaligned, AmountUnitNotRead, CaseTablesJoined, SecondReportNotRead, RowsRunTogether,
    ];

    /// <summary>The rule with the given code, if any.</summary>
    /// <param name="code">The code (<c>GID101</c>).</param>
    /// <returns>The descriptor, or <see langword="null"/>.</returns>
    public static RuleDescriptor? Find(string code) => All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));
}
