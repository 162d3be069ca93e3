using CallCoach.Transcribe.VoiceProfiles;

namespace CallCoach.Transcribe.Tests.VoiceProfiles;

public sealed class RepIdsTests
{
    [Theory]
    [InlineData("r7")]
    [InlineData("anna.lee@example.com")]
    [InlineData("EAST_rep-01")]
    public void PlainIdsAreSafeFileNames(string repId)
    {
        Assert.Null(RepIds.Problem(repId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../r7")]
    [InlineData(".hidden")]
    [InlineData("team/r7")]
    [InlineData("team\\r7")]
    [InlineData("r7\0.json")]
    [InlineData("r7\n")]
    [InlineData("anna lee")]
    [InlineData("ánna")]
    [InlineData("/etc/passwd")]
    public void IdsThatCouldLeaveTheVoicesFolderOrHideAFileAreRefused(string repId)
    {
        Assert.NotNull(RepIds.Problem(repId));
    }

    [Fact]
    public void AnOverlongIdIsRefused()
    {
        Assert.NotNull(RepIds.Problem(new string('r', RepIds.MaxLength + 1)));
        Assert.Null(RepIds.Problem(new string('r', RepIds.MaxLength)));
    }

    [Fact]
    public void ControlCharactersArePrintedAsEscapes()
    {
        Assert.Equal("r7\\u0000x", RepIds.Printable("r7\0x"));
    }
}
