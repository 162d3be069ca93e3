using System.Net;

namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>A vendor said no, or not yet. <see cref="RetryAfter"/> is the wait the vendor asked for, when it asked.</summary>
public sealed class MeetingFetchException(string message, TimeSpan? retryAfter = null, HttpStatusCode? status = null) : Exception(message)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public HttpStatusCode? Status { get; } = status;
}
