using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovInfoDisclosure.Core.Json;

/// <summary>
/// The source-generated System.Text.Json context of the canonical document, behind
/// <see cref="AnnualReportJson.TypeInfo"/>. No reflection is used.
/// </summary>
[JsonSerializable(typeof(AnnualReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>
/// The System.Text.Json converter of <see cref="AnnualReport"/>: the canonical document, read by the same strict reader
/// and written by the same canonical writer as <see cref="AnnualReportJson"/>. <see cref="AnnualReport"/> carries it as its
/// <see cref="JsonConverterAttribute"/>, so a report inside your own serialized types (and your own source-generated
/// contexts) is written as the canonical document. Through <see cref="JsonSerializer"/> a fault is a
/// <see cref="JsonException"/> whose message names the JSON path.
/// </summary>
public sealed class AnnualReportJsonConverter : JsonConverter<AnnualReport>
{
    /// <inheritdoc />
    public override AnnualReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ReportJsonReader.ReadDocument(ref reader);
        }
        catch (ReportReadFault fault)
        {
            throw new JsonException($"Cannot read the report at {fault.JsonPath}: {fault.Reason}", fault);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AnnualReport value, JsonSerializerOptions options) =>
        ReportJsonWriter.Write(writer, value);
}
