using System.Text.RegularExpressions;

namespace CallCoach.Analyze.Radar;

/// <summary>
/// Whether a sentence names a day or a time ("Tuesday at ten", "the 14th", "next week", 周二下午, 下周三, 3月5号):
/// what turns "let's talk again" into a next step someone can put in a calendar.
/// </summary>
public static partial class DateMention
{
    public static bool In(string text) => English().IsMatch(text) || Chinese().IsMatch(text);

    [GeneratedRegex(
        @"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|tomorrow|tonight|" +
        @"next (week|month)|end of (the )?(week|month)|this (week|afternoon|morning|evening)|" +
        @"january|february|march|april|may|june|july|august|september|october|november|december|" +
        @"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|" +
        @"\b\d{1,2}(:\d{2})?\s?(am|pm|a\.m\.|p\.m\.|o'?clock)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}(st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b|" +
        @"\bat (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex English();

    [GeneratedRegex(@"(周|星期|礼拜)[一二三四五六日天1-7]|明天|后天|今天下午|今晚|下(个)?(周|星期|礼拜|月)|月底|周末|[0-9一二三四五六七八九十两]+\s*(月|号|日|点|:[0-9]{2})")]
    private static partial Regex Chinese();
}
