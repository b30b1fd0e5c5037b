using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GovInfoDisclosure.Core.Tests.Json;

/// <summary>
/// A small JSON Schema checker for the keywords the generated schemas use (type, enum, required, properties,
/// additionalProperties: false, items, $ref into $defs, minimum, maximum, pattern). It exists so that the tests can check
/// documents against the committed schemas without a schema library; a keyword it does not know fails the check, so a
/// schema that grows a new keyword cannot pass unchecked.
/// </summary>
public static class SchemaChecker
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "format", "$defs"];

    /// <summary>Every place where <paramref name="document"/> breaks <paramref name="schema"/>, as "pointer: reason".</summary>
    public static List<string> Check(JsonElement schema, JsonElement document)
    {
        var errors = new List<string>();
        Check(schema, schema, document, string.Empty, errors);
        return errors;
    }

    private static void Check(JsonElement root, JsonElement schema, JsonElement value, string pointer, List<string> errors)
    {
        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$ref":
                    string reference = keyword.Value.GetString()!;
                    Assert.StartsWith("#/$defs/", reference);
                    Check(root, root.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]), value, pointer, errors);
                    break;
                case "type":
                    string[] types = keyword.Value.ValueKind == JsonValueKind.Array
                        ? [.. keyword.Value.EnumerateArray().Select(t => t.GetString()!)]
                        : [keyword.Value.GetString()!];
                    if (!types.Any(t => IsOfType(value, t)))
                    {
                        errors.Add($"{pointer}: {value.ValueKind} is not of type {string.Join("|", types)}");
                    }

                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(allowed => JsonElement.DeepEquals(allowed, value)))
                    {
                        errors.Add($"{pointer}: {value.GetRawText()} is not among {keyword.Value.GetRawText()}");
                    }

                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonElement name in keyword.Value.EnumerateArray())
                    {
                        if (!value.TryGetProperty(name.GetString()!, out _))
                        {
                            errors.Add($"{pointer}: lacks {name.GetString()}");
                        }
                    }

                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonProperty member in value.EnumerateObject())
                    {
                        if (keyword.Value.TryGetProperty(member.Name, out JsonElement memberSchema))
                        {
                            Check(root, memberSchema, member.Value, pointer + "/" + member.Name, errors);
                        }
                    }

                    break;
                case "additionalProperties" when value.ValueKind == JsonValueKind.Object:
                    Assert.Equal(JsonValueKind.False, keyword.Value.ValueKind);
                    JsonElement known = schema.GetProperty("properties");
                    foreach (JsonProperty member in value.EnumerateObject().Where(m => !known.TryGetProperty(m.Name, out _)))
                    {
                        errors.Add($"{pointer}/{member.Name}: not allowed");
                    }

                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Check(root, keyword.Value, item, $"{pointer}/{index++}", errors);
                    }

                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number:
                    if (Number(value) < Number(keyword.Value))
                    {
                        errors.Add($"{pointer}: {value.GetRawText()} is below {keyword.Value.GetRawText()}");
                    }

                    break;
                case "maximum" when value.ValueKind == JsonValueKind.Number:
                    if (Number(value) > Number(keyword.Value))
                    {
                        errors.Add($"{pointer}: {value.GetRawText()} is above {keyword.Value.GetRawText()}");
                    }

                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    if (!Regex.IsMatch(value.GetString()!, keyword.Value.GetString()!))
                    {
                        errors.Add($"{pointer}: does not match {keyword.Value.GetString()}");
                    }

                    break;
                case "required" or "properties" or "additionalProperties" or "items" or "minimum" or "maximum" or "pattern":
                    break; // applies to another type of value
                default:
                    Assert.Contains(keyword.Name, Annotations);
                    break;
            }
        }
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && decimal.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d) && decimal.Truncate(d) == d,
        _ => throw new ArgumentException("Unknown JSON Schema type " + type, nameof(type)),
    };

    private static decimal Number(JsonElement number) => decimal.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
