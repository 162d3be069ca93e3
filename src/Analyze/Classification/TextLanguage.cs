namespace CallCoach.Analyze.Classification;

/// <summary>English or Simplified Chinese, told apart by whether the text holds any Chinese character.</summary>
public static class TextLanguage
{
    public const string English = "en";
    public const string Chinese = "zh";

    public static IReadOnlyList<string> All { get; } = [English, Chinese];

    public static string Of(string text) => text.Any(IsChinese) ? Chinese : English;

    public static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
