using CallCoach.CoachingApi.Signing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CallCoach.CoachingApi.Tests.Signing;

/// <summary>The window and the replay cache on a fake clock, to the second.</summary>
public sealed class SignatureCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly byte[] Body = "--boundary\r\nhello\r\n--boundary--"u8.ToArray();

    private readonly FakeTimeProvider clock = new(Now);
    private readonly SeenSignatures seen;
    private readonly SignatureCheck check;

    public SignatureCheckTests()
    {
        var options = new SigningOptions { Sources = { [SignedRequest.Source] = new SigningSource { Secret = SignedRequest.Secret } } };
        seen = new SeenSignatures(clock);
        check = new SignatureCheck(Options.Create(options), seen, clock);
    }

    private static SignatureHeaders Headers(DateTimeOffset at, string source = SignedRequest.Source)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new SignatureHeaders(source, timestamp, SignedRequest.Signature(SignedRequest.Secret, timestamp, Body));
    }

    private SignatureRejection? Verify(SignatureHeaders headers)
    {
        var (claim, rejection) = check.Start(headers);
        return rejection ?? check.Finish(claim!, SignedRequest.Mac(SignedRequest.Secret, headers.Timestamp!, Body));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    [InlineData(0)]
    public void TimestampsUpToFiveMinutesEitherWayAreAccepted(int seconds)
    {
        Assert.Null(Verify(Headers(Now.AddSeconds(seconds))));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void ATimestampOneSecondOutsideTheWindowIsRefused(int seconds)
    {
        var rejection = Verify(Headers(Now.AddSeconds(seconds)));

        Assert.Equal(401, rejection!.Status);
        Assert.StartsWith("Replayed or clock skew: the timestamp is 301 s", rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceNamesAreMatchedIgnoringCaseAsConfigurationKeysAre()
    {
        Assert.Null(Verify(Headers(Now, "PARTNER")));
    }

    [Fact]
    public void AReplayIsRefusedWhileItsTimestampIsInTheWindow()
    {
        var headers = Headers(Now);
        Assert.Null(Verify(headers));

        clock.Advance(TimeSpan.FromMinutes(4));
        var replay = Verify(headers);

        Assert.Equal(409, replay!.Status);
    }

    [Fact]
    public void ARememberedSignatureIsForgottenOnceItsTimestampHasLeftTheWindow()
    {
        Assert.True(seen.TryRemember("partner:abc", Now.AddMinutes(5)));
        Assert.False(seen.TryRemember("partner:abc", Now.AddMinutes(5)));

        clock.Advance(TimeSpan.FromMinutes(5));

        // Expired: taken again (the timestamp check would have refused the request before it got here).
        Assert.True(seen.TryRemember("partner:abc", Now.AddMinutes(10)));
    }

    [Fact]
    public void ExpiredSignaturesAreSweptSoTheCacheDoesNotGrowWithoutEnd()
    {
        for (var i = 0; i < 1000; i++)
        {
            seen.TryRemember($"partner:{i}", Now.AddMinutes(5));
        }

        clock.Advance(TimeSpan.FromMinutes(6));
        seen.TryRemember("partner:new", Now.AddMinutes(11));

        Assert.Equal(1, seen.Count);
    }

    [Fact]
    public void OnlyOneOfManyConcurrentCopiesOfASignatureIsTaken()
    {
        var taken = 0;
        Parallel.For(0, 64, _ => Interlocked.Add(ref taken, seen.TryRemember("partner:same", Now.AddMinutes(5)) ? 1 : 0));

        Assert.Equal(1, taken);
    }
}
