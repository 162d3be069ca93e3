namespace CallCoach.Core.Analysis;

/// <summary>
/// How the conversation went, from segment times, words, keyword hits and objections. Ratios are 0–1; a figure that
/// cannot be computed (no rep speech, no objection) is null rather than a made-up zero. The definitions are in
/// docs/decisions/011-conversation-metrics.md.
/// </summary>
public sealed record ConversationMetrics(
    double? RepTalkRatio,
    double LongestRepMonologueSeconds,
    double LongestCustomerStorySeconds,
    int RepQuestions,
    double SpeakerSwitchesPerMinute,
    double SilenceShare,
    int Interruptions,
    double? RepWordsPerMinute,
    double? RepWordsPerMinuteAfterObjections,
    PriceNegotiation Price);
