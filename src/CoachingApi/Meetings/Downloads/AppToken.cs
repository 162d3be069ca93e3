namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// An app's own token at a vendor, reused until a minute before it expires (Graph's last an hour, Feishu's two) and
/// fetched again after the vendor refused it: vendors limit how often tokens may be asked for, and every download
/// asking would hit that.
/// </summary>
public abstract class AppToken(TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset expires;

    /// <summary>Calls the vendor with the current token; a 401 makes the next attempt fetch a new one.</summary>
    public async Task<T> UseAsync<T>(Func<string, Task<T>> call, CancellationToken ct)
    {
        try
        {
            return await call(await GetAsync(ct));
        }
        catch (Exception e) when (VendorHttp.IsUnauthorized(e))
        {
            token = null;
            throw;
        }
    }

    public void Dispose()
    {
        gate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A fresh token from the vendor and how long it lives.</summary>
    protected abstract Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken ct);

    private async Task<string> GetAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (token is null || time.GetUtcNow() >= expires)
            {
                var (fresh, lifetime) = await FetchAsync(ct);
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
}
