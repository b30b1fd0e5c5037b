using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Core.Json;
using static GovInfoDisclosure.Core.Benchmarks.BenchData;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// The canonical JSON document of the same 10,000 reports (shape <see cref="Shape.TenPercentInvalid"/>), pre-serialized
/// as UTF-8 bytes: reading them (<see cref="AnnualReportJson.Read(ReadOnlySpan{byte}, string?)"/>), writing them, and
/// the floor: one <see cref="Utf8JsonReader"/> pass touching every token of the same bytes. Figures are per report.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private AnnualReport[] _reports = [];
    private byte[][] _documents = [];
    private MemoryStream _stream = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reports = ReportGenerator.Generate(ReportCount, Shape.TenPercentInvalid).Reports;
        _documents = [.. _reports.Select(AnnualReportJson.ToUtf8Bytes)];
        _stream = new MemoryStream(_documents.Max(d => d.Length) * 2);
        WarmUp(TimeSpan.FromMilliseconds(500), () => Read(), Write, TokenFloor);
        long bytes = _documents.Sum(d => (long)d.Length);
        Console.WriteLine($"// {nameof(JsonBenchmarks)}: {_documents.Length} documents, {bytes / _documents.Length} bytes on average, {Operations} per invocation");
    }

    [GlobalCleanup]
    public void Cleanup() => _stream.Dispose();

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Read()
    {
        byte[][] documents = _documents;
        int years = 0;
        for (int done = 0; done < Operations; done += documents.Length)
        {
            int take = Math.Min(documents.Length, Operations - done);
            for (int i = 0; i < take; i++)
            {
                years += AnnualReportJson.Read(documents[i]).Year;
            }
        }

        return years;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long Write()
    {
        AnnualReport[] reports = _reports;
        MemoryStream stream = _stream;
        long written = 0;
        for (int done = 0; done < Operations; done += reports.Length)
        {
            int take = Math.Min(reports.Length, Operations - done);
            for (int i = 0; i < take; i++)
            {
                stream.Position = 0;
                AnnualReportJson.Write(reports[i], stream);
                written += stream.Position;
            }
        }

        return written;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public long TokenFloor()
    {
        byte[][] documents = _documents;
        long touched = 0;
        for (int done = 0; done < Operations; done += documents.Length)
        {
            int take = Math.Min(documents.Length, Operations - done);
            for (int i = 0; i < take; i++)
            {
                touched += Touch(documents[i]);
            }
        }

        return touched;
    }

    /// <summary>
    /// Reads every token with the same reader options as the library and touches its value: numbers are parsed, the
    /// bytes of names and strings are looked at (their length), not transcoded to UTF-16.
    /// </summary>
    private static long Touch(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
        long touched = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    touched += reader.TryGetInt32(out int n) ? n : (long)reader.GetDecimal();
                    break;
                case JsonTokenType.String:
                case JsonTokenType.PropertyName:
                    touched += reader.ValueSpan.Length;
                    break;
                default:
                    touched++;
                    break;
            }
        }

        return touched;
    }
}
