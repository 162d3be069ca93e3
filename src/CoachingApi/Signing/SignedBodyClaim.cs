namespace CallCoach.CoachingApi.Signing;

/// <summary>
/// What a request's headers claim, once they passed every check that needs no body: the source, its key, the
/// timestamp as sent (it is part of the signed bytes) and the signature to compare with the body's.
/// </summary>
public sealed record SignedBodyClaim(string Source, byte[] Key, string Timestamp, byte[] Signature, DateTimeOffset Expires);
