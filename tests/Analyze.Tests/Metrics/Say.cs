using CallCoach.Core.Calls;
using CallCoach.Core.Transcripts;

namespace CallCoach.Analyze.Tests.Metrics;

/// <summary>Hand-written transcripts: who said what, when.</summary>
internal static class Say
{
    public static TranscriptSegment Rep(double start, double end, string text = "") => new(Speaker.Rep, start, end, text, []);

    public static TranscriptSegment Customer(double start, double end, string text = "") => new(Speaker.Customer, start, end, text, []);

    public static TranscriptSegment Unknown(double start, double end, string text = "") => new(Speaker.Unknown, start, end, text, []);

    /// <summary>"word word word…", for rates where only the count matters.</summary>
    public static string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count));
}
