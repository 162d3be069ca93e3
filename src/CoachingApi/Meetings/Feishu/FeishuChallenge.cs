namespace CallCoach.CoachingApi.Meetings.Feishu;

/// <summary>The answer to <c>url_verification</c>: the challenge, back, within a second.</summary>
public sealed record FeishuChallenge(string Challenge);
