namespace CallCoach.Core.Analysis;

/// <summary>
/// How the conversation went, from segment times and words alone. Ratios are 0–1; a figure that cannot be computed
/// (no rep speech, no objection) is null rather than a made-up zero.
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
