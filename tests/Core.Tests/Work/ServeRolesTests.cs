using CallCoach.Core.Work;

namespace CallCoach.Core.Tests.Work;

public sealed class ServeRolesTests
{
    [Theory]
    [InlineData(null, "ingest,transcribe,analyze,api")]
    [InlineData("", "ingest,transcribe,analyze,api")]
    [InlineData("transcribe", "transcribe")]
    [InlineData(" API , Ingest ", "ingest,api")]
    [InlineData("analyze,analyze", "analyze")]
    public void RolesAreReadCaseInsensitivelyAndTheDefaultIsAll(string? roles, string expected) =>
        Assert.Equal(expected, ServeRoles.Parse(roles).ToString());

    [Fact]
    public void AnUnknownRoleStopsTheStartNamingIt()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ServeRoles.Parse("ingest,trancribe"));

        Assert.Contains("'trancribe'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllFourRolesAreAll() =>
        Assert.True(ServeRoles.Parse("api,analyze,transcribe,ingest").IsAll);
}
