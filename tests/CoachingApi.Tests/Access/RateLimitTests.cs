using System.Net;
using System.Net.Http.Json;
using CallCoach.CoachingApi.Access;
using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace CallCoach.CoachingApi.Tests.Access;

public sealed class RateLimitTests : IDisposable
{
    private readonly TempDirectory data = new("rate-limit");

    private sealed class SmallBucket(string dataRoot) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Api:RateLimit:PermitsPerSecond", "1");
            builder.UseSetting("Api:RateLimit:Burst", "3");
        }
    }

    [Fact]
    public async Task ACallerPastTheBurstGets429WithRetryAfterWhileAnotherCallerIsStillServed()
    {
        await using var app = new SmallBucket(data.Path);
        using var greedy = app.CreateClient();
        using var other = await app.CreateClientWithKeyAsync(Roles.Data);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await greedy.GetAsync("/api/models"));
        }

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        var refused = Assert.IsType<HttpResponseMessage>(answers.FirstOrDefault(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 5);
        var problem = await refused.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("1 requests a second", problem!.Detail, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/models")).StatusCode);
        // Health checks and pages are not the API: a load balancer probing fast is never refused.
        using var anonymous = app.CreateAnonymousClient();
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        }
    }

    public void Dispose() => data.Dispose();
}
