using System.Net.Http.Json;
using CallCoach.CoachingApi.Calls;
using CallCoach.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.CoachingApi.Tests.Meetings;

/// <summary>
/// The real host with a rep directory, short download back-off and whichever vendors a test class turns on, their base
/// URLs pointed at loopback fakes. Reps: anna (team east, Asia/Shanghai; by e-mail, Teams and Feishu ids) and ben
/// (team west, Europe/Berlin; by Zoom user id and e-mail).
/// </summary>
public sealed class MeetingsApplication : CallCoachApplication
{
    public const string AnnaEmail = "anna.lee@example.com";
    public const string BenZoomId = "KdYKjnimT4KPd8FFgQt9FQ";
    public const string AnnaTeamsId = "976f4b31-fd01-4e0b-9178-29cc40c14438";
    public const string AnnaFeishuId = "ou_7d8a6e6df7621556ce0d21922b676706ccs";

    public MeetingsApplication(string dataRoot, int maxAttempts = 30)
        : base(dataRoot)
    {
        Settings["Directory:DefaultTimeZone"] = "UTC";
        Settings["Directory:Reps:0:RepId"] = "anna";
        Settings["Directory:Reps:0:Name"] = "Anna Lee";
        Settings["Directory:Reps:0:TeamId"] = "east";
        Settings["Directory:Reps:0:TimeZone"] = "Asia/Shanghai";
        Settings["Directory:Reps:0:Emails:0"] = AnnaEmail;
        Settings["Directory:Reps:0:UserIds:0"] = $"teams:{AnnaTeamsId}";
        Settings["Directory:Reps:0:UserIds:1"] = $"feishu:{AnnaFeishuId}";
        Settings["Directory:Reps:1:RepId"] = "ben";
        Settings["Directory:Reps:1:Name"] = "Ben Okafor";
        Settings["Directory:Reps:1:TeamId"] = "west";
        Settings["Directory:Reps:1:TimeZone"] = "Europe/Berlin";
        Settings["Directory:Reps:1:Emails:0"] = "ben@example.com";
        Settings["Directory:Reps:1:UserIds:0"] = $"zoom:{BenZoomId}";
        // Retries within a test run; the doubling is the same as in production, from a smaller start.
        Settings["Meetings:FirstRetryDelay"] = "00:00:00.050";
        Settings["Meetings:MaxRetryDelay"] = "00:00:00.400";
        Settings["Meetings:PollInterval"] = "00:00:00.200";
        Settings["Meetings:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<MeetingDownloadRecord?> DownloadAsync(string vendor, string eventKey)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>().CreateDbContextAsync();
        return await db.MeetingDownloads.AsNoTracking().FirstOrDefaultAsync(d => d.Vendor == vendor && d.EventKey == eventKey);
    }

    public async Task<int> DownloadCountAsync(string vendor)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>().CreateDbContextAsync();
        return await db.MeetingDownloads.CountAsync(d => d.Vendor == vendor);
    }

    /// <summary>Waits (up to a minute) until the download has left "pending", and returns it.</summary>
    public async Task<MeetingDownloadRecord> WaitForDownloadAsync(string vendor, string eventKey)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var download = await DownloadAsync(vendor, eventKey);
            if (download is { Status: not MeetingDownloadStatus.Pending } || DateTime.UtcNow > deadline)
            {
                return download ?? throw new InvalidOperationException($"no {vendor} download {eventKey} was stored");
            }

            await Task.Delay(100);
        }
    }

    public async Task<CallSummary> CallAsync(Guid id)
    {
        using var client = CreateClient();
        return (await client.GetFromJsonAsync<CallDetail>($"/api/calls/{id}"))!.Call;
    }

    public async Task<IReadOnlyList<CallSummary>> CallsFromAsync(string source)
    {
        using var client = CreateClient();
        var page = await client.GetFromJsonAsync<CallPage>("/api/calls?pageSize=500");
        return [.. page!.Items.Where(c => c.Source == source)];
    }
}
