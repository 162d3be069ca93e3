namespace CallCoach.Core.Storage;

public sealed record StoredCall(Guid Id, CallStatus Status, string ArchivePath);
