namespace CallCoach.Transcribe.VoiceProfiles;

/// <summary>
/// A rep id names a file under the data root, and it comes from sidecars and uploads, so only plain names are
/// allowed: ASCII letters, digits, '-', '_', '.', '@'; not starting with '.'; at most 64 characters. That rules out
/// "..", slashes, backslashes, NUL and other control characters, so no id can reach outside the voices folder.
/// </summary>
public static class RepIds
{
    public const int MaxLength = 64;

    private static readonly System.Buffers.SearchValues<char> Allowed = System.Buffers.SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@");

    /// <summary>Control characters shown as escapes, so an error message cannot break a terminal or a log line.</summary>
    public static string Printable(string? text) => Core.Paths.SafeFileName.Printable(text);

    /// <summary>Why <paramref name="repId"/> cannot name a file, or null when it can.</summary>
    public static string? Problem(string? repId)
    {
        if (string.IsNullOrEmpty(repId))
        {
            return "a rep id must not be empty";
        }

        if (repId.Length > MaxLength)
        {
            return $"a rep id is at most {MaxLength} characters";
        }

        if (repId[0] == '.')
        {
            return "a rep id must not start with '.'";
        }

        // An index, not FirstOrDefault: NUL is char's default and must not read as "nothing found".
        var at = repId.AsSpan().IndexOfAnyExcept(Allowed);
        if (at < 0)
        {
            return null;
        }

        var bad = repId[at];
        return $"a rep id may only hold ASCII letters, digits, '-', '_', '.' and '@', not {(char.IsControl(bad) || char.IsWhiteSpace(bad) ? $"U+{(int)bad:X4}" : $"'{bad}'")}";
    }
}
