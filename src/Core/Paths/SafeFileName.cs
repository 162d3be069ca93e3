using System.Globalization;
using System.Text;

namespace CallCoach.Core.Paths;

/// <summary>
/// Turns a file name someone else chose (an upload's, a sidecar's) into one plain name that can only ever name a
/// file inside the folder it is combined with: no directories, no "..", no control, bidi or zero-width characters,
/// NFC, at most <see cref="MaxLength"/> characters and <see cref="MaxUtf8Bytes"/> bytes with the extension kept.
/// See docs/decisions/018-signed-ingestion-and-hostile-input.md.
/// </summary>
public static class SafeFileName
{
    public const int MaxLength = 120;

    /// <summary>Linux allows 255 bytes per name; the bins add "-N" and ".reason.txt", so this leaves room for both.</summary>
    public const int MaxUtf8Bytes = 200;

    public const string Fallback = "upload";

    private const int MaxExtensionLength = 16;

    // Reserved on Windows; kept out so a data folder copied there still opens.
    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The safe form of <paramref name="name"/>, or <paramref name="fallback"/> when nothing usable is left.</summary>
    public static string From(string? name, string fallback = Fallback)
    {
        var cleaned = Clean(LastSegment(name ?? string.Empty));
        if (cleaned.Length == 0)
        {
            return fallback;
        }

        if (DeviceNames.Contains(Path.GetFileNameWithoutExtension(cleaned)))
        {
            cleaned = "_" + cleaned;
        }

        return Shorten(cleaned);
    }

    /// <summary>
    /// <paramref name="name"/> made safe and combined with <paramref name="folder"/>. The check that the result is
    /// still inside the folder is a second line of defence: it cannot fail for a name <see cref="From"/> returned.
    /// </summary>
    public static string PathIn(string folder, string? name, string fallback = Fallback)
    {
        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, From(name, fallback)));
        if (!string.Equals(Path.GetDirectoryName(path), Path.TrimEndingDirectorySeparator(root), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{path}' is not directly inside '{root}'.");
        }

        return path;
    }

    /// <summary>
    /// The text as it arrived with control and format characters escaped, for reasons and logs: it cannot break into
    /// lines there, nor turn the rest of the line around with a bidi override.
    /// </summary>
    public static string Printable(string? text) =>
        string.Concat((text ?? string.Empty).Select(c =>
            char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format ? $"\\u{(int)c:x4}" : c.ToString()));

    /// <summary>Both separators count, whatever the platform: a name from Windows arrives as C:\calls\a.wav.</summary>
    private static string LastSegment(string name)
    {
        var slash = name.AsSpan().LastIndexOfAny('/', '\\');
        return slash < 0 ? name : name[(slash + 1)..];
    }

    private static string Clean(string name)
    {
        var builder = new StringBuilder(Math.Min(name.Length, 4 * MaxLength));
        foreach (var rune in WellFormed(name).Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
            {
                // NUL, newlines, bidi overrides (U+202E makes "vaw.exe" read as "exe.wav"), zero-width joiners, BOMs.
                continue;
            }

            if (rune.Value is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                builder.Append('_');
            }
            else
            {
                builder.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
            }
        }

        // Leading dots hide a file (and make "." and ".."); trailing dots and spaces vanish on Windows.
        return builder.ToString().Trim(' ', '.');
    }

    /// <summary>Lone surrogates cannot be normalised, so they go (as U+FFFD, which rune enumeration makes of them) first.</summary>
    private static string WellFormed(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune != Rune.ReplacementChar)
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength && Encoding.UTF8.GetByteCount(name) <= MaxUtf8Bytes)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        if (extension.Length > MaxExtensionLength)
        {
            extension = string.Empty;
        }

        var stem = name[..^extension.Length];
        var kept = new StringBuilder();
        var bytes = Encoding.UTF8.GetByteCount(extension);
        // Whole text elements only, so an accent or a surrogate pair is never cut in half.
        var elements = StringInfo.GetTextElementEnumerator(stem);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            bytes += Encoding.UTF8.GetByteCount(element);
            if (kept.Length + element.Length + extension.Length > MaxLength || bytes > MaxUtf8Bytes)
            {
                break;
            }

            kept.Append(element);
        }

        var shortened = kept.ToString().TrimEnd(' ', '.');
        return shortened.Length == 0 ? Fallback + extension : shortened + extension;
    }
}
