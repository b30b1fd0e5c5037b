using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Json;

/// <summary>
/// The report read through <see cref="JsonSerializer"/>, where the caller's <see cref="Utf8JsonReader"/> may run over a
/// <see cref="System.Buffers.ReadOnlySequence{T}"/> of many segments (a pipe's buffers): a value or a key then spans
/// segments, which <see cref="AnnualReportJson.Read(ReadOnlySpan{byte}, string?)"/> never meets. Same report; the
/// refusals are in <see cref="BadDocumentTests"/>.
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
            var reader = new Utf8JsonReader(Segments.Of(utf8, segment));
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
        var reader = new Utf8JsonReader(Segments.Of(utf8, 2));
        Assert.Equal(json, AnnualReportJson.ToJson(JsonSerializer.Deserialize(ref reader, AnnualReportJson.TypeInfo)!));
    }
}
