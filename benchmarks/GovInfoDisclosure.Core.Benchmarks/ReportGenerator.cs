using System.Globalization;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>The data shapes of the benchmarks.</summary>
public enum Shape
{
    /// <summary>Every report reconciles and has no finding at all (no warning, no info either).</summary>
    AllValid,

    /// <summary>Exactly one report in ten carries one reconciliation fault (GID101–GID105).</summary>
    TenPercentInvalid,

    /// <summary>Every report carries one reconciliation fault (GID101–GID105).</summary>
    AllInvalid,
}

/// <summary>The kinds of reconciliation fault injected into invalid reports.</summary>
public enum FaultKind
{
    /// <summary>No fault.</summary>
    None,

    /// <summary>A row's 总计 off by some amount (GID101).</summary>
    RowTotal,

    /// <summary>（七）总计 of one applicant column off by some amount (GID102).</summary>
    OutcomeTotal,

    /// <summary>结转下年度继续办理 of one applicant column off by some amount (GID103).</summary>
    CarriedForward,

    /// <summary>The 总计 of a block of section 四 off by some amount (GID104).</summary>
    CaseTotal,

    /// <summary>现行有效件数 below 本年制发 − 本年废止 (GID105).</summary>
    InForce,
}

/// <summary>
/// Generates realistic, distinct annual reports with <see cref="AnnualReportBuilder"/> from a fixed seed: most bodies
/// (townships, bureaus) receive no or few applications, a few receive hundreds or thousands; the narratives of
/// sections 一 and 六 are Chinese paragraphs as real reports word them, and state the received and handled counts of
/// the table (<c>收到依申请公开申请事项{N}件</c>, <c>2022年共依法依规办理依申请公开{N}件</c>).
/// </summary>
/// <remarks>
/// The reports of one seed are the same whatever the shape: the shape only decides which of them get a fault, drawn
/// from a second generator seeded with <c>seed + 1</c>. A valid report has no finding of any severity, so that the
/// library's allocation-free path for valid reports is what is measured.
/// </remarks>
public static class ReportGenerator
{
    /// <summary>The seed of every benchmark's data.</summary>
    public const int DefaultSeed = 20_230_131;

    private const int Columns = ReportFormat.ApplicantColumnCount;
    private const int Details = ReportFormat.ApplicantDetailColumnCount;

    private static readonly string[] Provinces = ["河北省", "山西省", "河南省", "山东省", "江苏省", "浙江省", "安徽省", "湖南省", "四川省", "广东省"];

    private static readonly string[] Counties =
    [
        "涞源县", "灵丘县", "偃师区", "易县", "阜平县", "涞水县", "曲阳县", "唐县", "望都县", "顺平县", "繁峙县", "代县", "五台县", "宁武县", "静乐县",
        "神池县", "孟津区", "新安县", "栾川县", "嵩县", "汝阳县", "宜阳县", "洛宁县", "伊川县", "平阴县", "商河县", "沛县", "丰县", "睢宁县", "淳安县",
        "建德市", "桐庐县", "歙县", "休宁县", "黟县", "祁门县", "浏阳市", "宁乡市", "桃江县", "安化县", "蒲江县", "大邑县", "金堂县", "新津区", "博罗县",
        "龙门县", "惠东县", "紫金县", "和平县", "连平县", "蕉岭县", "平远县", "大埔县", "丰顺县", "五华县", "兴宁市", "揭西县", "惠来县", "普宁市", "陆河县",
    ];

    private static readonly string[] Towns =
    [
        "武灵", "缙氏", "金家井", "白石山", "王安", "银坊", "走马驿", "东团堡", "南屯", "北石佛", "上庄", "下关", "红石", "落水", "独山", "史庄", "赵川",
        "柳林", "城关", "新店", "大营", "小寨", "李家", "张村", "马坊", "杨湾", "青龙", "白马", "黄土", "石门", "古城", "西河", "东岭", "南关", "北岗",
        "桃花", "杏园", "梨树", "松林", "竹园", "清水", "长安", "永宁", "太平", "和顺", "兴隆", "富民", "安乐", "丰收", "三河",
    ];

    private static readonly string[] TownKinds = ["镇人民政府", "乡人民政府", "街道办事处"];

    private static readonly string[] Departments =
    [
        "人民政府", "人民政府办公室", "发展和改革局", "教育局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源和规划局",
        "生态环境分局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康局", "应急管理局", "市场监督管理局",
    ];

    private static readonly string[] Focus =
    [
        "全年中心工作和群众关切", "优化营商环境和乡村振兴", "疫情防控和经济社会发展", "重大决策部署和重点领域信息公开", "基层政务公开标准化规范化建设",
    ];

    private static readonly string[] SelfNames = ["我镇", "我乡", "我局", "本机关", "我办", "全县", "我单位"];

    // Where handled applications end up: the 21 outcome rows, weighted as real tables show them (mostly 予以公开 and 本机关不掌握).
    private static readonly int[] OutcomeWeights = [550, 80, 3, 8, 3, 15, 10, 12, 4, 6, 120, 30, 20, 30, 30, 5, 10, 5, 20, 2, 37];

    // Applicants: mostly natural persons.
    private static readonly int[] ColumnWeights = [850, 80, 5, 10, 20, 35];

    /// <summary>Generates <paramref name="count"/> distinct reports of the given shape.</summary>
    /// <param name="count">How many.</param>
    /// <param name="shape">Which of them carry a fault.</param>
    /// <param name="seed">The seed (<see cref="DefaultSeed"/> for the benchmarks).</param>
    /// <param name="edition">
    /// The edition: the 2019 edition's reports are the same draws as the 2021 edition's, for 2019 and 2020, their
    /// （六）其他处理 one row (the three rows' counts added into it) and section 二 in the 2019 cells.
    /// </param>
    /// <returns>The reports, and the fault injected into each.</returns>
    public static (AnnualReport[] Reports, FaultKind[] Faults) Generate(int count, Shape shape, int seed = DefaultSeed, ReportEdition edition = ReportEdition.Edition2021)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var faultRandom = new Random(seed + 1);
        bool[] faulty = ChooseFaulty(count, shape, faultRandom);
        var reports = new AnnualReport[count];
        var faults = new FaultKind[count];
        var names = new HashSet<(string, int)>();
        for (int i = 0; i < count; i++)
        {
            (string agency, string county, string province, int year) = UniqueAgency(random, names, edition);
            var spec = ReportSpec.Create(random, agency, county, province, year, edition);
            FaultKind fault = faulty[i] ? (FaultKind)(1 + faultRandom.Next(5)) : FaultKind.None;
            reports[i] = spec.Build(fault, faultRandom);
            faults[i] = fault;
        }

        return (reports, faults);
    }

    private static bool[] ChooseFaulty(int count, Shape shape, Random random)
    {
        var faulty = new bool[count];
        switch (shape)
        {
            case Shape.AllInvalid:
                Array.Fill(faulty, true);
                break;
            case Shape.TenPercentInvalid:
                // Exactly count / 10 reports, at random places (a partial Fisher–Yates shuffle of the indices).
                int[] indices = [.. Enumerable.Range(0, count)];
                int invalid = count / 10;
                for (int k = 0; k < invalid; k++)
                {
                    int j = random.Next(k, count);
                    (indices[k], indices[j]) = (indices[j], indices[k]);
                    faulty[indices[k]] = true;
                }

                break;
        }

        return faulty;
    }

    private static (string Agency, string County, string Province, int Year) UniqueAgency(Random random, HashSet<(string, int)> names, ReportEdition edition)
    {
        while (true)
        {
            string province = Provinces[random.Next(Provinces.Length)];
            string county = Counties[random.Next(Counties.Length)];
            string agency = random.Next(4) == 0
                ? county + Departments[random.Next(Departments.Length)]
                : county + Towns[random.Next(Towns.Length)] + TownKinds[random.Next(TownKinds.Length)];
            int year = 2021 + random.Next(4);
            year = edition == ReportEdition.Edition2019 ? 2019 + (year % 2) : year;
            if (names.Add((agency, year)))
            {
                return (agency, county, province, year);
            }
        }
    }

    private static int Pick(Random random, int[] weights)
    {
        int total = 0;
        foreach (int w in weights)
        {
            total += w;
        }

        int x = random.Next(total);
        for (int k = 0; k < weights.Length; k++)
        {
            x -= weights[k];
            if (x < 0)
            {
                return k;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>A count as a report writes it: mostly digits, sometimes Chinese numerals (<c>三件</c>, <c>十二件</c>).</summary>
    private static string Number(Random random, int n) =>
        n < 100 && random.Next(5) == 0 ? ChineseNumeral(n) : n.ToString(CultureInfo.InvariantCulture);

    private static string ChineseNumeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n % 10],
            _ when n % 10 == 0 => digits[n / 10] + "十",
            _ => digits[n / 10] + "十" + digits[n % 10],
        };
    }

    /// <summary>The data of one report before it is built: every detail cell, and the narrative.</summary>
    private sealed class ReportSpec
    {
        private readonly int[] _cells = new int[ReportFormat.ApplicationRowCount * Columns];
        private readonly int[] _cases = new int[3 * 4];
        private string _agency = string.Empty;
        private string _county = string.Empty;
        private string _province = string.Empty;
        private string _self = string.Empty;
        private int _year;
        private ReportEdition _edition;
        private int _regulationsIssued;
        private int _regulationsAbolished;
        private int _regulationsInForce;
        private int _normativeIssued;
        private int _normativeAbolished;
        private int _normativeInForce;
        private int _licensing;
        private int _penalties;
        private int _compulsory;
        private decimal _fees;
        private decimal? _processingFee;
        private DateOnly? _publishedOn;
        private Narrative _overview = null!;
        private Narrative _problems = null!;
        private Narrative _otherMatters = null!;

        public static ReportSpec Create(Random random, string agency, string county, string province, int year, ReportEdition edition)
        {
            var spec = new ReportSpec { _agency = agency, _county = county, _province = province, _year = year, _edition = edition };
            spec._self = agency.EndsWith("镇人民政府", StringComparison.Ordinal) ? "我镇"
                : agency.EndsWith("乡人民政府", StringComparison.Ordinal) ? "我乡"
                : agency.EndsWith("街道办事处", StringComparison.Ordinal) ? "我街道"
                : SelfNames[random.Next(2, SelfNames.Length)];
            spec.FillTables(random);
            spec.WriteNarratives(random);
            return spec;
        }

        public AnnualReport Build(FaultKind fault, Random faultRandom)
        {
            var builder = new AnnualReportBuilder(_year, _agency)
                .WithEdition(_edition)
                .ForAgency(_agency, _province + _county)
                .WithTitle($"{_agency}{_year}年政府信息公开工作年度报告")
                .PublishedOn(_publishedOn)
                .WithOverview(_overview)
                .WithProblemsAndImprovements(_problems)
                .WithOtherMatters(_otherMatters)
                .WithInformationProcessingFee(_processingFee);
            if (_edition == ReportEdition.Edition2019)
            {
                // The same numbers in the 2019 cells: made / published / published in all, items / change / decisions.
                builder.Set(DisclosureCell2019.RegulationsMade, _regulationsIssued).Set(DisclosureCell2019.RegulationsPublished, _regulationsIssued)
                    .Set(DisclosureCell2019.RegulationsPublishedTotal, _regulationsInForce + _regulationsIssued)
                    .Set(DisclosureCell2019.NormativeDocumentsMade, _normativeIssued).Set(DisclosureCell2019.NormativeDocumentsPublished, _normativeIssued)
                    .Set(DisclosureCell2019.NormativeDocumentsPublishedTotal, _normativeInForce + _normativeIssued)
                    .Set(DisclosureCell2019.LicensingPreviousYearItems, _licensing / 10).Set(DisclosureCell2019.LicensingChange, _regulationsAbolished - _normativeAbolished)
                    .Set(DisclosureCell2019.LicensingDecisions, _licensing)
                    .Set(DisclosureCell2019.PenaltiesPreviousYearItems, _penalties / 5).Set(DisclosureCell2019.PenaltiesDecisions, _penalties)
                    .Set(DisclosureCell2019.CompulsoryMeasuresPreviousYearItems, _compulsory).Set(DisclosureCell2019.CompulsoryMeasuresDecisions, _compulsory)
                    .Procurement(_compulsory, _fees, _fees == 0 ? null : MoneyUnit.TenThousandYuan);
            }
            else
            {
                builder.Regulations(_regulationsIssued, _regulationsAbolished, _regulationsInForce)
                    .NormativeDocuments(_normativeIssued, _normativeAbolished, _normativeInForce)
                    .Licensing(_licensing)
                    .Penalties(_penalties)
                    .CompulsoryMeasures(_compulsory)
                    .Fees(_fees);
            }

            // Every detail cell of the rows the edition prints; the builder computes the totals, （七）总计 and 结转下年度.
            EditionFormat format = ReportFormat.Of(_edition);
            for (int row = 0; row < ReportFormat.ApplicationRowCount; row++)
            {
                if (row is (int)ApplicationRow.OutcomesTotal or (int)ApplicationRow.CarriedForward || !format.Prints((ApplicationRow)row))
                {
                    continue;
                }

                int at = row * Columns;
                builder.Row((ApplicationRow)row, _cells[at], _cells[at + 1], _cells[at + 2], _cells[at + 3], _cells[at + 4], _cells[at + 5]);
            }

            for (int block = 0; block < 3; block++)
            {
                builder.Cases((CaseBlock)block, _cases[block * 4], _cases[(block * 4) + 1], _cases[(block * 4) + 2], _cases[(block * 4) + 3]);
            }

            InjectFault(builder, fault, faultRandom);
            return builder.Build();
        }

        private static int Delta(Random random) => random.Next(4) == 0 ? random.Next(10, 101) : random.Next(1, 4);

        private int RowSum(int row, int column)
        {
            if (column < Details)
            {
                return _cells[(row * Columns) + column];
            }

            int sum = 0;
            for (int c = 0; c < Details; c++)
            {
                sum += _cells[(row * Columns) + c];
            }

            return sum;
        }

        private int OutcomeSum(int column)
        {
            int sum = 0;
            for (int row = (int)ReportFormat.FirstOutcomeRow; row <= (int)ReportFormat.LastOutcomeRow; row++)
            {
                sum += RowSum(row, column);
            }

            return sum;
        }

        private int Forward(int column) =>
            RowSum((int)ApplicationRow.Received, column) + RowSum((int)ApplicationRow.CarriedOver, column) - OutcomeSum(column);

        /// <summary>Sets one cell to a wrong value, kept as set by the builder (it never recomputes a set cell).</summary>
        private void InjectFault(AnnualReportBuilder builder, FaultKind fault, Random random)
        {
            int delta = Delta(random);
            switch (fault)
            {
                case FaultKind.RowTotal:
                {
                    var row = (ApplicationRow)random.Next(ReportFormat.ApplicationRowCount);
                    row = ReportFormat.Of(_edition).Prints(row) ? row : ApplicationRow.OtherHandling;
                    int correct = row switch
                    {
                        ApplicationRow.OutcomesTotal => OutcomeSum(Details),
                        ApplicationRow.CarriedForward => Forward(Details),
                        _ => RowSum((int)row, Details),
                    };
                    builder.Set(row, ApplicantColumn.Total, OffBy(correct, delta, random));
                    break;
                }

                case FaultKind.OutcomeTotal:
                {
                    // The carried-forward cell is set to its right value, or the builder would derive it from the wrong total.
                    var column = (ApplicantColumn)random.Next(Columns);
                    builder.Set(ApplicationRow.OutcomesTotal, column, OffBy(OutcomeSum((int)column), delta, random));
                    builder.Set(ApplicationRow.CarriedForward, column, Forward((int)column));
                    break;
                }

                case FaultKind.CarriedForward:
                {
                    var column = (ApplicantColumn)random.Next(Details);
                    builder.Set(ApplicationRow.CarriedForward, column, OffBy(Forward((int)column), delta, random));
                    break;
                }

                case FaultKind.CaseTotal:
                {
                    int block = random.Next(3);
                    int correct = _cases[block * 4] + _cases[(block * 4) + 1] + _cases[(block * 4) + 2] + _cases[(block * 4) + 3];
                    builder.Set((CaseBlock)block, CaseColumn.Total, OffBy(correct, delta, random));
                    break;
                }

                case FaultKind.InForce when _edition == ReportEdition.Edition2019:
                    // 对外公开总数量 below 本年新公开数量.
                    builder.Set(DisclosureCell2019.NormativeDocumentsPublished, _normativeInForce + _normativeIssued + delta);
                    break;
                case FaultKind.InForce:
                {
                    // 现行有效 below what was issued this year and not abolished.
                    int issued = _normativeAbolished + delta + random.Next(0, 20);
                    builder.NormativeDocuments(issued, _normativeAbolished, issued - _normativeAbolished - delta);
                    break;
                }
            }
        }

        private static int OffBy(int correct, int delta, Random random) =>
            correct >= delta && random.Next(2) == 0 ? correct - delta : correct + delta;

        private void FillTables(Random random)
        {
            // How busy the body is: most townships receive nothing, a few city bureaus thousands.
            int activity = random.Next(100);
            int handled = activity switch
            {
                < 45 => 0,
                < 80 => random.Next(1, 11),
                < 95 => random.Next(10, 101),
                < 99 => random.Next(100, 1001),
                _ => random.Next(1000, 5001),
            };
            int forward = handled == 0 || random.Next(3) != 0 ? 0 : random.Next(0, Math.Max(1, handled / 10) + 1);

            Span<int> handledByColumn = stackalloc int[Details];
            for (int k = 0; k < handled; k++)
            {
                int row = (int)ReportFormat.FirstOutcomeRow + Pick(random, OutcomeWeights);
                int column = Pick(random, ColumnWeights);
                _cells[(row * Columns) + column]++;
                handledByColumn[column]++;
            }

            if (_edition == ReportEdition.Edition2019)
            {
                // The 2019 edition prints （六）其他处理 as one row: the counts of its three rows go there.
                for (int column = 0; column < Details; column++)
                {
                    foreach (ApplicationRow row in new[] { ApplicationRow.NoCorrection, ApplicationRow.FeeUnpaid })
                    {
                        _cells[((int)ApplicationRow.OtherHandling * Columns) + column] += _cells[((int)row * Columns) + column];
                        _cells[((int)row * Columns) + column] = 0;
                    }
                }
            }

            Span<int> forwardByColumn = stackalloc int[Details];
            for (int k = 0; k < forward; k++)
            {
                forwardByColumn[Pick(random, ColumnWeights)]++;
            }

            // received + carried over = handled + carried forward, per column.
            for (int column = 0; column < Details; column++)
            {
                int need = handledByColumn[column] + forwardByColumn[column];
                int over = need > 0 && random.Next(5) == 0 ? random.Next(0, Math.Min(need, 5) + 1) : 0;
                _cells[((int)ApplicationRow.CarriedOver * Columns) + column] = over;
                _cells[((int)ApplicationRow.Received * Columns) + column] = need - over;
            }

            // Section 四: most bodies have no case at all.
            if (random.Next(100) < 12)
            {
                for (int block = 0; block < 3; block++)
                {
                    if (random.Next(3) == 0)
                    {
                        continue;
                    }

                    for (int k = random.Next(1, 4); k > 0; k--)
                    {
                        _cases[(block * 4) + Pick(random, [50, 15, 15, 20])]++;
                    }
                }
            }

            bool township = !_agency.EndsWith('局');
            _regulationsIssued = random.Next(50) == 0 ? random.Next(1, 3) : 0;
            _regulationsAbolished = random.Next(80) == 0 ? 1 : 0;
            _regulationsInForce = Math.Max(0, _regulationsIssued - _regulationsAbolished) + (random.Next(10) == 0 ? random.Next(1, 10) : 0);
            _normativeIssued = random.Next(3) == 0 ? 0 : random.Next(0, township ? 6 : 25);
            _normativeAbolished = random.Next(4) == 0 ? random.Next(0, 8) : 0;
            _normativeInForce = Math.Max(0, _normativeIssued - _normativeAbolished) + random.Next(0, 60);
            _licensing = township ? (random.Next(2) == 0 ? 0 : random.Next(0, 300)) : random.Next(0, 6000);
            _penalties = random.Next(3) == 0 ? 0 : random.Next(0, township ? 50 : 900);
            _compulsory = random.Next(5) == 0 ? random.Next(0, 40) : 0;
            _fees = random.Next(4) == 0 ? random.Next(0, 500_000) / 100m : 0m;
            _processingFee = random.Next(3) switch
            {
                0 => 0m,
                1 => random.Next(10) == 0 ? random.Next(1, 50) * 10m : 0m,
                _ => null,
            };
            _publishedOn = random.Next(10) == 0 ? null : new DateOnly(_year + 1, 1, random.Next(5, 32));
        }

        private void WriteNarratives(Random random)
        {
            int received = RowSum((int)ApplicationRow.Received, Details);
            int carriedOver = RowSum((int)ApplicationRow.CarriedOver, Details);
            int handled = OutcomeSum(Details);
            int reviews = _cases[0] + _cases[1] + _cases[2] + _cases[3];
            int lawsuits = _cases[4] + _cases[5] + _cases[6] + _cases[7] + _cases[8] + _cases[9] + _cases[10] + _cases[11];
            string y = _year.ToString(CultureInfo.InvariantCulture);

            // Some reports count the applications carried over into the received figure; the format allows both.
            int receivedClaim = carriedOver > 0 && random.Next(3) == 0 ? received + carriedOver : received;
            string receivedSentence = random.Next(3) switch
            {
                0 => $"{y}年{_self}收到依申请公开申请事项{Number(random, receivedClaim)}件。",
                1 => $"{y}年，{_self}共收到政府信息公开申请{Number(random, receivedClaim)}件。",
                _ => $"{y}年，接到依申请公开事项{Number(random, receivedClaim)}项。",
            };
            string handledSentence = $"{y}年共依法依规办理依申请公开{Number(random, handled)}件，均在法定期限内予以答复。";
            string casesSentence = reviews == 0 && lawsuits == 0
                ? $"{y}年，{_self}未发生针对政府信息公开事务的行政复议申请、申诉和行政诉讼案件。"
                : $"{y}年，因政府信息公开被申请行政复议{Number(random, reviews)}件，被提起行政诉讼{Number(random, lawsuits)}件。";

            int posts = random.Next(20, 3000);
            var overview = new List<Paragraph>
            {
                new()
                {
                    Text = $"{y}年，{_agency}在{_county}委、{_county}政府的正确领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，"
                        + $"紧紧围绕{Focus[random.Next(Focus.Length)]}，严格遵循“以公开为原则，不公开为例外”的要求，不断完善政务公开制度，"
                        + "切实保障人民群众的知情权、参与权、表达权和监督权。",
                },
                new()
                {
                    Heading = "（一）主动公开",
                    Text = $"{y}年，{_self}通过政府门户网站主动公开各类政府信息{posts}条，其中政策文件{random.Next(0, 60)}条、政策解读{random.Next(0, 30)}篇，"
                        + $"利用政务微博、微信公众号等新媒体发布信息{random.Next(0, 2000)}条，及时回应社会关切。",
                },
                new()
                {
                    Heading = "（二）依申请公开",
                    Text = "进一步规范依申请公开的受理、审查、处理、答复等环节，明确办理流程和时限要求，注意加强与申请人的主动沟通，做到依法有据、严谨规范、慎重稳妥。"
                        + receivedSentence + handledSentence,
                },
                new()
                {
                    Heading = "（三）政府信息管理",
                    Text = "严格落实公开前保密审查机制，坚持“先审查、后公开”和“一事一审”原则，对拟公开的政府信息依法依规进行审查，"
                        + "确保公开信息不涉及国家秘密、商业秘密和个人隐私。" + casesSentence,
                },
                new()
                {
                    Heading = "（四）平台建设和监督保障",
                    Text = $"持续加强政府网站和政务新媒体管理，全年组织政务公开业务培训{random.Next(1, 6)}次，将政务公开工作纳入年度绩效考核，"
                        + "主动接受社会监督。",
                },
            };

            string feeSentence = _processingFee is > 0m
                ? $"{y}年，{_self}依据《政府信息公开信息处理费管理办法》收取信息处理费{_processingFee.Value.ToString("0", CultureInfo.InvariantCulture)}元。"
                : $"{y}年，{_self}未收取信息处理费。";
            var otherMatters = new List<Paragraph> { new() { Text = feeSentence } };
            if (random.Next(2) == 0)
            {
                otherMatters.Add(new Paragraph { Text = $"全年共依法依规办理依申请公开{Number(random, handled)}件，本年度无其他需要报告的事项。" });
            }

            _overview = new Narrative(overview);
            _otherMatters = new Narrative(otherMatters);
            _problems = new Narrative(
            [
                new Paragraph
                {
                    Text = "一是政务公开工作人员业务能力有待提高，对《条例》的学习领会还不够深入；二是部分信息公开不够及时，公开内容的全面性有待加强；"
                        + "三是政策解读形式较为单一，图解、视频等解读方式运用不多。",
                },
                new Paragraph
                {
                    Text = $"下一步，{_self}将加强业务培训，完善信息发布审核机制，丰富政策解读形式，不断提升政务公开工作水平。",
                },
            ]);
        }
    }
}
