namespace CallCoach.Ingest.Blob;

/// <summary>One version of a blob as the listing showed it; <paramref name="ETag"/> tells versions apart.</summary>
public sealed record ListedBlob(string Name, string ETag, DateTimeOffset LastModified);
