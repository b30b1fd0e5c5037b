using System.Text.Json;
using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Narratives;
using GovInfoDisclosure.Core.Validation;
using static GovInfoDisclosure.Core.Benchmarks.BenchData;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// Not one of the comparisons: where the library's time and allocations go, on the valid reports
/// (<see cref="Shape.AllValid"/>). <see cref="Library"/> is <c>ValidationBenchmarks.Library</c> again, as the baseline;
/// the other methods take it apart. Figures are per report.
/// </summary>
[MemoryDiagnoser]
public class DiagnosisBenchmarks
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly NarrativeClaim[] _claims = new NarrativeClaim[16];
    private AnnualReport[] _reports = [];
    private ReportValidator _withoutNarrative = null!;
    private int?[][] _rows = [];
    private MemoryStream _stream = null!;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reports = ReportGenerator.Generate(ReportCount, Shape.AllValid).Reports;
        _withoutNarrative = new ReportValidator(ValidatorOptions.Default.Disable("GID201", "GID202"));
        _rows = [.. _reports.Select(r => ExtractCells(r).Take(25 * 7).Select(c => (int?)c).ToArray())];
        _stream = new MemoryStream(64 * 1024);
        _writer = new Utf8JsonWriter(_stream, WriterOptions);
        WarmUp(TimeSpan.FromMilliseconds(500), () => Library(), () => LibraryWithoutNarrative(), () => NarrativeExtraction(), () => CreateRows(), WriteReusedWriter);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    /// <summary>Every per-report rule (as <c>ValidationBenchmarks.Library</c>).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int Library() => Validate(ReportValidator.Default);

    /// <summary>Every per-report rule but the narrative ones (GID201, GID202): the tables, dates, edition, fee, overview length.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int LibraryWithoutNarrative() => Validate(_withoutNarrative);

    /// <summary>Only the claim extraction from sections 一 and 六 that GID201 and GID202 run, with the same span API.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int NarrativeExtraction()
    {
        AnnualReport[] reports = _reports;
        Span<NarrativeClaim> claims = _claims;
        int found = 0;
        for (int done = 0; done < Operations; done += reports.Length)
        {
            int take = Math.Min(reports.Length, Operations - done);
            for (int i = 0; i < take; i++)
            {
                foreach (Paragraph p in reports[i].Overview!.Paragraphs)
                {
                    found += NarrativeClaimExtractor.Extract(p.Text.AsSpan(), claims);
                }

                foreach (Paragraph p in reports[i].OtherMatters!.Paragraphs)
                {
                    found += NarrativeClaimExtractor.Extract(p.Text.AsSpan(), claims);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The 25 rows of section 三 created from their cells (<see cref="ApplicantBreakdown.FromCells"/>), as the JSON reader
    /// and the builder create them: what the model's per-cell guards cost.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int CreateRows()
    {
        int?[][] rows = _rows;
        int sum = 0;
        for (int done = 0; done < Operations; done += rows.Length)
        {
            int take = Math.Min(rows.Length, Operations - done);
            for (int i = 0; i < take; i++)
            {
                ReadOnlySpan<int?> cells = rows[i];
                for (int row = 0; row < 25; row++)
                {
                    sum += ApplicantBreakdown.FromCells(cells.Slice(row * 7, 7)).Total ?? 0;
                }
            }
        }

        return sum;
    }

    /// <summary>The canonical document written through one reused <see cref="Utf8JsonWriter"/> (Reset per report).</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public long WriteReusedWriter()
    {
        AnnualReport[] reports = _reports;
        long written = 0;
        for (int done = 0; done < Operations; done += reports.Length)
        {
            int take = Math.Min(reports.Length, Operations - done);
            for (int i = 0; i < take; i++)
            {
                _stream.Position = 0;
                _writer.Reset(_stream);
                AnnualReportJson.Write(reports[i], _writer);
                _writer.Flush();
                written += _stream.Position;
            }
        }

        return written;
    }

    private int Validate(ReportValidator validator) => BenchData.CountInvalid(validator, _reports);
}
