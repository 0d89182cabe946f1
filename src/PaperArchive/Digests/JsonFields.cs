using System.Text.Json;
using PaperArchive.Diagnostics;

namespace PaperArchive.Digests;

/// <summary>
/// Lenient access to one JSON object's properties. Missing or null is simply "absent"; a value of the
/// wrong type is a warning naming its JSON path, then treated as absent. Nothing here throws.
/// </summary>
internal readonly struct JsonFields(JsonElement element, string path, DiagnosticBag diagnostics)
{
    public string Path => path;

    public string PathOf(string name) => $"{path}.{name}";

    public bool Has(string name) => Get(name, JsonValueKind.Undefined) is not null;

    public string? String(string name)
    {
        if (Get(name, JsonValueKind.String) is not { } value) return null;
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // A "\ud800"-style escape with no partner cannot become a .NET string.
            diagnostics.Warning(PathOf(name), "contains an invalid \\u escape (half of a surrogate pair); the value was ignored, fix the text");
            return null;
        }
    }

    public JsonElement? Array(string name) => Get(name, JsonValueKind.Array);

    public JsonElement? Object(string name) => Get(name, JsonValueKind.Object);

    public bool? Boolean(string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        WrongType(name, "true or false", value);
        return null;
    }

    public int? WholeNumber(string name)
    {
        var value = Get(name, JsonValueKind.Number);
        if (value is null) return null;
        if (value.Value.TryGetInt32(out var number)) return number;
        diagnostics.Warning(PathOf(name), $"expected a whole number but found {value.Value.GetRawText()}; it was ignored");
        return null;
    }

    /// <summary>The property when present with the expected kind (any kind for Undefined); warns on another kind.</summary>
    private JsonElement? Get(string name, JsonValueKind kind)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (kind == JsonValueKind.Undefined || value.ValueKind == kind) return value;
        WrongType(name, Describe(kind), value);
        return null;
    }

    private void WrongType(string name, string expected, JsonElement value) =>
        diagnostics.Warning(PathOf(name), $"expected {expected} but found {Describe(value.ValueKind)}; it was ignored");

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };
}
