using CallCoach.Core.Paths;
using CallCoach.Testing;
using CallCoach.Transcribe.Diarization;
using CallCoach.Transcribe.VoiceProfiles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Tests.VoiceProfiles;

public sealed class VoiceProfileStoreTests : IDisposable
{
    private readonly TempDirectory data = new("voices");

    private VoiceProfileStore Store() => new(Options.Create(new DataOptions { Root = data.Path }), NullLogger<VoiceProfileStore>.Instance);

    private static VoiceProfile Profile(string repId, string features = VoiceProfile.CurrentFeatures) => new(
        repId, features, new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), 12.5, 24,
        [.. Enumerable.Range(0, VoiceWindow.FeatureCount).Select(i => i * 0.5)],
        [.. Enumerable.Repeat(1.0, VoiceWindow.FeatureCount)]);

    [Fact]
    public async Task ASavedProfileIsFoundUnderTheVoicesFolderByItsRepId()
    {
        var path = await Store().SaveAsync(Profile("r7"), CancellationToken.None);

        Assert.Equal(Path.Combine(data.Path, "voices", "r7.json"), path);
        var found = await Store().FindAsync("r7", CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal(Profile("r7").Mean, found.Mean);
        Assert.Equal(Profile("r7").EnrolledAt, found.EnrolledAt);
        Assert.Single(Directory.GetFiles(Path.Combine(data.Path, "voices")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("r8")]
    public async Task ARepWithoutAProfileHasNone(string? repId)
    {
        await Store().SaveAsync(Profile("r7"), CancellationToken.None);

        Assert.Null(await Store().FindAsync(repId, CancellationToken.None));
    }

    [Fact]
    public async Task AnUnsafeRepIdFromASidecarFindsNothingOutsideTheVoicesFolder()
    {
        // A profile-shaped file one level up must not be reachable through "../".
        await Store().SaveAsync(Profile("r7"), CancellationToken.None);
        File.Copy(Path.Combine(data.Path, "voices", "r7.json"), Path.Combine(data.Path, "outside.json"));

        Assert.Null(await Store().FindAsync("../outside", CancellationToken.None));
        Assert.Throws<ArgumentException>(() => Store().PathFor("../outside"));
    }

    [Fact]
    public async Task SavingUnderAnUnsafeRepIdIsRefusedAndWritesNothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store().SaveAsync(Profile("../r7"), CancellationToken.None));

        Assert.Empty(Directory.GetFileSystemEntries(data.Path));
    }

    [Fact]
    public async Task AProfileFromOtherFeaturesOrADamagedFileIsNotUsed()
    {
        await Store().SaveAsync(Profile("old", features: "mfcc13-v0"), CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(data.Path, "voices", "broken.json"), "{ not json");

        Assert.Null(await Store().FindAsync("old", CancellationToken.None));
        Assert.Null(await Store().FindAsync("broken", CancellationToken.None));
    }

    public void Dispose() => data.Dispose();
}
