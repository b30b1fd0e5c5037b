using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using static GovInfoDisclosure.Core.Documents.PrintedText;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary><see cref="PrintedText"/>: how the readers compare labels and read cells and dates, as a transcriber would.</summary>
public class PrintedTextTests
{
    [Theory]
    [InlineData("（三）不予公开", "(三)不予公开")]
    [InlineData("三、本年度 办理结果：", "三.本年度办理结果")]
    [InlineData("1。属于国家秘密", "1.属于国家秘密")]
    [InlineData("。开头的句号", "。开头的句号")]
    [InlineData("第一。二", "第一。二")]
    [InlineData("“规章”\u200B件数。", "规章件数")]
    [InlineData("社会公\u00AD益组织", "社会公益组织")]
    [InlineData("", "")]
    [InlineData("结果！", "结果!")]                 // the first and the last full-width form, each alone in its text
    [InlineData("结果～", "结果~")]
    public void A_label_is_compared_without_spacing_widths_quotes_or_numbering_punctuation(string printed, string compared)
    {
        Assert.Equal(compared, Label(printed));
        Assert.Equal(compared.Length, LabelLength(printed));
    }

    /// <summary>Any text of the characters a label maps, drops or trims, among others: its label's length is counted as it is made.</summary>
    [Property(MaxTest = 500)]
    public Property A_label_s_length_is_counted_without_making_it()
    {
        Gen<string> texts = Gen.ArrayOf(Gen.Elements("一、（）(1)。.，,:;：；“”'\" \t\n\u3000\u200B０9a数量".ToCharArray())).Select(chars => new string(chars));
        return Prop.ForAll(texts.ToArbitrary(), text => LabelLength(text) == Label(text).Length);
    }

    [Theory]
    [InlineData("(三)不予公开", "不予公开")]
    [InlineData("(十一)其他", "其他")]
    [InlineData("(123)四个字符", "四个字符")] // at most three characters between the brackets
    [InlineData("(1234)五个字符", "(1234)五个字符")]
    [InlineData("(三不予公开", "(三不予公开")]
    [InlineData("1.属于国家秘密", "属于国家秘密")]
    [InlineData("12.其他", "其他")]
    [InlineData("三.本年度办理结果", "本年度办理结果")]
    [InlineData("十二.其他", "其他")]
    [InlineData("1)属于国家秘密", "属于国家秘密")]
    [InlineData("①属于国家秘密", "属于国家秘密")]
    [InlineData("⑳其他", "其他")]
    [InlineData("①", "①")]
    [InlineData("12", "12")]
    [InlineData("12)", "12)")]
    [InlineData("1.", "1.")]
    [InlineData("12其他", "12其他")]
    [InlineData(".其他", ".其他")]
    [InlineData("其他", "其他")]
    [InlineData("", "")]
    public void A_label_s_leading_numbering_is_bracketed_or_numerals_and_a_point(string label, string bare)
    {
        Assert.Equal(bare, WithoutNumbering(label));
    }

    [Theory]
    [InlineData("(3)其他", "3.其他")]
    [InlineData("3)其他", "3.其他")]
    [InlineData("(12)其他", "12.其他")]
    [InlineData("①其他", "1.其他")]
    [InlineData("③其他", "3.其他")]
    [InlineData("⑳其他", "20.其他")]
    [InlineData("3.其他", null)]
    [InlineData("(三)其他", null)]
    [InlineData("()其他", null)]
    [InlineData("(3)", null)]
    [InlineData("③", null)]
    [InlineData("其他", null)]
    public void A_sub_rows_number_written_otherwise_is_written_with_a_point(string label, string? pointed)
    {
        Assert.Equal(pointed, WithPointNumbering(label));
    }

    [Theory]
    [InlineData("12", false, nameof(CellKind.Number), 12.0)]
    [InlineData(" 12 ", false, nameof(CellKind.Number), 12.0)] // white space around a number
    [InlineData(" 1 2 ", false, nameof(CellKind.NotNumber), null)] // ... but not between its digits: 12, or 1 and 2?
    [InlineData("2\u300016", false, nameof(CellKind.NotNumber), null)]
    [InlineData("1 234", false, nameof(CellKind.NotNumber), null)]
    [InlineData("1,\n234", false, nameof(CellKind.NotNumber), null)]
    [InlineData("3 .5", true, nameof(CellKind.NotNumber), null)]
    [InlineData("\u00A012\u00A0件", false, nameof(CellKind.NumberWithUnit), 12.0)]
    [InlineData("1 2件", false, nameof(CellKind.NotNumber), null)]
    [InlineData("1\u200B2", false, nameof(CellKind.Number), 12.0)]
    [InlineData("12\u00AD8", false, nameof(CellKind.Number), 128.0)] // a soft hyphen (&shy;) shows nothing mid-line: exploratory testing, thirtieth session
    [InlineData("12\u20608", false, nameof(CellKind.Number), 128.0)] // a word joiner
    [InlineData("１２", false, nameof(CellKind.Number), 12.0)]
    [InlineData("1,234", false, nameof(CellKind.Number), 1234.0)]
    [InlineData("12,345,678", false, nameof(CellKind.Number), 12345678.0)]
    [InlineData("1,23", false, nameof(CellKind.NotNumber), null)]
    [InlineData("1,234,56", false, nameof(CellKind.NotNumber), null)]
    [InlineData("1234,567", false, nameof(CellKind.NotNumber), null)]
    [InlineData(",123", false, nameof(CellKind.NotNumber), null)]
    [InlineData("1.", false, nameof(CellKind.NotNumber), null)]
    [InlineData("1.5", false, nameof(CellKind.NotNumber), null)]
    [InlineData("12件", false, nameof(CellKind.NumberWithUnit), 12.0)]
    [InlineData("11人次", false, nameof(CellKind.NumberWithUnit), 11.0)] // 人次 before 次 (it was 11人 and no number)
    [InlineData("11次", false, nameof(CellKind.NumberWithUnit), 11.0)]
    [InlineData("1,234.5", true, nameof(CellKind.Number), 1234.5)]
    [InlineData("1.2.3", true, nameof(CellKind.NotNumber), null)]
    [InlineData(".5", true, nameof(CellKind.NotNumber), null)] // a number starts and ends with a digit
    [InlineData("1.", true, nameof(CellKind.NotNumber), null)]
    [InlineData("0.5万元", true, nameof(CellKind.NumberWithUnit), 0.5)]
    [InlineData("500元", true, nameof(CellKind.NumberWithUnit), 0.05)]
    [InlineData("0.0000000000000000000000001元", true, nameof(CellKind.NotNumber), null)] // not convertible exactly: not guessed
    [InlineData("0.00000000000000000000000000001", true, nameof(CellKind.NotNumber), null)] // a decimal would round it to 0
    [InlineData("1.00000000000000000000000000001", true, nameof(CellKind.NotNumber), null)] // ... or to 1
    [InlineData("9,234,567,890,123,456,789,012,345.6789", true, nameof(CellKind.NotNumber), null)] // 29 significant digits a decimal rounds
    [InlineData("79,228,162,514,264,337,593,543,950,336", true, nameof(CellKind.NotNumber), null)] // beyond decimal.MaxValue
    [InlineData("—", false, nameof(CellKind.Dash), null)]
    [InlineData("／", false, nameof(CellKind.Dash), null)]
    [InlineData("无", false, nameof(CellKind.Dash), null)]
    [InlineData(" ", false, nameof(CellKind.Empty), null)]
    public void A_cell_is_read_as_a_number_a_dash_a_blank_or_not_a_number(string printed, bool isAmount, string kind, double? value)
    {
        (CellKind Kind, decimal? Value) read = Cell(printed, isAmount);
        Assert.Equal((kind, (decimal?)value), (read.Kind.ToString(), read.Value));
    }

    [Fact]
    public void An_amount_a_decimal_holds_exactly_is_read_up_to_forty_characters_as_printed()
    {
        // 29 significant digits, one after the point: decimal.MaxValue / 10, exactly.
        Assert.Equal((CellKind.Number, (decimal?)(decimal.MaxValue / 10)), Cell("7,922,816,251,426,433,759,354,395,033.5", isAmount: true));
        Assert.Equal((CellKind.Number, (decimal?)0.0000000000000000000000000001m), Cell("0.0000000000000000000000000001", isAmount: true));

        // At most 40 characters as printed, digits, separators and point.
        Assert.Equal((CellKind.Number, (decimal?)decimal.MaxValue), Cell("79,228,162,514,264,337,593,543,950,335.0", isAmount: true));
        Assert.Equal((CellKind.NotNumber, (decimal?)null), Cell("79,228,162,514,264,337,593,543,950,335.00", isAmount: true));
    }

    [Theory]
    [InlineData("-18", nameof(CellKind.Number), -18.0)]
    [InlineData(" －18", nameof(CellKind.Number), -18.0)]
    [InlineData("\u200B−18", nameof(CellKind.Number), -18.0)]
    [InlineData("+3", nameof(CellKind.Number), 3.0)]
    [InlineData("18", nameof(CellKind.Number), 18.0)]
    [InlineData("1.5", nameof(CellKind.NotNumber), null)] // a count, not an amount
    [InlineData("-1.5", nameof(CellKind.NotNumber), null)]
    [InlineData("- 18", nameof(CellKind.Number), -18.0)]
    [InlineData("-1 8", nameof(CellKind.NotNumber), null)]
    [InlineData("-", nameof(CellKind.Dash), null)]
    [InlineData("--", nameof(CellKind.Dash), null)]
    [InlineData("+", nameof(CellKind.NotNumber), null)]
    [InlineData("—18", nameof(CellKind.NotNumber), null)]
    [InlineData("  ", nameof(CellKind.Empty), null)]
    public void A_signed_count_is_a_count_after_one_sign_in_any_width(string printed, string kind, double? value)
    {
        (CellKind Kind, decimal? Value) read = SignedCell(printed);
        Assert.Equal((kind, (decimal?)value), (read.Kind.ToString(), read.Value));
    }

    [Theory]
    [InlineData("251000元", nameof(CellKind.Number), 251000.0, MoneyUnit.Yuan)]
    [InlineData("1835.25万元", nameof(CellKind.Number), 1835.25, MoneyUnit.TenThousandYuan)]
    [InlineData("万元", nameof(CellKind.Empty), null, MoneyUnit.TenThousandYuan)]
    [InlineData("-元", nameof(CellKind.Dash), null, MoneyUnit.Yuan)]
    [InlineData("1835.25", nameof(CellKind.Number), 1835.25, null)]
    [InlineData("约5万元", nameof(CellKind.NotNumber), null, null)]
    [InlineData("5件", nameof(CellKind.NotNumber), null, null)]
    [InlineData("48 .65万元", nameof(CellKind.NotNumber), null, null)]
    [InlineData("1 2 万元", nameof(CellKind.NotNumber), null, null)]
    [InlineData(" 12 万元", nameof(CellKind.Number), 12.0, MoneyUnit.TenThousandYuan)]
    public void A_procurement_amount_keeps_the_unit_printed_with_it(string printed, string kind, double? value, MoneyUnit? unit)
    {
        (CellKind Kind, decimal? Value, MoneyUnit? Unit) read = AmountWithUnit(printed);
        Assert.Equal((kind, (decimal?)value, unit), (read.Kind.ToString(), read.Value, read.Unit));
    }

    [Theory]
    [InlineData("2023年12月31日", 2023, 12, 31)]
    [InlineData("二〇二三年十二月三十一日", 2023, 12, 31)]
    [InlineData("二零二三年一月十日", 2023, 1, 10)]
    [InlineData("二〇二三年十月二十日", 2023, 10, 20)]
    [InlineData("二〇二三年一月十五日", 2023, 1, 15)]
    [InlineData("2024年2月29日", 2024, 2, 29)]
    [InlineData("0001年1月1日", 1, 1, 1)] // every year of four digits a DateOnly holds
    [InlineData("9999年12月31日", 9999, 12, 31)]
    [InlineData("二○二三年一月十五日", 2023, 1, 15)] // the zero typed as a circle (U+25CB)
    [InlineData("二◯二三年一月十五日", 2023, 1, 15)] // ... or the large circle (U+25EF; review of issue 10's twenty-ninth session)
    [InlineData("二OO二年一月十五日", 2002, 1, 15)] // ... or as the letter O, in either width
    [InlineData("二ＯＯ二年一月十五日", 2002, 1, 15)]
    [InlineData("二〇二三年元月十五日", 2023, 1, 15)] // 元月, the first month
    [InlineData("2023年元月5日", 2023, 1, 5)]
    [InlineData("2023-01-15", 2023, 1, 15)] // a closing line in figures with one separator throughout
    [InlineData("2023.1.15", 2023, 1, 15)]
    [InlineData("2023/1/15", 2023, 1, 15)]
    [InlineData("2023．1．15", 2023, 1, 15)]
    [InlineData("日期：2023年1月15日", 2023, 1, 15)] // labelled (exploratory testing, thirtieth session: read as narrative)
    [InlineData("发布日期: 2023-01-15", 2023, 1, 15)]
    [InlineData("成文日期：二〇二三年一月十五日", 2023, 1, 15)]
    public void A_closing_date_is_read_in_digits_or_chinese_numerals(string printed, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Date(printed, wholeText: true));
    }

    [Theory]
    [InlineData("2023年2月29日")]
    [InlineData("2023年4月31日")]
    [InlineData("2023年13月1日")]
    [InlineData("2023年0月1日")]
    [InlineData("2023年1月0日")]
    [InlineData("0000年1月1日")]
    [InlineData("2023年1月1日发布")]
    [InlineData("十")]
    [InlineData("2023年1十月1日")] // a digit glued to 十 makes no numeral: 十 after an Arabic 1 is not 十 after 一
    [InlineData("2023-1/15")] // separators mixed
    [InlineData("2023-01-15 10:20")] // a time after it: not a closing line
    [InlineData("2O23年1月1日")] // a letter O among figures is a letter
    [InlineData("O")]
    [InlineData("元月")]
    [InlineData("时间：2023年1月15日")] // only 日期 labels a closing date
    [InlineData("日期：")]
    public void What_is_not_a_calendar_date_is_no_date(string printed)
    {
        Assert.Null(Date(printed, wholeText: true));
    }

    [Theory]
    [InlineData("发布时间：2023-01-15 10:20 来源：十", 2023, 1, 15)]
    [InlineData("2023/1/5", 2023, 1, 5)]
    public void A_page_s_date_is_found_within_its_text(string printed, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Date(printed, wholeText: false));
    }
}
