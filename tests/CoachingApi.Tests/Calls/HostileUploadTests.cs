using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CallCoach.CoachingApi.Calls;
using CallCoach.Core.Paths;
using CallCoach.Testing;
using CallCoach.Testing.Fuzzing;
using Microsoft.AspNetCore.Mvc;

namespace CallCoach.CoachingApi.Tests.Calls;

[Collection(GeneratedCallsCollection.Name)]
public sealed class HostileUploadTests(GeneratedCalls calls) : IDisposable
{
    // The data root sits one level down, so a file that escaped it would show up beside it.
    private readonly TempDirectory outer = new("hostile-upload");

    private string DataRoot => Path.Combine(outer.Path, "data");

    private static string Vtt(int n) => $"WEBVTT\n\n00:00:01.000 --> 00:00:30.000\n<v Anna>Call number {n}.\n";

    /// <summary>The name goes as filename* (RFC 5987), the way a client sends names with NUL, bidi or non-ASCII characters.</summary>
    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string? metadata = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = fileName };
        var form = new MultipartFormDataContent { file };
        if (metadata is not null)
        {
            form.Add(new StringContent(metadata), "metadata");
        }

        return form;
    }

    public static TheoryData<string, string> HostileNames() => new()
    {
        { "../../etc/passwd", "passwd" },
        { "/abs/path.wav", "path.wav" },
        { "C:\\x\\y.wav", "y.wav" },
        { "a\0b.wav", "ab.wav" },
        { "\u202Evaw.exe", "vaw.exe" },
        { "..", "upload" },
        { "../", "upload" },
        { new string('n', 500) + ".vtt", new string('n', 116) + ".vtt" },
    };

    [Fact]
    public async Task UploadsWithHostileNamesLandOnlyInsideTheDataFoldersUnderTheirSafeNames()
    {
        await using var app = new CallCoachApplication(DataRoot);
        using var client = app.CreateClient();
        var names = HostileNames();
        var n = 0;
        foreach (var row in names)
        {
            var (name, safe) = ((string)row[0], (string)row[1]);
            n++;

            var accepted = await client.PostAsync("/api/calls", Upload(Encoding.UTF8.GetBytes(Vtt(n)), name));
            var refused = await client.PostAsync("/api/calls", Upload([.. "%PDF-1.7 "u8, (byte)n], name));

            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            var call = await client.GetFromJsonAsync<CallDetail>($"/api/calls/{(await accepted.Content.ReadFromJsonAsync<UploadResult>())!.Id}");
            Assert.Equal(safe, call!.Call.FileName);
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        }

        // Everything is under the data root, in the folders CallCoach writes: nothing beside it, nothing in a new folder.
        Assert.Equal([DataRoot], Directory.GetFileSystemEntries(outer.Path));
        var folders = Directory.GetDirectories(DataRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["audio", "inbox", "quarantine", "uploads"], folders);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(DataRoot, "uploads")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(DataRoot, "inbox")));
        Assert.Empty(Directory.GetDirectories(Path.Combine(DataRoot, "quarantine")));
        var quarantined = Directory.GetFiles(Path.Combine(DataRoot, "quarantine")).Where(f => !f.EndsWith(".reason.txt", StringComparison.Ordinal)).ToList();
        Assert.Equal(names.Count, quarantined.Count);
        Assert.All(quarantined, f => Assert.Equal(SafeFileName.From(Path.GetFileName(f)), Path.GetFileName(f)));
    }

    [Fact]
    public async Task AnUploadWithAnEmptyNameIsRefusedAsHavingNoFile()
    {
        await using var app = new CallCoachApplication(DataRoot);
        using var client = app.CreateClient();

        // A part with an empty filename is a form field to ASP.NET Core, so there is no file to take.
        var response = await client.PostAsync("/api/calls", Upload(Encoding.UTF8.GetBytes(Vtt(1)), ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HostileContentIsQuarantinedWithItsReasonAndTheNextUploadIsStillTakenByItsContent()
    {
        await using var app = new CallCoachApplication(DataRoot);
        using var client = app.CreateClient();
        var bomb = $$"""{"repId":{{new string('[', 10_000)}}{{new string(']', 10_000)}}}""";

        var empty = await client.PostAsync("/api/calls", Upload([], "empty.wav"));
        var lying = await client.PostAsync("/api/calls", Upload(HostileRecordings.All["data size larger than the file"].Bytes, "lying.wav"));
        var garbageMp3 = await client.PostAsync("/api/calls", Upload(HostileRecordings.All["random bytes after an ID3 tag"].Bytes, "noise.mp3"));
        var withBomb = await client.PostAsync("/api/calls", Upload(Encoding.UTF8.GetBytes(Vtt(1)), "bomb.vtt", bomb));
        var longId = await client.PostAsync("/api/calls", Upload(Encoding.UTF8.GetBytes(Vtt(2)), "long.vtt", $$"""{"repId":"{{new string('r', 129)}}"}"""));
        var wavAsVtt = await client.PostAsync("/api/calls", Upload(await File.ReadAllBytesAsync(calls.SmallTalkWav), "small-talk.vtt"));

        async Task<string?> Detail(HttpResponseMessage response)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail;
        }

        Assert.Equal("the file is empty", await Detail(empty));
        Assert.StartsWith("truncated WAV: the header declares 4294967280 bytes of audio", await Detail(lying), StringComparison.Ordinal);
        Assert.Equal("not a readable MP3 file: no MPEG audio frame at offset 10", await Detail(garbageMp3));
        Assert.Contains("nested deeper than 16 levels", await Detail(withBomb), StringComparison.Ordinal);
        Assert.Contains("repId has 129 characters; an id has at most 128", await Detail(longId), StringComparison.Ordinal);
        Assert.Equal(bomb, await File.ReadAllTextAsync(Path.Combine(DataRoot, "quarantine", "bomb.json")));
        Assert.Equal(5, Directory.GetFiles(Path.Combine(DataRoot, "quarantine"), "*.reason.txt").Length);

        Assert.Equal(HttpStatusCode.Accepted, wavAsVtt.StatusCode);
        var call = await app.WaitForCallAsync((await wavAsVtt.Content.ReadFromJsonAsync<UploadResult>())!.Id, TimeSpan.FromMinutes(2));
        Assert.Equal("analyzed", call.Call.Status);
        Assert.Equal("small-talk.vtt", call.Call.FileName);
        Assert.Single(Directory.GetFiles(Path.Combine(DataRoot, "audio"), "*.wav"));
    }

    public void Dispose() => outer.Dispose();
}
