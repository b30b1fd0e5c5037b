using System.Text.Json;
using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;

namespace GovInfoDisclosure.Core.Tests.Series;

/// <summary>Report files in a temporary folder, and <c>gidr</c> run in-process over them.</summary>
public sealed class CliFolder : IDisposable
{
    public CliFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "gidr-series-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, AnnualReport report)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, AnnualReportJson.ToJson(report));
        return path;
    }

    public string WriteText(string name, string text)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static (int Exit, string Out, string Err, string Stream) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var stream = new MemoryStream();
        int exit = GidrApp.Run(args, stdout, stderr, () => new NonClosing(stream));
        return (exit, stdout.ToString(), stderr.ToString(), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private sealed class NonClosing(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}

public sealed class SeriesCliTests : IDisposable
{
    private readonly CliFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (string First, string Second) WriteBrokenPair()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport r2022 = SeriesFixtures.Next(r2021).ToBuilder().Set(ApplicationRow.CarriedOver, ApplicantColumn.NaturalPerson, 40).Build();
        return (_folder.Write("a-2022.json", r2022), _folder.Write("b-2021.json", r2021));
    }

    [Fact]
    public void Validate_series_adds_the_findings_across_years_to_the_later_years_file()
    {
        (string file2022, string file2021) = WriteBrokenPair();
        (int exit, string output, _, _) = CliFolder.Run("validate", "--series", file2022, file2021);
        Assert.Equal(1, exit);
        string[] lines = output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith(file2022 + ": error GID301 /applications/carriedOver/naturalPerson [二、上年结转政府信息公开申请数量 · 自然人] expected 3, actual 40", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith(file2021 + ": error GID301", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_without_series_does_not_check_across_years()
    {
        (string file2022, string file2021) = WriteBrokenPair();
        (int exit, string output, _, _) = CliFolder.Run("validate", file2022, file2021);
        Assert.DoesNotContain("GID301", output, StringComparison.Ordinal);
        Assert.Equal(1, exit); // 2022's balance (GID103) is broken by the changed carried-over cell
    }

    [Fact]
    public void Validate_series_in_json_puts_the_finding_in_the_later_files_result_with_numbers()
    {
        (string file2022, string file2021) = WriteBrokenPair();
        (_, string output, _, _) = CliFolder.Run("validate", "--series", "--format", "json", file2021, file2022);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement later = doc.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("file").GetString() == file2022);
        JsonElement d = later.GetProperty("diagnostics").EnumerateArray().Single(x => x.GetProperty("code").GetString() == "GID301");
        Assert.Equal("/applications/carriedOver/naturalPerson", d.GetProperty("path").GetString());
        Assert.Equal(3, d.GetProperty("expected").GetInt32());
        Assert.Equal(40, d.GetProperty("actual").GetInt32());
    }

    [Fact]
    public void Validate_series_in_sarif_lists_the_new_rules()
    {
        (string file2022, string file2021) = WriteBrokenPair();
        (_, string output, _, _) = CliFolder.Run("validate", "--series", "--format", "sarif", file2021, file2022);
        Assert.Contains("\"GID305\"", output, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"GID301\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_in_a_series_exits_2_and_the_others_are_still_checked()
    {
        (string file2022, string file2021) = WriteBrokenPair();
        string bad = _folder.WriteText("c.json", "{ \"edition\": ");
        (int exit, string output, string errors, _) = CliFolder.Run("validate", "--series", file2021, bad, file2022);
        Assert.Equal(2, exit);
        Assert.Contains(bad, errors, StringComparison.Ordinal);
        Assert.Contains("GID301", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_in_the_series_is_a_warning()
    {
        string a = _folder.Write("2020.json", SeriesFixtures.Valid(2020));
        string b = _folder.Write("2022.json", SeriesFixtures.Valid(2022));
        (int exit, string output, _, _) = CliFolder.Run("validate", "--series", a, b);
        Assert.Equal(0, exit);
        Assert.Contains(b + ": warning GID304 /year [年度] expected 2021, actual 2022", output, StringComparison.Ordinal);
    }
}
