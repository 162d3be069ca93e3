using System.Text;
using CallCoach.Core.Paths;
using CallCoach.Testing;

namespace CallCoach.Core.Tests.Paths;

public sealed class SafeFileNameTests : IDisposable
{
    private readonly TempDirectory root = new("safe-name");

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("/abs/path.wav", "path.wav")]
    [InlineData("C:\\x\\y.wav", "y.wav")]
    [InlineData("..\\..\\windows\\win.ini", "win.ini")]
    [InlineData("a\0b.wav", "ab.wav")]
    [InlineData("\u202Evaw.exe", "vaw.exe")]
    [InlineData("call\u200B\u200D\uFEFF.wav", "call.wav")]
    [InlineData("line\r\nbreak\t.wav", "linebreak.wav")]
    [InlineData("what?<is>|this*.wav", "what__is__this_.wav")]
    [InlineData("C:y.wav", "C_y.wav")]
    [InlineData("  .hidden.wav. ", "hidden.wav")]
    [InlineData("Morning Call (copy).WAV", "Morning Call (copy).WAV")]
    [InlineData("张伟的电话.mp3", "张伟的电话.mp3")]
    [InlineData("CON.wav", "_CON.wav")]
    public void HostileNamesBecomeOnePlainName(string name, string expected)
    {
        Assert.Equal(expected, SafeFileName.From(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("/")]
    [InlineData("../..//")]
    [InlineData("\0\0")]
    [InlineData("\u202E\u200B")]
    [InlineData(null)]
    public void NamesWithNothingUsableLeftFallBackToASafeName(string? name)
    {
        Assert.Equal("upload", SafeFileName.From(name));
        Assert.Equal("call", SafeFileName.From(name, "call"));
    }

    [Fact]
    public void DecomposedAccentsAreNormalisedToComposedForm()
    {
        Assert.Equal("Jose\u0301.wav".Normalize(NormalizationForm.FormC), SafeFileName.From("Jose\u0301.wav"));
        Assert.Equal("José.wav", SafeFileName.From("Jose\u0301.wav"));
    }

    [Fact]
    public void LoneSurrogatesAreDroppedInsteadOfBreakingNormalisation()
    {
        Assert.Equal("ab.wav", SafeFileName.From("a\uD800b.wav"));
    }

    [Fact]
    public void VeryLongNamesAreCutToTheLimitKeepingTheExtension()
    {
        var safe = SafeFileName.From(new string('a', 5000) + ".wav");

        Assert.Equal(SafeFileName.MaxLength, safe.Length);
        Assert.EndsWith("aaaa.wav", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void LongNamesInWideScriptsStayWithinTheBytesAFileSystemAllows()
    {
        var safe = SafeFileName.From(string.Concat(Enumerable.Repeat("电话", 100)) + ".mp3");

        Assert.InRange(Encoding.UTF8.GetByteCount(safe), 1, SafeFileName.MaxUtf8Bytes);
        Assert.EndsWith(".mp3", safe, StringComparison.Ordinal);
        Assert.StartsWith("电话电话", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void CuttingNeverSplitsAnEmojiInHalf()
    {
        // 113 + 2 + 4 = 119 characters; the next emoji would need 121, and half of it would fit.
        var safe = SafeFileName.From(new string('a', 113) + "👍👍👍.wav");

        Assert.Equal(new string('a', 113) + "👍.wav", safe);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/abs/path.wav")]
    [InlineData("C:\\x\\y.wav")]
    [InlineData("a\0b.wav")]
    [InlineData("..")]
    [InlineData("")]
    public void PathInIsAlwaysDirectlyInsideTheFolder(string name)
    {
        var path = SafeFileName.PathIn(root.Path, name);

        Assert.Equal(root.Path, Path.GetDirectoryName(path));
        File.WriteAllText(path, "x");
        Assert.Single(Directory.EnumerateFileSystemEntries(root.Path));
        File.Delete(path);
    }

    public void Dispose() => root.Dispose();
}
