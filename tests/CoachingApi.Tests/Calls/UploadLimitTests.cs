using System.Net;
using System.Net.Http.Json;
using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.CoachingApi.Tests.Calls;

/// <summary>
/// The limit is Kestrel's (the in-memory test server enforces none), so these run on a real socket on 127.0.0.1.
/// </summary>
public sealed class UploadLimitTests : IDisposable
{
    private readonly TempDirectory data = new("upload-limit");

    private sealed class OneMegabyteLimit : CallCoachApplication
    {
        public OneMegabyteLimit(string dataRoot)
            : base(dataRoot)
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Api:MaxUploadMegabytes", "1");
        }

        public Uri Start()
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        }
    }

    [Fact]
    public async Task AnUploadOverTheLimitIsRefusedWith413NamingTheLimitAndNothingOfItIsKept()
    {
        await using var app = new OneMegabyteLimit(data.Path);
        using var client = new HttpClient { BaseAddress = app.Start() };
        client.DefaultRequestHeaders.Add("X-Api-Key", app.AdminKey);
        var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[1_500_000]), "file", "big.wav" } };

        var response = await client.PostAsync("/api/calls", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("The upload is too large.", problem!.Title);
        Assert.Equal("The request body is larger than the 1 MB upload limit (Api:MaxUploadMegabytes); nothing of it was kept.", problem.Detail);
        var uploads = Path.Combine(data.Path, "uploads");
        Assert.True(!Directory.Exists(uploads) || !Directory.EnumerateFileSystemEntries(uploads).Any());
        Assert.False(Directory.Exists(Path.Combine(data.Path, "quarantine")));
    }

    [Fact]
    public async Task AnUploadJustUnderTheLimitIsTaken()
    {
        await using var app = new OneMegabyteLimit(data.Path);
        using var client = new HttpClient { BaseAddress = app.Start() };
        client.DefaultRequestHeaders.Add("X-Api-Key", app.AdminKey);
        var vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:30.000\n<v Anna>Hello.\n\nNOTE " + new string('x', 1_000_000) + "\n";
        var content = new MultipartFormDataContent { { new StringContent(vtt), "file", "call.vtt" } };

        var response = await client.PostAsync("/api/calls", content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task AJsonBodyOverTheJsonLimitIsRefusedWith413NamingThatLimitWhileAnUploadOfTheSameSizeIsTaken()
    {
        await using var app = new OneMegabyteLimit(data.Path);
        using var client = new HttpClient { BaseAddress = app.Start() };
        client.DefaultRequestHeaders.Add("X-Api-Key", app.AdminKey);
        var huge = new StringContent($$"""{"model":"objection","label":"price","text":"{{new string('x', 300_000)}}"}""", System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/labels", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("The request body is larger than the 256 KB limit of API requests (Api:MaxJsonKilobytes).", problem!.Detail);
        var vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:30.000\n<v Anna>Hello.\n\nNOTE " + new string('y', 300_000) + "\n";
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/calls", new MultipartFormDataContent { { new StringContent(vtt), "file", "call.vtt" } })).StatusCode);
    }

    [Fact]
    public async Task ADeeplyNestedJsonBodyIsRefusedAsABadRequest()
    {
        await using var app = new OneMegabyteLimit(data.Path);
        using var client = new HttpClient { BaseAddress = app.Start() };
        client.DefaultRequestHeaders.Add("X-Api-Key", app.AdminKey);
        var bomb = "{\"model\":" + string.Concat(Enumerable.Repeat("[", 5_000)) + string.Concat(Enumerable.Repeat("]", 5_000)) + "}";

        var response = await client.PostAsync("/api/labels", new StringContent(bomb, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => data.Dispose();
}
