using CallCoach.Core.Archive;

namespace CallCoach.Core.Tests.Archive;

public sealed class BlobLocationTests
{
    [Fact]
    public void ALocationNamesItsContainerAndBlob()
    {
        var location = BlobLocation.Format("calls", "abc.wav");

        Assert.Equal("blob://calls/abc.wav", location);
        Assert.True(BlobLocation.TryParse(location, out var container, out var name));
        Assert.Equal(("calls", "abc.wav"), (container, name));
    }

    [Theory]
    [InlineData("/srv/callcoach/data/audio/abc.wav")]
    [InlineData("data/audio/abc.wav")]
    [InlineData("blob://calls")]
    [InlineData("blob://calls/")]
    [InlineData("blob:///abc.wav")]
    public void PathsAndIncompleteLocationsAreNotBlobs(string location) =>
        Assert.False(BlobLocation.TryParse(location, out _, out _));
}
