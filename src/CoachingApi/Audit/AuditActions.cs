namespace CallCoach.CoachingApi.Audit;

/// <summary>What the audit log records; the subject of each is named beside it.</summary>
public static class AuditActions
{
    /// <summary>A rep's radar, calls or packs (subject: the rep).</summary>
    public const string ReadRep = "read.rep";
    /// <summary>One call with its transcript (subject: the call's rep; detail: the call).</summary>
    public const string ReadCall = "read.call";
    /// <summary>A team's radar, packs or calls (subject: the team).</summary>
    public const string ReadTeam = "read.team";
    public const string GeneratePacks = "packs.generate";
    /// <summary>A manager cleared a call's anomaly flags, so it counts as effective (subject: the call's rep; detail: the call).</summary>
    public const string ClearAnomalies = "call.anomalies.clear";
    /// <summary>Subject: the model; detail: the version.</summary>
    public const string PromoteModel = "model.promote";
    public const string RollbackModel = "model.rollback";
    public const string TrainModel = "model.train";
    public const string CreateKey = "key.create";
    public const string RevokeKey = "key.revoke";
    /// <summary>A parked call queued again (subject: the call).</summary>
    public const string RequeueCall = "call.requeue";
    /// <summary>Refused by role or by scope (subject: what was asked for).</summary>
    public const string Denied = "denied";
}
