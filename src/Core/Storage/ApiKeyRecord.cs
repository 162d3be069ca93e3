namespace CallCoach.Core.Storage;

/// <summary>
/// An API key as stored: only the SHA-256 of its secret, so a copy of the database opens nothing. The id is the
/// key's public part; it names the key in lists, logs and the audit log.
/// </summary>
public sealed class ApiKeyRecord
{
    public required string Id { get; set; }
    public required string SecretHash { get; set; }
    public required string Role { get; set; }
    public string? RepId { get; set; }
    /// <summary>The teams a manager (or a scoped key) may see, comma separated.</summary>
    public string? Teams { get; set; }
    public string? Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
