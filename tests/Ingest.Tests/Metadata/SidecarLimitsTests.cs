using System.Text;
using CallCoach.Core.Calls;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Metadata;

namespace CallCoach.Ingest.Tests.Metadata;

/// <summary>Oversized or malicious metadata is refused with the limit it broke, before anything is bound.</summary>
public sealed class SidecarLimitsTests
{
    private static Task<CallMetadata> ParseAsync(byte[] json) =>
        SidecarReader.ParseAsync(new MemoryStream(json), "call.json", CancellationToken.None);

    private static async Task<string> ErrorAsync(string json) => await ErrorAsync(Encoding.UTF8.GetBytes(json));

    private static async Task<string> ErrorAsync(byte[] json)
    {
        var message = (await Assert.ThrowsAsync<UnreadableRecordingException>(() => ParseAsync(json))).Message;
        Assert.StartsWith("malformed metadata call.json: ", message, StringComparison.Ordinal);
        return message;
    }

    private static string Nested(int depth) => $$"""{"repId":"r1","x":{{new string('[', depth - 1)}}{{new string(']', depth - 1)}}}""";

    [Theory]
    [InlineData(17)]
    [InlineData(30_000)]
    public async Task NestingDeeperThanTheLimitIsRefusedAsTooDeep(int depth)
    {
        Assert.Contains($"nested deeper than {MetadataLimits.MaxDepth} levels", await ErrorAsync(Nested(depth)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestingWithinTheLimitFailsOnlyForTheUnknownField()
    {
        var message = await ErrorAsync(Nested(MetadataLimits.MaxDepth));

        Assert.DoesNotContain("nested", message, StringComparison.Ordinal);
        Assert.Contains("'x'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetadataLargerThan64KibIsRefusedWithoutReadingIt()
    {
        var huge = new MemoryStream();
        huge.Write(Encoding.UTF8.GetBytes("""{"repName":" """));
        huge.Write(new byte[10_000_000].Select(_ => (byte)'a').ToArray());

        var message = (await Assert.ThrowsAsync<UnreadableRecordingException>(
            () => SidecarReader.ParseAsync(new MemoryStream(huge.ToArray()), "call.json", CancellationToken.None))).Message;

        Assert.Equal("malformed metadata call.json: larger than 64 KiB; a sidecar holds a few short fields", message);
    }

    [Fact]
    public async Task AStringLongerThanTheLimitIsRefusedWithItsLength()
    {
        var message = await ErrorAsync($$"""{"repName":"{{new string('a', MetadataLimits.MaxStringLength + 1)}}"}""");

        Assert.Contains($"a string of {MetadataLimits.MaxStringLength + 1} characters", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("repId")]
    [InlineData("teamId")]
    [InlineData("customerId")]
    [InlineData("source")]
    public async Task AnIdLongerThan128CharactersIsRefusedNamingTheField(string field)
    {
        var message = await ErrorAsync($$"""{"{{field}}":"{{new string('r', 129)}}"}""");

        Assert.Contains($"{field} has 129 characters; an id has at most 128", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValuesAtTheLimitsAreAccepted()
    {
        var metadata = await ParseAsync(Encoding.UTF8.GetBytes(
            $$"""{"repId":"{{new string('r', 128)}}","repName":"{{new string('n', 1000)}}"}"""));

        Assert.Equal(128, metadata.RepId!.Length);
        Assert.Equal(1000, metadata.RepName!.Length);
    }

    [Theory]
    [InlineData("""{"repId":"r1\u0000"}""", "U+0000")]
    [InlineData("""{"repName":"Anna\nLee"}""", "U+000A")]
    public async Task ControlCharactersInStringsAreRefused(string json, string character)
    {
        Assert.Contains($"a control character {character}", await ErrorAsync(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8IsRefused()
    {
        byte[] json = [.. """{"repName":"Caf"""u8, 0xE9, .. "\"}"u8];

        await ErrorAsync(json);
    }

    [Theory]
    [InlineData("""{"repId":42}""", "repId")]
    [InlineData("""{"interactionNumber":"many"}""", "interactionNumber")]
    [InlineData("""{"customerTier":["A"]}""", "customerTier")]
    [InlineData("""{"startedAt":{"at":"now"}}""", "startedAt")]
    public async Task AValueOfTheWrongTypeIsRefusedNamingTheField(string json, string field)
    {
        Assert.Contains(field, await ErrorAsync(json), StringComparison.Ordinal);
    }
}
