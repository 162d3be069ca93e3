namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// One app token, reused until a minute before it expires (Graph's last an hour, Feishu's two), and fetched again after
/// the vendor refused it. Vendors limit how often tokens may be asked for; every download asking would hit that.
/// </summary>
public sealed class AccessTokenCache(TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset expires;

    public async Task<string> GetAsync(Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)>> fetch, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (token is null || time.GetUtcNow() >= expires)
            {
                var (fresh, lifetime) = await fetch(ct);
                token = fresh;
                expires = time.GetUtcNow() + lifetime - TimeSpan.FromMinutes(1);
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Forget() => token = null;

    public void Dispose() => gate.Dispose();
}
