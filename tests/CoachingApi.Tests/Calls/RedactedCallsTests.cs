using System.Net.Http.Json;
using System.Text;
using CallCoach.CoachingApi.Calls;
using CallCoach.Core.Calls;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
using CallCoach.Core.Transcripts;
using CallCoach.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.CoachingApi.Tests.Calls;

/// <summary>Personal data said in a call, through the real intake, analyzer, redactor, store and API.</summary>
public sealed class RedactedCallsTests : IDisposable
{
    private const string Email = "zhang.wei@example.com";
    private const string Phone = "138 1234 5678";
    private const string Card = "4111 1111 1111 1111";

    private static readonly string Transcript = $"""
        WEBVTT

        00:00:01.000 --> 00:00:08.000
        <v Rep>Thanks for your time today. You can reach me at {Email} any time.

        00:00:08.500 --> 00:00:20.000
        <v Customer>Honestly, the price is just too high for a team our size, call my boss on {Phone}.

        00:00:20.500 --> 00:00:30.000
        <v Customer>If we go ahead, charge the deposit to my card, {Card}.
        """;

    private readonly TempDirectory data = new("redaction");

    private sealed class Application(string dataRoot, params (string Key, string Value)[] settings) : CallCoachApplication(dataRoot)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }

    private static async Task<(CallDetail Call, string Json)> UploadAsync(CallCoachApplication app)
    {
        using var client = app.CreateClient();
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Transcript)), "file", "call.vtt" },
            { new StringContent("""{"repId":"rep-1","teamId":"east"}"""), "metadata" },
        };
        var upload = await (await client.PostAsync("/api/calls", form)).Content.ReadFromJsonAsync<UploadResult>();
        var call = await app.WaitForCallAsync(upload!.Id, TimeSpan.FromSeconds(30));
        Assert.Equal("analyzed", call.Call.Status);
        return (call, await client.GetStringAsync($"/api/calls/{upload.Id}"));
    }

    /// <summary>The database files as bytes, so no column, table or page is left out of the search.</summary>
    private static byte[] DatabaseBytes(string dataRoot) =>
        [.. new[] { "callcoach.db", "callcoach.db-wal" }.Select(name => Path.Combine(dataRoot, name)).Where(File.Exists)
            .SelectMany(path =>
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                file.CopyTo(copy);
                return copy.ToArray();
            })];

    private static bool Holds(byte[] bytes, string text) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    [Fact]
    public async Task AnUploadedTranscriptIsStoredAndServedWithoutThePersonalDataItHeld()
    {
        await using var app = new Application(data.Path);

        var (call, json) = await UploadAsync(app);

        Assert.Equal(
            [
                "Thanks for your time today. You can reach me at [EMAIL] any time.",
                "Honestly, the price is just too high for a team our size, call my boss on [PHONE].",
                "If we go ahead, charge the deposit to my card, [CARD].",
            ],
            call.Segments.Select(s => s.Text));
        Assert.Contains(call.Objections, o => o.Text.Contains("[PHONE]", StringComparison.Ordinal));
        Assert.Equal(
            [("email", 0), ("phone", 1), ("bankCard", 2)],
            call.Redactions.Select(r => (r.Category, r.SegmentIndex)));
        Assert.All(call.Redactions, r =>
        {
            var segment = call.Segments[r.SegmentIndex];
            Assert.InRange(r.Start, segment.Start, r.End);
            Assert.InRange(r.End, r.Start, segment.End);
        });

        var stored = DatabaseBytes(data.Path);
        foreach (var value in new[] { Email, Phone, Card })
        {
            Assert.DoesNotContain(value, json, StringComparison.Ordinal);
            Assert.False(Holds(stored, value), $"the database holds {value}");
        }

        Assert.True(Holds(stored, "[PHONE]"), "the search reads the database");
    }

    [Fact]
    public async Task OriginalsKeptByConfigurationStayInTheDatabaseAndOutOfTheApi()
    {
        await using var app = new Application(data.Path, ("Privacy:Redaction:StoreOriginal", "true"));

        var (call, json) = await UploadAsync(app);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>().CreateDbContextAsync();
        var originals = await db.Segments.Where(s => s.CallId == call.Call.Id).OrderBy(s => s.Index).Select(s => s.OriginalText).ToListAsync();
        Assert.Contains(Email, originals[0], StringComparison.Ordinal);
        Assert.Contains(Phone, originals[1], StringComparison.Ordinal);
        Assert.Contains(Card, originals[2], StringComparison.Ordinal);
        Assert.True(Holds(DatabaseBytes(data.Path), Phone), "the kept original is in the database file");
        foreach (var value in new[] { Email, Phone, Card })
        {
            Assert.DoesNotContain(value, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ATeamThatTurnedPhonesOffKeepsItsPhoneNumbersAndLosesTheRest()
    {
        await using var app = new Application(data.Path, ("Privacy:Redaction:Teams:east:Phone", "false"));

        var (call, _) = await UploadAsync(app);

        Assert.Contains(Phone, call.Segments[1].Text, StringComparison.Ordinal);
        Assert.Equal(["email", "bankCard"], call.Redactions.Select(r => r.Category));
    }

    [Fact]
    public async Task RecognisedWordsAreStoredWithOnePlaceholderWordTimedOverTheSaidNumber()
    {
        await using var app = new Application(data.Path);
        string[] said = ["my", "number", "is", "one", "three", "eight", "one", "two", "three", "four", "five", "six", "seven", "eight", "thanks"];
        var words = said.Select((w, i) => new TranscriptWord(w, 0.5 + 0.3 * i, 0.5 + 0.3 * i + 0.25)).ToList();
        var metadata = new CallMetadata { RepId = "rep-1" };
        var id = await app.Services.GetRequiredService<CallStore>().AddReceivedAsync("said-number", "said.wav", "/nowhere/said.wav", metadata, CancellationToken.None);

        // Handed on as the dispatcher does it, so the work loop leaves it to the analysis it is queued for.
        Assert.True(app.Services.GetRequiredService<CallCoach.Core.Work.CallsInFlight>().TryAdd(id));
        await app.Services.GetRequiredService<PipelineChannels>().ToAnalyze.Writer.WriteAsync(
            new TranscribedCall(id, metadata, 10, [new TranscriptSegment(Speaker.Customer, 0.5, 5.0, string.Join(' ', said), words)]));

        var call = await app.WaitForCallAsync(id, TimeSpan.FromSeconds(30));
        var segment = Assert.Single(call.Segments);
        Assert.Equal("my number is [PHONE] thanks", segment.Text);
        Assert.Equal(["my", "number", "is", "[PHONE]", "thanks"], segment.Words.Select(w => w.Text));
        Assert.Equal((1.4, 4.65), (segment.Words[3].Start, segment.Words[3].End));
        var redaction = Assert.Single(call.Redactions);
        Assert.Equal(("phone", 1.4, 4.65), (redaction.Category, redaction.Start, redaction.End));
        Assert.False(Holds(DatabaseBytes(data.Path), "one three eight"), "the database holds the said number");
    }

    public void Dispose() => data.Dispose();
}
