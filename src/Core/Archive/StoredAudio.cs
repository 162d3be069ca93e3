namespace CallCoach.Core.Archive;

/// <summary>
/// A recording once archived: <paramref name="Location"/> is what the call's row keeps (a path, or
/// <c>blob://container/name</c>); <paramref name="LocalPath"/> is a file on this machine to read it from now.
/// </summary>
public sealed record StoredAudio(string Location, string LocalPath);
