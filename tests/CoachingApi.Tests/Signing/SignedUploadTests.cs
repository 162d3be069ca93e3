using System.Net;
using System.Net.Http.Json;
using System.Text;
using CallCoach.CoachingApi.Calls;
using CallCoach.Testing;
using Microsoft.AspNetCore.Mvc;

namespace CallCoach.CoachingApi.Tests.Signing;

public sealed class SignedUploadTests : IDisposable
{
    private readonly TempDirectory data = new("signed");

    private static MultipartFormDataContent Upload(string text = "Hello, this is Anna.") => new()
    {
        { new StringContent($"WEBVTT\n\n00:00:01.000 --> 00:00:40.000\n<v Anna>{text}\n"), "file", "call.vtt" },
        { new StringContent("""{"repId":"anna"}"""), "metadata" },
    };

    private string Uploads => Path.Combine(data.Path, "uploads");

    private static async Task<ProblemDetails> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
    }

    /// <summary>A correctly signed upload with one of its signature headers replaced.</summary>
    private static async Task<HttpResponseMessage> SendWithHeaderAsync(HttpClient client, string header, string value)
    {
        var request = await SignedRequest.PostAsync("/api/calls", Upload());
        request.Headers.Remove(header);
        request.Headers.Add(header, value);
        return await client.SendAsync(request);
    }

    private void AssertNothingKept()
    {
        Assert.True(!Directory.Exists(Uploads) || !Directory.EnumerateFileSystemEntries(Uploads).Any(), "data/uploads is not empty");
        Assert.False(Directory.Exists(Path.Combine(data.Path, "quarantine")), "a refused request reached the quarantine");
        Assert.False(Directory.Exists(Path.Combine(data.Path, "audio")), "a refused request reached the archive");
    }

    [Fact]
    public async Task ACorrectlySignedUploadIsAcceptedAndItsSpooledCopyIsGoneAfterwards()
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.SendAsync(await SignedRequest.PostAsync("/api/calls", Upload()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var upload = await response.Content.ReadFromJsonAsync<UploadResult>();
        var call = await app.WaitForCallAsync(upload!.Id, TimeSpan.FromSeconds(30));
        Assert.Equal("analyzed", call.Call.Status);
        Assert.Equal("anna", call.Call.RepId);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Uploads));
    }

    [Fact]
    public async Task AnUnsignedUploadIsRefusedNamingTheMissingHeadersAndNothingIsKept()
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();

        var problem = await ProblemAsync(await client.PostAsync("/api/calls", Upload()), HttpStatusCode.Unauthorized);

        Assert.Equal("The request is not signed: missing X-CallCoach-Source, X-CallCoach-Timestamp, X-CallCoach-Signature.", problem.Detail);
        AssertNothingKept();
    }

    [Theory]
    [InlineData("X-CallCoach-Source")]
    [InlineData("X-CallCoach-Timestamp")]
    [InlineData("X-CallCoach-Signature")]
    public async Task ASignatureWithoutOneOfItsHeadersIsRefusedNamingIt(string header)
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();
        var request = await SignedRequest.PostAsync("/api/calls", Upload());
        request.Headers.Remove(header);

        var problem = await ProblemAsync(await client.SendAsync(request), HttpStatusCode.Unauthorized);

        Assert.Equal($"The signature is incomplete: missing {header}.", problem.Detail);
        AssertNothingKept();
    }

    [Fact]
    public async Task AnUnknownSourceIsRefused()
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.SendAsync(await SignedRequest.PostAsync("/api/calls", Upload(), source: "stranger"));

        Assert.Equal("X-CallCoach-Source names no configured source.", (await ProblemAsync(response, HttpStatusCode.Unauthorized)).Detail);
        AssertNothingKept();
    }

    [Fact]
    public async Task ABodySignedWithAnotherSecretIsRefusedAndItsSpooledCopyIsDeleted()
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.SendAsync(await SignedRequest.PostAsync("/api/calls", Upload(), secret: new string('x', 40)));

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.StartsWith("X-CallCoach-Signature does not match the body", problem.Detail, StringComparison.Ordinal);
        AssertNothingKept();
    }

    [Fact]
    public async Task ABodyChangedAfterSigningIsRefused()
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();
        var signed = await SignedRequest.PostAsync("/api/calls", Upload("I agree to pay 100."));
        var body = Encoding.UTF8.GetString(await signed.Content!.ReadAsByteArrayAsync()).Replace("100", "900", StringComparison.Ordinal);
        var tampered = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        tampered.Headers.ContentType = signed.Content.Headers.ContentType;
        signed.Content = tampered;

        await ProblemAsync(await client.SendAsync(signed), HttpStatusCode.Unauthorized);
        AssertNothingKept();
    }

    [Theory]
    [InlineData(-6 * 60, "old")]
    [InlineData(6 * 60, "in the future")]
    [InlineData(-30 * 24 * 3600, "old")]
    public async Task ATimestampMoreThanFiveMinutesAwayIsRefusedAsReplayOrClockSkew(int offsetSeconds, string direction)
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.SendAsync(await SignedRequest.PostAsync("/api/calls", Upload(), at: DateTimeOffset.UtcNow.AddSeconds(offsetSeconds)));

        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.StartsWith("Replayed or clock skew", problem.Detail, StringComparison.Ordinal);
        Assert.Contains(direction, problem.Detail, StringComparison.Ordinal);
        AssertNothingKept();
    }

    [Fact]
    public async Task ATimestampFourMinutesOldIsStillAccepted()
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.SendAsync(await SignedRequest.PostAsync("/api/calls", Upload(), at: DateTimeOffset.UtcNow.AddMinutes(-4)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task TheSameSignedRequestSentTwiceIsRefusedTheSecondTimeAsAReplay()
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();
        var first = await SignedRequest.PostAsync("/api/calls", Upload());
        var replay = await SignedRequest.CopyAsync(first);

        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(first)).StatusCode);
        var problem = await ProblemAsync(await client.SendAsync(replay), HttpStatusCode.Conflict);

        Assert.Equal("This signature was already used. Sign each request once, with its own timestamp.", problem.Detail);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Uploads));
    }

    [Theory]
    [InlineData("md5=0123")]
    [InlineData("sha256=xyz")]
    [InlineData("sha256=")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public async Task AMalformedSignatureIsRefusedSayingWhatTheFormatIs(string signature)
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();

        var problem = await ProblemAsync(await SendWithHeaderAsync(client, "X-CallCoach-Signature", signature), HttpStatusCode.Unauthorized);

        Assert.Equal("X-CallCoach-Signature must be \"sha256=\" and 64 hex digits.", problem.Detail);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("1.5e9")]
    [InlineData("99999999999999999999")]
    public async Task ATimestampThatIsNotUnixSecondsIsRefused(string timestamp)
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();

        var problem = await ProblemAsync(await SendWithHeaderAsync(client, "X-CallCoach-Timestamp", timestamp), HttpStatusCode.Unauthorized);

        Assert.Equal("X-CallCoach-Timestamp must be whole seconds since 1970-01-01 UTC.", problem.Detail);
    }

    [Fact]
    public async Task ASignedBodyOverTheUploadLimitIsRefusedWith413NamingTheLimitAndNothingIsKept()
    {
        await using var app = new SignedUploadApplication(data.Path, maxUploadMegabytes: 1);
        using var client = app.CreateClient();
        var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[1_500_000]), "file", "big.wav" } };

        var problem = await ProblemAsync(await client.SendAsync(await SignedRequest.PostAsync("/api/calls", content)), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("The upload is too large.", problem.Title);
        Assert.Equal("The request body is larger than the 1 MB upload limit (Api:MaxUploadMegabytes); nothing of it was kept.", problem.Detail);
        AssertNothingKept();
    }

    [Fact]
    public async Task WhenSignaturesAreOptionalAnUnsignedUploadIsTakenButABadSignatureIsStillRefused()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var unsigned = await client.PostAsync("/api/calls", Upload("unsigned"));
        var badlySigned = await client.SendAsync(await SignedRequest.PostAsync("/api/calls", Upload("badly signed")));

        Assert.Equal(HttpStatusCode.Accepted, unsigned.StatusCode);
        Assert.Equal("X-CallCoach-Source names no configured source.", (await ProblemAsync(badlySigned, HttpStatusCode.Unauthorized)).Detail);
    }

    [Fact]
    public async Task OtherEndpointsNeedNoSignature()
    {
        await using var app = new SignedUploadApplication(data.Path);
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/calls")).StatusCode);
    }

    public void Dispose() => data.Dispose();
}
