using CallCoach.Core.Storage;

namespace CallCoach.Core.Work;

/// <summary>Writes a call's state change into its history, in the same save as the change itself.</summary>
public static class CallTransitions
{
    public static void Add(CallCoachDbContext db, Guid callId, CallStatus? from, CallStatus to, string instance, DateTimeOffset at, string? reason = null) =>
        db.CallTransitions.Add(new CallTransitionRecord
        {
            CallId = callId,
            From = from,
            To = to,
            At = at,
            Instance = instance,
            // Failure reasons come from exceptions; the history keeps their start.
            Reason = reason is { Length: > 2000 } ? reason[..2000] : reason,
        });
}
