using System.Security.Cryptography;
using System.Text;
using CallCoach.Core.Storage;
using CallCoach.Transcribe.VoiceProfiles;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Access;

/// <summary>
/// Creates, checks and revokes API keys. A key is "cc_" + a 10-character public id + "_" + 256 random bits. Only a
/// SHA-256 of the secret is stored: the secret is random, so a slow password hash would add nothing but latency.
/// </summary>
public sealed class ApiKeys(IDbContextFactory<CallCoachDbContext> contexts, TimeProvider time)
{
    private const string Prefix = "cc_";
    private const int IdLength = 10;

    public sealed record NewKey(string Id, string Key, ApiKeyRecord Record);

    public async Task<NewKey> CreateAsync(string role, string? repId, IReadOnlyCollection<string> teams, string? name, CancellationToken ct)
    {
        var problem = Check(role, repId, teams);
        if (problem is not null)
        {
            throw new ArgumentException(problem);
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2));
        var secret = Base64UrlSecret();
        var record = new ApiKeyRecord
        {
            Id = id,
            SecretHash = Hash(secret),
            Role = role,
            RepId = repId,
            Teams = teams.Count == 0 ? null : string.Join(',', teams),
            Name = name,
            CreatedAt = time.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(ct);
        return new NewKey(id, $"{Prefix}{id}_{secret}", record);
    }

    /// <summary>Null when the arguments make a usable key; otherwise what is wrong, in words for a CLI or a 400.</summary>
    public static string? Check(string role, string? repId, IReadOnlyCollection<string> teams) => role switch
    {
        _ when !Roles.IsKnown(role) => $"unknown role '{role}': use one of {string.Join(", ", Roles.All)}",
        Roles.Rep when string.IsNullOrWhiteSpace(repId) => "a rep key needs --rep <repId>: it only ever opens that rep's own data",
        _ when repId is not null && RepIds.Problem(repId) is { } problem => $"rep id \"{RepIds.Printable(repId)}\" cannot be used: {problem}",
        Roles.Manager when teams.Count == 0 => "a manager key needs at least one --team <teamId>",
        _ when teams.Any(string.IsNullOrWhiteSpace) || teams.Any(t => t.Contains(',')) => "team ids are non-empty and have no commas",
        _ => null,
    };

    /// <summary>The active key the header names, or null for a malformed, unknown, wrong or revoked key.</summary>
    public async Task<ApiKeyRecord?> FindAsync(string presented, CancellationToken ct)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length < Prefix.Length + IdLength + 2 || presented[Prefix.Length + IdLength] != '_')
        {
            return null;
        }

        var id = presented.Substring(Prefix.Length, IdLength);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (record is null || record.RevokedAt is not null)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(record.SecretHash);
        var actual = Encoding.ASCII.GetBytes(Hash(presented[(Prefix.Length + IdLength + 1)..]));
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? record : null;
    }

    /// <summary>False when there is no such key; revoking twice keeps the first revocation time.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (record is null)
        {
            return false;
        }

        record.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(ct);
        return [.. keys.OrderBy(k => k.CreatedAt).ThenBy(k => k.Id, StringComparer.Ordinal)];
    }

    public async Task<bool> AnyActiveAdminAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ApiKeys.AnyAsync(k => k.Role == Roles.Admin && k.RevokedAt == null, ct);
    }

    private static string Base64UrlSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
