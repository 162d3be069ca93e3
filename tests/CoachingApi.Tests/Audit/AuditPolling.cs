using System.Net.Http.Json;
using CallCoach.CoachingApi.Audit;

namespace CallCoach.CoachingApi.Tests.Audit;

public static class AuditPolling
{
    /// <summary>
    /// Reads an audit query (as an admin) until <paramref name="done"/> holds or ten seconds pass: the audit writer
    /// stores entries in batches a moment after the request, and never drops one.
    /// </summary>
    public static async Task<AuditPage> WaitForAuditAsync(this HttpClient admin, string url, Func<AuditPage, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = (await admin.GetFromJsonAsync<AuditPage>(url))!;
            if (done(page) || DateTime.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(100);
        }
    }
}
