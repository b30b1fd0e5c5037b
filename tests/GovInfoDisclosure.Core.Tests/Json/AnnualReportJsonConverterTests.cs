using System.Buffers;
using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Json;

/// <summary>
/// The report read through <see cref="JsonSerializer"/>, where the caller's <see cref="Utf8JsonReader"/> may run over a
/// <see cref="ReadOnlySequence{T}"/> of many segments (a pipe's buffers): a value or a key then spans segments, which
/// <see cref="AnnualReportJson.Read(ReadOnlySpan{byte}, string?)"/> never meets. Same report, same refusals.
/// </summary>
public sealed class AnnualReportJsonConverterTests
{
    public static TheoryData<string> Samples => new(Directory.GetFiles(TestReports.SamplesFolder, "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_read_from_a_sequence_of_small_segments_is_the_report_read_from_its_bytes(string sample)
    {
        byte[] utf8 = File.ReadAllBytes(TestReports.SamplePath(sample));
        string expected = AnnualReportJson.ToJson(AnnualReportJson.Read(utf8));

        foreach (int segment in new[] { 1, 3, 7, 64 })
        {
            var reader = new Utf8JsonReader(InSegments(utf8, segment));
            AnnualReport? report = JsonSerializer.Deserialize(ref reader, AnnualReportJson.TypeInfo);

            Assert.NotNull(report);
            Assert.Equal(expected, AnnualReportJson.ToJson(report));
        }
    }

    [Fact]
    public void Escaped_keys_and_values_read_as_their_characters_from_a_span_and_from_segments()
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid());
        string escaped = json.Replace("\"naturalPerson\": 4,", "\"natural\\u0050erson\": 4,", StringComparison.Ordinal)
            .Replace("\"year\"", "\"\\u0079ear\"", StringComparison.Ordinal);
        Assert.NotEqual(json, escaped);
        byte[] utf8 = Encoding.UTF8.GetBytes(escaped);

        Assert.Equal(json, AnnualReportJson.ToJson(AnnualReportJson.Read(utf8)));
        var reader = new Utf8JsonReader(InSegments(utf8, 2));
        Assert.Equal(json, AnnualReportJson.ToJson(JsonSerializer.Deserialize(ref reader, AnnualReportJson.TypeInfo)!));
    }

    public static TheoryData<string, string, string> Faults => new()
    {
        { "\"naturalPerson\": 4,", "\"naturalPerson\": 3000000000,", "the count 3000000000 is too large" },
        { "\"naturalPerson\": 4,", "\"naturalPerson\": 4.5,", "4.5" },
        { "\"naturalPerson\": 4,", "\"naturalPerson\": -4,", "-4" },
        { "\"naturalPerson\": 4,", "\"naturalPerson\": 4, \"naturalPerson\": 5,", "naturalPerson" },
        { "\"year\": 2022,", string.Empty, "year" },
        { "\"amount\": 18.25", "\"amount\": 18.2500000000000000000000000000001", "18.2500000000000000000000000000001" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_bad_document_is_refused_for_the_same_reason_from_segments_as_from_its_bytes(string find, string replace, string named)
    {
        string valid = AnnualReportJson.ToJson(TestReports.Valid());
        Assert.Contains(find, valid);
        int at = valid.IndexOf(find, StringComparison.Ordinal);
        byte[] utf8 = Encoding.UTF8.GetBytes(valid[..at] + replace + valid[(at + find.Length)..]);

        var fromBytes = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(utf8));
        Assert.Contains(named, fromBytes.Reason);

        foreach (int segment in new[] { 1, 5 })
        {
            var fromSegments = Assert.Throws<JsonException>(() =>
            {
                var reader = new Utf8JsonReader(InSegments(utf8, segment));
                return JsonSerializer.Deserialize(ref reader, AnnualReportJson.TypeInfo);
            });
            Assert.Equal($"Cannot read the report at {fromBytes.JsonPath}: {fromBytes.Reason}", fromSegments.Message);
        }
    }

    private static ReadOnlySequence<byte> InSegments(byte[] bytes, int size)
    {
        Segment first = new(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
        Segment last = first;
        for (int start = size; start < bytes.Length; start += size)
        {
            last = last.Append(bytes.AsMemory(start, Math.Min(size, bytes.Length - start)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
