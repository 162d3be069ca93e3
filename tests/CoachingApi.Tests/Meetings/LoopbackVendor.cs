using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CallCoach.CoachingApi.Tests.Meetings;

/// <summary>
/// A meeting vendor's API played by a real HTTP server on 127.0.0.1: each fake maps the routes its vendor documents.
/// Requests are counted by route name, and <see cref="FailNext"/> makes the next content requests answer an error
/// (500, 429 with Retry-After…) before the real answer, as a vendor under load does.
/// </summary>
public sealed class LoopbackVendor : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<HttpStatusCode> failures = new();

    private LoopbackVendor(WebApplication app) => this.app = app;

    public Uri Address => new(app.Urls.First());

    public string BaseUrl => Address.ToString().TrimEnd('/');

    public static async Task<LoopbackVendor> StartAsync(Action<IEndpointRouteBuilder, LoopbackVendor> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var vendor = new LoopbackVendor(app);
        map(app, vendor);
        await app.StartAsync();
        return vendor;
    }

    public int Count(string route) => counts.GetValueOrDefault(route);

    public void Counted(string route) => counts.AddOrUpdate(route, 1, (_, n) => n + 1);

    /// <summary>The next <paramref name="statuses"/>.Length content requests fail with these statuses, in order.</summary>
    public void FailNext(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses)
        {
            failures.Enqueue(status);
        }
    }

    /// <summary>Answers a scripted failure if one is due; true when it did.</summary>
    public async Task<bool> FailedAsync(HttpContext context)
    {
        if (!failures.TryDequeue(out var status))
        {
            return false;
        }

        context.Response.StatusCode = (int)status;
        if (status == HttpStatusCode.TooManyRequests)
        {
            context.Response.Headers.RetryAfter = "0";
        }

        await context.Response.WriteAsync($"scripted {(int)status}", context.RequestAborted);
        return true;
    }

    public static bool HasBearer(HttpContext context, string token) =>
        context.Request.Headers.Authorization.ToString() == $"Bearer {token}";

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
