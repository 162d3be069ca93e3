using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CallCoach.CoachingApi.Tests.Meetings.Teams;

/// <summary>
/// The Microsoft identity platform and Graph as documented for Teams meeting recordings and transcripts: an app token
/// from the tenant's client-credentials endpoint, callRecording and callTranscript metadata, transcript content as
/// WebVTT, the meeting's transcripts, and the online meeting with its participants, each only with that token.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    public const string TenantId = "2432b57b-0abd-43db-aa7b-16eadd115d34";
    public const string ClientId = "b2c6a8f0-5d8e-4d1b-9d0a-3c1f0e8a7b61";
    public const string ClientSecret = "graph-client-secret-for-tests";
    public const string ClientState = "client-state-secret-8c2e";

    private readonly ConcurrentDictionary<string, Meeting> meetings = new(StringComparer.Ordinal);
    private readonly string token = "graph-app-token-" + Guid.NewGuid().ToString("N");

    private FakeGraph(LoopbackVendor vendor) => Vendor = vendor;

    public LoopbackVendor Vendor { get; }

    public string GraphBaseUrl => $"{Vendor.BaseUrl}/v1.0";

    public sealed record Person(string Id, string? Upn, string Name);

    public sealed record Transcript(string Id, string Correlation, string Vtt);

    public sealed record Meeting(string Id, Person Organizer, IReadOnlyList<Person> Attendees, DateTimeOffset Start, List<Transcript> Transcripts, Dictionary<string, string> Recordings);

    public static async Task<FakeGraph> StartAsync()
    {
        FakeGraph? graph = null;
        var vendor = await LoopbackVendor.StartAsync((routes, _) =>
        {
            routes.MapPost("/{tenant}/oauth2/v2.0/token", (string tenant, HttpContext context) => graph!.TokenAsync(tenant, context));
            routes.MapGet("/v1.0/communications/onlineMeetings/{meeting}/{kind}/{id}", (string meeting, string kind, string id, HttpContext context) => graph!.ItemAsync(meeting, kind, id, context));
            routes.MapGet("/v1.0/communications/onlineMeetings/{meeting}/transcripts/{id}/content", (string meeting, string id, HttpContext context) => graph!.ContentAsync(meeting, id, context));
            routes.MapGet("/v1.0/communications/onlineMeetings/{meeting}/transcripts", (string meeting, HttpContext context) => graph!.TranscriptsAsync(meeting, context));
            routes.MapGet("/v1.0/users/{user}/onlineMeetings/{meeting}", (string user, string meeting, HttpContext context) => graph!.OnlineMeetingAsync(user, meeting, context));
        });
        graph = new FakeGraph(vendor);
        return graph;
    }

    /// <summary>A Teams meeting id as Graph makes them: base64 of "1*{organizer}*0**19:meeting_…@thread.v2".</summary>
    public static string MeetingIdOf(string organizerId, string thread) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"1*{organizerId}*0**19:meeting_{thread}@thread.v2")).TrimEnd('=');

    public Meeting Add(Meeting meeting) => meetings[meeting.Id] = meeting;

    /// <summary>A change notification as Graph posts it, without resource data, for a recording or transcript of a meeting.</summary>
    public static string Notification(string clientState, string kind, string meetingId, string itemId, string tenantId = TenantId)
    {
        var resource = $"communications/onlineMeetings('{meetingId}')/{kind}('{itemId}')";
        return JsonSerializer.Serialize(new
        {
            value = new[]
            {
                new Dictionary<string, object?>
                {
                    ["subscriptionId"] = "0cc28c98-4d2a-4a34-b850-815d7e6486ea",
                    ["changeType"] = "created",
                    ["tenantId"] = tenantId,
                    ["clientState"] = clientState,
                    ["subscriptionExpirationDateTime"] = "2026-11-21T08:29:11.3173971+00:00",
                    ["resource"] = resource,
                    ["resourceData"] = new Dictionary<string, object?>
                    {
                        ["id"] = itemId,
                        ["@odata.type"] = kind == "transcripts" ? "#Microsoft.Graph.callTranscript" : "#Microsoft.Graph.callRecording",
                        ["@odata.id"] = resource,
                    },
                },
            },
        });
    }

    private async Task TokenAsync(string tenant, HttpContext context)
    {
        Vendor.Counted("token");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (tenant != TenantId || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
            || form["grant_type"] != "client_credentials" || !form["scope"].ToString().EndsWith("/.default", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_client" });
            return;
        }

        await context.Response.WriteAsJsonAsync(new Dictionary<string, object> { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["access_token"] = token });
    }

    private async Task ItemAsync(string meetingId, string kind, string id, HttpContext context)
    {
        if (!await AuthorizedAsync(context))
        {
            return;
        }

        if (!meetings.TryGetValue(meetingId, out var meeting))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var correlation = kind == "transcripts"
            ? meeting.Transcripts.FirstOrDefault(t => t.Id == id)?.Correlation
            : meeting.Recordings.GetValueOrDefault(id);
        if (correlation is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await context.Response.WriteAsJsonAsync(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["meetingId"] = meetingId,
            ["createdDateTime"] = meeting.Start.AddMinutes(30).ToString("O"),
            ["contentCorrelationId"] = correlation,
            ["meetingOrganizer"] = new { user = new { id = meeting.Organizer.Id, tenantId = TenantId, userIdentityType = "aadUser" } },
        });
    }

    private async Task TranscriptsAsync(string meetingId, HttpContext context)
    {
        if (await AuthorizedAsync(context) && meetings.TryGetValue(meetingId, out var meeting))
        {
            await context.Response.WriteAsJsonAsync(new
            {
                value = meeting.Transcripts.Select(t => new { id = t.Id, meetingId, contentCorrelationId = t.Correlation }),
            });
        }
    }

    private async Task ContentAsync(string meetingId, string id, HttpContext context)
    {
        Vendor.Counted("content");
        if (!await AuthorizedAsync(context) || await Vendor.FailedAsync(context))
        {
            return;
        }

        var transcript = meetings.GetValueOrDefault(meetingId)?.Transcripts.FirstOrDefault(t => t.Id == id);
        if (transcript is null || context.Request.Query["$format"] != "text/vtt")
        {
            context.Response.StatusCode = transcript is null ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return;
        }

        context.Response.ContentType = "text/vtt";
        await context.Response.WriteAsync(transcript.Vtt, context.RequestAborted);
    }

    private async Task OnlineMeetingAsync(string user, string meetingId, HttpContext context)
    {
        if (!await AuthorizedAsync(context))
        {
            return;
        }

        if (!meetings.TryGetValue(meetingId, out var meeting) || meeting.Organizer.Id != user)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        static object Participant(Person p) => new { upn = p.Upn, role = "attendee", identity = new { user = new { id = p.Id, displayName = p.Name } } };
        await context.Response.WriteAsJsonAsync(new
        {
            id = meetingId,
            startDateTime = meeting.Start.ToString("O"),
            subject = "Discovery call",
            participants = new { organizer = Participant(meeting.Organizer), attendees = meeting.Attendees.Select(Participant) },
        });
    }

    private async Task<bool> AuthorizedAsync(HttpContext context)
    {
        if (LoopbackVendor.HasBearer(context, token))
        {
            return true;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsJsonAsync(new { error = new { code = "InvalidAuthenticationToken", message = "Access token is empty." } });
        return false;
    }

    public ValueTask DisposeAsync() => Vendor.DisposeAsync();
}
