using System.Net;
using System.Net.Http.Json;
using System.Text;
using CallCoach.CoachingApi.Calls;
using CallCoach.Testing;
using CallCoach.Testing.Fuzzing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CallCoach.CoachingApi.Tests.Calls;

public sealed class CallsApiTests : IDisposable
{
    private readonly TempDirectory data = new("api");

    private static string Vtt(double endSeconds, string repLine, string customerLine) =>
        $"WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Anna Lee>{repLine}\n\n" +
        $"{TimeSpan.FromSeconds(endSeconds - 5):hh\\:mm\\:ss\\.fff} --> {TimeSpan.FromSeconds(endSeconds):hh\\:mm\\:ss\\.fff}\n<v Bob>{customerLine}\n";

    private static MultipartFormDataContent Upload(string fileName, string content, string? metadata = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", fileName } };
        if (metadata is not null)
        {
            form.Add(new StringContent(metadata), "metadata");
        }

        return form;
    }

    [Fact]
    public async Task UploadedTranscriptIsAnalyzedWithSpeakersFromTheMetadata()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/calls", Upload(
            "teams.vtt",
            Vtt(120, "Our trial period is thirty days.", "我们关心交付周期。"),
            """{"repId":"rep-7","repName":"Anna Lee","teamId":"east","customerTier":"A","startedAt":"2026-03-01T09:30:00+08:00"}"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var upload = await response.Content.ReadFromJsonAsync<UploadResult>();
        Assert.Equal($"/api/calls/{upload!.Id}", response.Headers.Location?.ToString());

        var call = await app.WaitForCallAsync(upload.Id, TimeSpan.FromSeconds(30));
        Assert.Equal("analyzed", call.Call.Status);
        Assert.True(call.Call.Effective);
        Assert.Equal(120, call.Call.DurationSeconds);
        Assert.Equal("rep-7", call.Call.RepId);
        Assert.Equal("A", call.Call.CustomerTier);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 1, 30, 0, TimeSpan.Zero), call.Call.StartedAt);
        Assert.Equal(["rep", "customer"], call.Segments.Select(s => s.Speaker));
        Assert.Equal(["trial period", "交付周期"], call.Keywords.Select(k => k.Term).Order(StringComparer.Ordinal));
        Assert.Contains(call.Reasons, r => r.StartsWith("duration 120", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadingTheSameContentTwiceReturnsTheFirstCallAsADuplicate()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        var content = Vtt(30, "Hello there.", "Hi.");

        var first = await (await client.PostAsync("/api/calls", Upload("a.vtt", content))).Content.ReadFromJsonAsync<UploadResult>();
        var again = await client.PostAsync("/api/calls", Upload("b.vtt", content));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.Content.ReadFromJsonAsync<UploadResult>();
        Assert.True(second!.Duplicate);
        Assert.Equal(first!.Id, second.Id);
    }

    [Fact]
    public async Task BrokenRecordingIsRefusedWith422ProblemDetailsAndKeptInQuarantine()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        var truncated = HostileRecordings.All["riff size larger than the file"].Bytes;

        var response = await client.PostAsync("/api/calls", new MultipartFormDataContent { { new ByteArrayContent(truncated), "file", "call.wav" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.StartsWith("truncated WAV", problem!.Detail, StringComparison.Ordinal);
        Assert.Equal(truncated, await File.ReadAllBytesAsync(Path.Combine(app.Quarantine, "call.wav")));
        Assert.True(File.Exists(Path.Combine(app.Quarantine, "call.wav.reason.txt")));
    }

    [Fact]
    public async Task ContentOfNoSupportedFormatIsRefusedWith415WhateverItsNameAndKeptInQuarantineWithItsSidecar()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var text = await client.PostAsync("/api/calls", Upload("call.wav", "definitely not a wave file"));
        var json = await client.PostAsync("/api/calls", Upload("notes.json", "{}", """{"repId":"r1"}"""));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal("application/problem+json", text.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("unsupported content: this is text that is neither WebVTT", (await text.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal("definitely not a wave file", await File.ReadAllTextAsync(Path.Combine(app.Quarantine, "call.wav")));

        // A recording named like a sidecar would be overwritten by its own metadata, so it is kept as notes.upload.
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Contains("JSON text, not a transcript", (await json.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal("{}", await File.ReadAllTextAsync(Path.Combine(app.Quarantine, "notes.upload")));
        Assert.Equal("""{"repId":"r1"}""", await File.ReadAllTextAsync(Path.Combine(app.Quarantine, "notes.json")));
        Assert.True(File.Exists(Path.Combine(app.Quarantine, "notes.upload.reason.txt")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(app.DataRoot, "uploads")));
    }

    [Fact]
    public async Task MalformedMetadataIsRefusedWithTheFieldNamed()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/calls", Upload("m.vtt", Vtt(30, "Hello.", "Hi."), """{"startedAt":"2026-03-01 09:30"}"""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("startedAt", problem!.Detail, StringComparison.Ordinal);
    }

    /// <summary>The blob archive on a loopback port nothing listens on.</summary>
    private sealed class UnreachableArchive(string dataRoot) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Archive:Store", "Blob");
            builder.UseSetting("Archive:Blob:Container", "callcoach-audio");
            builder.UseSetting("Archive:Blob:ConnectionString", Azurite.UnreachableConnectionString());
        }
    }

    [Fact]
    public async Task WhileTheBlobArchiveIsOutOfReachAnUploadIsAnswered503AndNothingIsKeptOrQuarantined()
    {
        await using var app = new UnreachableArchive(data.Path);
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/calls", Upload("teams.vtt", Vtt(120, "Our trial period is thirty days.", "What does it cost?")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("send it again later", problem!.Title, StringComparison.Ordinal);
        Assert.Empty((await client.GetFromJsonAsync<CallPage>("/api/calls"))!.Items);
        Assert.False(Directory.Exists(Path.Combine(data.Path, "quarantine")));
        Assert.False(Directory.Exists(Path.Combine(data.Path, "audio")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(data.Path, "uploads")));
    }

    [Fact]
    public async Task UploadWithoutAFileIsABadRequest()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.PostAsync("/api/calls", new MultipartFormDataContent { { new StringContent("{}"), "metadata" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CallsCanBeFilteredByRepEffectivenessAndDateRange()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        async Task<Guid> Post(string name, double seconds, string rep, string startedAt)
        {
            var response = await client.PostAsync("/api/calls", Upload(
                name, Vtt(seconds, $"{name}: the price is fair.", $"{name} okay."), $$"""{"repId":"{{rep}}","startedAt":"{{startedAt}}"}"""));
            return (await response.Content.ReadFromJsonAsync<UploadResult>())!.Id;
        }

        var longMarch = await Post("a.vtt", 100, "r1", "2026-03-10T10:00:00+08:00");
        var shortMarch = await Post("b.vtt", 60, "r1", "2026-03-20T10:00:00-05:00");
        var longApril = await Post("c.vtt", 100, "r2", "2026-04-02T10:00:00Z");
        await app.WaitForFinishedCallsAsync(3, TimeSpan.FromSeconds(30));

        async Task<Guid[]> Ids(string query) =>
            [.. (await client.GetFromJsonAsync<CallPage>("/api/calls" + query))!.Items.Select(i => i.Id)];

        Assert.Equal([shortMarch, longMarch], await Ids("?repId=r1"));
        Assert.Equal([longApril, longMarch], await Ids("?effective=true"));
        Assert.Equal([shortMarch], await Ids("?effective=false"));
        Assert.Equal([shortMarch, longMarch], await Ids("?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z"));
        Assert.Equal([longApril], await Ids("?from=2026-03-21T00:00:00Z"));

        var page = await client.GetFromJsonAsync<CallPage>("/api/calls?pageSize=2&page=2");
        Assert.Equal(3, page!.Total);
        Assert.Equal([longMarch], page.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task BadPagingIsAValidationProblem()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/calls?pageSize=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownCallIsNotFoundAsProblemDetails()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.GetAsync($"/api/calls/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HealthAndTheOpenApiDocumentAreServed()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/calls\"", openApi, StringComparison.Ordinal);
        Assert.Contains("\"/api/calls/{id}\"", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzedCallCarriesObjectionsActsComplianceAndMetricsAndFlaggedCallsCanBeListed()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        const string conversation = """
            WEBVTT

            00:00:01.000 --> 00:00:06.000
            <v Rep>Thanks for your time. How do you schedule your field technicians today?

            00:00:06.500 --> 00:00:12.000
            <v Customer>Honestly, the price you quoted is way above what we pay now.

            00:00:12.500 --> 00:00:20.000
            <v Rep>If you save ten hours a week at fifty dollars an hour, that is twenty six thousand a year, so it pays for itself in five months.
            """;
        var response = await client.PostAsync("/api/calls", Upload("call.vtt", conversation));
        var upload = await response.Content.ReadFromJsonAsync<UploadResult>();

        var call = await app.WaitForCallAsync(upload!.Id, TimeSpan.FromSeconds(30));

        var objection = Assert.Single(call.Objections);
        Assert.Equal(("price", 1), (objection.Type, objection.SegmentIndex));
        Assert.Contains(call.Acts, a => a.Type == "roi" && a.SegmentIndex == 2);
        Assert.Contains(call.Acts, a => a.Type == "discovery_question" && a.SegmentIndex == 0);
        Assert.True(call.Compliance!.RoiLogic);
        Assert.False(call.Compliance.SuccessCase);
        Assert.True(call.Compliance.Flagged);
        Assert.Equal([2], call.Compliance.Evidence["roiLogic"]);
        Assert.Equal(1, call.Metrics!.Price.Exchanges);
        Assert.Equal("customer", call.Metrics.Price.RaisedBy);
        Assert.True(call.Call.ComplianceFlagged);
        Assert.Equal(["needsDiscovery", "solutionPresentation", "objectionHandling", "closing"], call.AxisScores.Select(a => a.Axis));
        var handling = call.AxisScores.Single(a => a.Axis == "objectionHandling");
        Assert.Contains(handling.Items, i => i.Item == "price objection answered" && i.Points > 0 && i.Segments.SequenceEqual([1, 2]));
        var flagged = await client.GetFromJsonAsync<CallPage>("/api/calls?flagged=true");
        var unflagged = await client.GetFromJsonAsync<CallPage>("/api/calls?flagged=false");
        Assert.Equal(upload.Id, Assert.Single(flagged!.Items).Id);
        Assert.Empty(unflagged!.Items);
    }

    public void Dispose() => data.Dispose();
}
