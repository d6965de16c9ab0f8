using System.Text.Json;
using AiLambdaInfra.Scaling.Validation;
using NodaTime.Text;

namespace AiLambdaInfra.Scaling.Settings.Reading;

/// <summary>
/// Reads the members of one JSON object into typed values, collecting an error for every mistyped member and,
/// once <see cref="Complete"/> is called, for every member nobody asked for (a typo must never be silently ignored).
/// </summary>
internal sealed class SettingsObjectReader
{
    private readonly JsonElement _element;
    private readonly string _path;
    private readonly List<SettingsError> _errors;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private SettingsObjectReader(JsonElement element, string path, List<SettingsError> errors)
    {
        _element = element;
        _path = path;
        _errors = errors;
    }

    /// <summary>A reader over <paramref name="element"/>, or null (with an error) when it is not an object.</summary>
    public static SettingsObjectReader? Open(JsonElement element, string path, List<SettingsError> errors)
    {
        if (element.ValueKind == JsonValueKind.Object)
            return new SettingsObjectReader(element, path, errors);
        errors.Add(new SettingsError(path,
            $"`{path}` must be a mapping of settings, got {Describe(element)}. Write it as indented `key: value` lines."));
        return null;
    }

    public string PathOf(string name) => _path.Length == 0 ? name : $"{_path}.{name}";

    public int Int(string name, int fallback) => OptionalInt(name) ?? fallback;

    public int? OptionalInt(string name)
    {
        if (!TryGet(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue)
            return (int)d;
        Mistyped(name, "a whole number", value);
        return null;
    }

    public double Double(string name, double fallback)
    {
        if (!TryGet(name, out var value)) return fallback;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d))
            return d;
        Mistyped(name, "a number", value);
        return fallback;
    }

    public bool Bool(string name, bool fallback)
    {
        if (!TryGet(name, out var value)) return fallback;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        Mistyped(name, "true or false", value);
        return fallback;
    }

    public string String(string name, string fallback) => OptionalString(name) ?? fallback;

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        Mistyped(name, "a string", value);
        return null;
    }

    /// <summary>An ISO-8601 date and time with an offset, e.g. <c>2026-12-01T08:00:00Z</c>.</summary>
    public DateTimeOffset? OptionalTimestamp(string name)
    {
        var text = OptionalString(name);
        if (text is null) return null;
        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (parsed.Success)
            return parsed.Value.ToDateTimeOffset();
        _errors.Add(new SettingsError(PathOf(name),
            $"`{PathOf(name)}` must be an ISO-8601 time with an offset such as 2026-12-01T08:00:00Z, got {Printable.Quoted(text)}."));
        return null;
    }

    public IReadOnlyDictionary<string, string> StringMap(string name)
    {
        if (!TryGet(name, out var value)) return new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (value.ValueKind == JsonValueKind.Object) return ReadStringMap(value, PathOf(name));
        Mistyped(name, "a mapping of names to strings", value);
        return new SortedDictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>Reads this whole object as a map of strings (every member is a user-chosen name, so none is unknown).</summary>
    public IReadOnlyDictionary<string, string> WholeAsStringMap()
    {
        foreach (var member in _element.EnumerateObject()) _known.Add(member.Name);
        return ReadStringMap(_element, _path);
    }

    private SortedDictionary<string, string> ReadStringMap(JsonElement value, string path)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            if (member.Value.ValueKind == JsonValueKind.String)
                result[member.Name] = member.Value.GetString()!;
            else if (member.Value.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                result[member.Name] = member.Value.GetRawText();
            else
                _errors.Add(new SettingsError($"{path}.{member.Name}",
                    $"`{path}.{member.Name}` must be a string, got {Describe(member.Value)}."));
        }
        return result;
    }

    public IReadOnlyList<string> StringList(string name)
    {
        if (!TryGet(name, out var value)) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Mistyped(name, "a list of strings", value);
            return [];
        }
        var result = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String) result.Add(item.GetString()!);
            else _errors.Add(new SettingsError($"{PathOf(name)}[{index}]",
                $"`{PathOf(name)}[{index}]` must be a string, got {Describe(item)}."));
            index++;
        }
        return result;
    }

    /// <summary>Reads a list of objects, each with <paramref name="readItem"/>; items that fail to read are left out.</summary>
    public IReadOnlyList<T> ObjectList<T>(string name, Func<SettingsObjectReader, T> readItem)
    {
        if (!TryGet(name, out var value)) return [];
        return ReadObjectList(value, PathOf(name), _errors, readItem);
    }

    /// <summary>Reads a nested object with <paramref name="read"/>, or returns <paramref name="fallback"/> when it is absent.</summary>
    public T Object<T>(string name, T fallback, Func<SettingsObjectReader, T> read)
    {
        if (!TryGet(name, out var value)) return fallback;
        var reader = Open(value, PathOf(name), _errors);
        if (reader is null) return fallback;
        var result = read(reader);
        reader.Complete();
        return result;
    }

    internal static IReadOnlyList<T> ReadObjectList<T>(JsonElement value, string path, List<SettingsError> errors,
        Func<SettingsObjectReader, T> readItem)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new SettingsError(path, $"`{path}` must be a list, got {Describe(value)}. Write each item on a line starting with `- `."));
            return [];
        }
        var result = new List<T>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var reader = Open(item, $"{path}[{index}]", errors);
            if (reader is not null)
            {
                result.Add(readItem(reader));
                reader.Complete();
            }
            index++;
        }
        return result;
    }

    /// <summary>Reports every member that no read asked for.</summary>
    public void Complete()
    {
        foreach (var member in _element.EnumerateObject())
        {
            if (_known.Contains(member.Name)) continue;
            var path = PathOf(member.Name);
            var suggestion = KeySuggestion.Closest(member.Name, _known);
            var hint = suggestion is null ? "" : $" Did you mean `{suggestion}`?";
            _errors.Add(new SettingsError(path,
                $"`{path}` is not a known setting.{hint} Known keys here: {string.Join(", ", _known.Order(StringComparer.Ordinal))}."));
        }
    }

    public void Error(string name, string message) => _errors.Add(new SettingsError(PathOf(name), message));

    private bool TryGet(string name, out JsonElement value)
    {
        _known.Add(name);
        if (_element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
            return true;
        value = default;
        return false;
    }

    private void Mistyped(string name, string expected, JsonElement value) =>
        _errors.Add(new SettingsError(PathOf(name), $"`{PathOf(name)}` must be {expected}, got {Describe(value)}."));

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Printable.Quoted(value.GetString() ?? ""),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => Printable.Short(value.GetRawText()),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "a mapping",
        _ => "nothing",
    };
}
