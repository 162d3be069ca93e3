using System.Text;
using CallCoach.Core.Calls;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Metadata;

namespace CallCoach.Ingest.Tests.Metadata;

public sealed class SidecarReaderTests
{
    private static Task<CallMetadata> ParseAsync(string json) =>
        SidecarReader.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "call.json", CancellationToken.None);

    private static async Task<string> ErrorAsync(string json) =>
        (await Assert.ThrowsAsync<UnreadableRecordingException>(() => ParseAsync(json))).Message;

    [Fact]
    public async Task ValidSidecarIsReadIntoMetadata()
    {
        var metadata = await ParseAsync("""
            {
              // reps' systems add comments and trailing commas
              "repId": "rep-7",
              "RepName": "Sarah Lee",
              "teamId": "north",
              "customerId": "cust-42",
              "customerTier": "b",
              "interactionNumber": 3,
              "startedAt": "2026-03-01T09:30:00+08:00",
              "source": "teams",
            }
            """);

        Assert.Equal(
            new CallMetadata
            {
                RepId = "rep-7",
                RepName = "Sarah Lee",
                TeamId = "north",
                CustomerId = "cust-42",
                CustomerTier = CustomerTier.B,
                InteractionNumber = 3,
                StartedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8)),
                Source = "teams",
            },
            metadata);
    }

    [Theory]
    [InlineData("2026-03-01T01:30:00Z")]
    [InlineData("2026-03-01T01:30:00.000Z")]
    [InlineData("2026-02-28T20:30:00-05:00")]
    [InlineData("2026-03-01T09:30+08:00")]
    public async Task StartedAtWithAnOffsetIsTheSameInstantWhateverTheZone(string startedAt)
    {
        var metadata = await ParseAsync($$"""{ "startedAt": "{{startedAt}}" }""");

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 1, 30, 0, TimeSpan.Zero), metadata.StartedAt);
    }

    [Fact]
    public async Task AMeetingSystemsLongExternalIdIsKeptAndOneOverItsLimitIsRefused()
    {
        var teamsMeeting = "MSo5NzZmNGIzMS1mZDAxLTRlMGItOTE3OC0yOWNjNDBjMTQ0MzgqMCoqMTk6bWVldGluZ19aalk0TXpRNU9UQXRZamxqWWkwMFpESXdMVGczTkdZdFptUTNNRGhtWm1FMk9EVTNAdGhyZWFkLnYy";

        var metadata = await ParseAsync($$"""{ "source": "teams", "externalId": "{{teamsMeeting}}" }""");

        Assert.Equal(teamsMeeting, metadata.ExternalId);
        Assert.Contains("externalId has 513 characters", await ErrorAsync($$"""{ "externalId": "{{new string('x', 513)}}" }"""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyObjectGivesEmptyMetadata()
    {
        Assert.Equal(CallMetadata.None, await ParseAsync("{}"));
    }

    [Theory]
    [InlineData("{ \"repId\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2]")]
    public async Task MalformedJsonIsUnreadableAndNamesTheFile(string json)
    {
        Assert.StartsWith("malformed metadata call.json", await ErrorAsync(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NullDocumentIsUnreadable()
    {
        Assert.Equal("malformed metadata call.json: expected a JSON object", await ErrorAsync("null"));
    }

    [Fact]
    public async Task UnknownFieldIsUnreadableAndNamesTheField()
    {
        var message = await ErrorAsync("""{ "repID": "rep-7", "customerTeir": "A" }""");

        Assert.StartsWith("malformed metadata call.json", message, StringComparison.Ordinal);
        Assert.Contains("customerTeir", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("D")]
    [InlineData("")]
    [InlineData("AA")]
    public async Task TierOutsideABCIsUnreadable(string tier)
    {
        Assert.Equal(
            $"malformed metadata call.json: customerTier must be A, B or C, not '{tier}'",
            await ErrorAsync($$"""{ "customerTier": "{{tier}}" }"""));
    }

    [Theory]
    [InlineData("2026-03-01T09:30:00")]
    [InlineData("2026-03-01T09:30")]
    [InlineData("2026-03-01")]
    [InlineData("01/03/2026 09:30 +08:00")]
    [InlineData("yesterday")]
    public async Task StartedAtWithoutAnOffsetIsUnreadable(string startedAt)
    {
        var message = await ErrorAsync($$"""{ "startedAt": "{{startedAt}}" }""");

        Assert.StartsWith("malformed metadata call.json: startedAt must be ISO-8601 with an offset", message, StringComparison.Ordinal);
        Assert.Contains(startedAt, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task InteractionNumberBelowOneIsUnreadable(int number)
    {
        Assert.Equal(
            "malformed metadata call.json: interactionNumber must be 1 or more",
            await ErrorAsync($$"""{ "interactionNumber": {{number}} }"""));
    }

    [Fact]
    public async Task InteractionNumberAsTextIsUnreadable()
    {
        Assert.StartsWith("malformed metadata call.json", await ErrorAsync("""{ "interactionNumber": "two" }"""), StringComparison.Ordinal);
    }

    [Fact]
    public void SidecarOfARecordingIsTheSameNameWithJson()
    {
        Assert.Equal(Path.Combine("inbox", "call 1.json"), SidecarReader.PathFor(Path.Combine("inbox", "call 1.wav")));
    }
}
