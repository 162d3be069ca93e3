using System.Text.Json;
using CallCoach.Ingest.Decoding;

namespace CallCoach.Ingest.Metadata;

/// <summary>
/// Walks the metadata JSON token by token before it is bound, so a document nested too deep or holding a huge or
/// control-character string is refused with a message that says which limit it broke and where.
/// </summary>
internal static class MetadataShape
{
    public static void Check(ReadOnlySpan<byte> json, string name)
    {
        // One level more than the limit, so the reader's own depth error never pre-empts the clearer message below.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            MaxDepth = MetadataLimits.MaxDepth + 1,
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= MetadataLimits.MaxDepth)
                {
                    throw Malformed(name, $"nested deeper than {MetadataLimits.MaxDepth} levels at {Where(reader)}");
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                {
                    CheckString(reader.GetString()!, reader, name);
                }
            }
        }
        catch (JsonException e)
        {
            throw Malformed(name, e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            // GetString throws this for invalid UTF-8 inside a string.
            throw Malformed(name, $"{e.Message} at {Where(reader)}", e);
        }
    }

    private static void CheckString(string value, Utf8JsonReader reader, string name)
    {
        if (value.Length > MetadataLimits.MaxStringLength)
        {
            throw Malformed(name, $"a string of {value.Length} characters at {Where(reader)}; at most {MetadataLimits.MaxStringLength} are allowed");
        }

        var control = value.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        control = control >= 0 ? control : value.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        if (control >= 0)
        {
            throw Malformed(name, $"a control character U+{(int)value[control]:X4} in a string at {Where(reader)}");
        }
    }

    private static string Where(Utf8JsonReader reader) => $"byte {reader.TokenStartIndex}";

    public static UnreadableRecordingException Malformed(string name, string problem, Exception? inner = null) =>
        inner is null
            ? new UnreadableRecordingException($"malformed metadata {name}: {problem}")
            : new UnreadableRecordingException($"malformed metadata {name}: {problem}", inner);
}
