using System.Text.RegularExpressions;
using CallCoach.Core.Privacy;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// E-mail addresses, written ("zhang.wei@example.com", "zhangwei＠qq.com") or said ("zhang dot wei at example dot com",
/// "zhangwei at example.com", "zhangwei 艾特 163 点 com"). A said address needs a known top-level domain at its end, and
/// a one-word name before "at" must not be an everyday word, so "visit us at example.com" and "look at this dot com"
/// stay as they are. A website read out after "at" ("the docs at docs.example.com") looks like an address with a
/// written domain, so that form also needs e-mail words nearby or a name that looks like a mailbox ("zhang_wei88").
/// A pinyin surname said before a one-word name belongs to it: "zhang wei at qq dot com" is zhangwei@qq.com.
/// </summary>
internal static partial class Emails
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace;

    private static readonly HashSet<string> EverydayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they",
        "them", "their", "it", "its", "this", "that", "these", "those", "there", "here", "who", "what", "where", "when",
        "which", "is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "have", "has", "had", "will",
        "would", "can", "could", "should", "may", "might", "must", "not", "no", "yes", "and", "or", "but", "so", "if",
        "then", "than", "also", "just", "only", "even", "still", "all", "any", "some", "more", "most", "less", "much",
        "many", "look", "looking", "looked", "visit", "visiting", "find", "found", "see", "seen", "meet", "meeting",
        "met", "work", "works", "working", "worked", "live", "lives", "living", "stay", "staying", "arrive", "arrived",
        "available", "online", "based", "located", "listed", "posted", "hosted", "sold", "selling", "buy", "bought",
        "shop", "shopping", "order", "ordered", "sign", "signed", "up", "in", "on", "off", "out", "over", "back", "now",
        "today", "tomorrow", "tonight", "later", "time", "home", "office", "booth", "website", "site", "page", "link",
        "everyone", "anyone", "someone", "people", "team", "company", "again", "once", "directly", "right", "best",
        "price", "prices", "deal", "deals", "free", "open", "closed", "start", "started", "launch", "launched",
        "download", "register", "registered", "login", "demo", "event", "conference", "stand", "desk",
        "anytime", "anywhere", "together", "first", "last", "next", "soon", "well", "good", "great", "fine", "docs",
        "details", "pricing", "websites", "blog", "forum", "store", "portal", "homepage", "news", "updates",
    };

    private static readonly HashSet<string> Surnames = new(StringComparer.OrdinalIgnoreCase)
    {
        "zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao",
        "lin", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu", "dong", "xiao",
        "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei",
        "xue", "ye", "yan", "pan", "du", "dai", "xia", "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan",
        "liao", "zou", "xiong", "jin", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao",
        "meng", "duan", "lei", "qian", "yin", "chang", "wen", "niu", "ou", "wong", "lee", "chan", "cheung", "ng",
    };

    public static IEnumerable<PiiMatch> In(string text)
    {
        foreach (Match match in Written().Matches(text))
        {
            yield return new PiiMatch(PiiCategory.Email, match.Index, match.Length);
        }

        foreach (Match match in Said().Matches(text))
        {
            var local = match.Groups["local"].Value;
            var mailboxLike = Joined().IsMatch(local);
            if (local.Length < 2 || (!mailboxLike && EverydayWords.Contains(local))
                || (match.Groups["word"].Success && !SpokenDot().IsMatch(match.Groups["domain"].Value)
                    && !mailboxLike && !local.Any(char.IsAsciiDigit) && !SaysEmail(text, match.Index, match.Index + match.Length)))
            {
                continue;
            }

            var start = mailboxLike ? match.Index : SurnameBefore(text, match.Index);
            yield return new PiiMatch(PiiCategory.Email, start, match.Index + match.Length - start);
        }
    }

    // "… to zhangwei at example.com": an address is what something is sent or written to.
    private static bool SaysEmail(string text, int start, int end) =>
        text.AsSpan(0, start).EndsWith(" to ", StringComparison.OrdinalIgnoreCase)
        || EmailWords().IsMatch(text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)))
        || EmailWords().IsMatch(text.AsSpan(end, Math.Min(20, text.Length - end)));

    private static int SurnameBefore(string text, int start)
    {
        var word = start - 1;
        while (word > 0 && SpokenDigits.IsAsciiLetter(text[word - 1]))
        {
            word--;
        }

        return start >= 2 && text[start - 1] == ' ' && word < start - 1 && (word == 0 || !char.IsLetterOrDigit(text[word - 1]))
            && Surnames.Contains(text[word..(start - 1)])
            ? word
            : start;
    }

    // local@domain, "@" possibly full-width and spaced, the domain's dots possibly said.
    [GeneratedRegex(
        """
        (?<![A-Za-z0-9._%+-])
        [A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_])?
        \s?[@＠]\s?
        [A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?
        (?:(?:\.|．|\s+dot\s+|\s*点\s*)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*
        (?:\.|．|\s+dot\s+|\s*点\s*)[A-Za-z]{2,24}
        (?![A-Za-z0-9-])
        """,
        Options,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Written();

    // name "at" (or 艾特) domain, with dots said or written and a top-level domain people say.
    [GeneratedRegex(
        """
        (?<![A-Za-z0-9._%+@＠'’-])
        (?<local>[A-Za-z0-9]+(?:(?:[._+-]|\s+(?:dot|underscore|dash|hyphen)\s+)[A-Za-z0-9]+)*)
        (?:(?<word>\s+at\s+)|\s*艾特\s*|\s*[(\[]at[)\]]\s*)
        (?<domain>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?
        (?:(?:\.|．|\s+dot\s+|\s*点\s*|\s*[(\[]dot[)\]]\s*)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*
        (?:\.|．|\s+dot\s+|\s*点\s*|\s*[(\[]dot[)\]]\s*)
        (?:com|net|org|edu|gov|cn|io|co|uk|hk|tw|mo|sg|jp|kr|de|fr|au|ca|us|in|info|biz|me|ai|app|dev|tech|xyz|top|vip|cc|tv|mobi|email))
        (?![A-Za-z0-9-])
        """,
        Options,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Said();

    [GeneratedRegex(@"[._+-]|\s", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    [GeneratedRegex(@"\sdot\s|点|[(\[]dot", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpokenDot();

    [GeneratedRegex(@"e-?mail|\bmail|邮箱|邮件|电邮|地址|address|\bsend|\bwrite|\breach|\bcontact|\bcc\b|\bcopy|\bloop|发到|发给|发送|联系", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailWords();
}
