using System.Net;
using System.Text.RegularExpressions;
using CallCoach.Ingest.Decoding;

namespace CallCoach.Ingest.Transcripts;

/// <summary>
/// Reads WebVTT and SRT cues as Teams, Zoom and Feishu export them. Both formats are blocks of
/// "timing line, then text lines" separated by blank lines, so one reader serves both.
/// Voices come from WebVTT &lt;v Name&gt; tags, or from a leading "Name: " as Zoom and Feishu write it.
/// </summary>
internal static partial class SubtitleParser
{
    // Non-backtracking: "\s+" and "[^>]+" both take spaces, so "<v" and a long run of spaces without ">" would
    // otherwise take time quadratic in the line's length.
    [GeneratedRegex(@"<v(?:\.[\w.-]+)?\s+(?<name>[^>]+)>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex VoiceTag();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex AnyTag();

    // "Jane Doe: text" or "张伟：text"; at most four words, no digits in the name, and the text must not start with a
    // number or currency sign, so "Price: 200 per seat" stays text.
    [GeneratedRegex(@"^(?<name>[\p{L}][\p{L}'.\-]*(?:\s[\p{L}][\p{L}'.\-]*){0,3})\s*[:：]\s*(?<text>[^\s\d\p{Sc}].*)$")]
    private static partial Regex NamePrefix();

    public static IReadOnlyList<TranscriptCue> Parse(string content, bool isWebVtt)
    {
        var lines = content.Replace("\r\n", "\n").Replace('\r', '\n').TrimStart('\uFEFF').Split('\n');
        if (isWebVtt && !lines[0].TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            throw new UnreadableRecordingException("not a WebVTT file: the first line must start with WEBVTT");
        }

        var cues = new List<TranscriptCue>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!CueTimestamp.TryParseTiming(lines[i], out var start, out var end))
            {
                continue;
            }

            var text = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim().Length > 0; i++)
            {
                text.Add(lines[i].Trim());
            }

            var cue = ToCue(start, end, string.Join(' ', text));
            if (cue is not null)
            {
                cues.Add(cue);
            }
        }

        if (cues.Count == 0)
        {
            throw new UnreadableRecordingException($"no timed cues found in this {(isWebVtt ? "WebVTT" : "SRT")} file");
        }

        return cues;
    }

    private static TranscriptCue? ToCue(double start, double end, string raw)
    {
        string? voice = null;
        var tag = VoiceTag().Match(raw);
        if (tag.Success)
        {
            voice = tag.Groups["name"].Value.Trim();
        }

        var text = WebUtility.HtmlDecode(AnyTag().Replace(raw, string.Empty)).Trim();
        if (voice is null)
        {
            var prefix = NamePrefix().Match(text);
            if (prefix.Success)
            {
                voice = prefix.Groups["name"].Value.Trim();
                text = prefix.Groups["text"].Value.Trim();
            }
        }

        return text.Length == 0 ? null : new TranscriptCue(start, end, voice, text);
    }
}
