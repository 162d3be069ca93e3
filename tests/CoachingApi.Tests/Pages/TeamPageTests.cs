namespace CallCoach.CoachingApi.Tests.Pages;

[Collection(WebPagesCollection.Name)]
public sealed class TeamPageTests(CoachedTeam team) : IDisposable
{
    private readonly HeadlessChromium browser = new();

    [Fact]
    public void APacksClipPlaysInTheBrowserWithTheClipsDuration()
    {
        var pack = team.AnnsPack;
        browser.Open(team.Page("/teams/east"));

        var audio = browser.One($"#packs audio[data-pack='{pack.Id}']");
        browser.Until(_ => Convert.ToInt64(browser.Script("return arguments[0].readyState;", audio)) >= 1, "the clip's metadata");
        var duration = Convert.ToDouble(browser.Script("return arguments[0].duration;", audio));

        Assert.Equal(pack.Clip!.DurationSeconds, duration, 0.1);
    }

    [Fact]
    public void TheWeeksPacksNameTheRepTheAxisAndTheTemplate()
    {
        var pack = team.AnnsPack;
        browser.Open(team.Page("/teams/east"));

        var card = browser.One($"#packs article.pack[data-pack='{pack.Id}']");
        Assert.Contains("ann — Closing", card.Text, StringComparison.Ordinal);
        Assert.Contains(pack.Template.Title, card.Text, StringComparison.Ordinal);
        Assert.Equal(pack.Week, browser.One("#week").Text);
    }

    [Fact]
    public void TheCoachingEffectAreaSaysTheReportIsNotAvailableYet()
    {
        browser.Open(team.Page("/teams/east"));

        Assert.Equal("coaching-effect report: not available yet", browser.One("#coaching-effect").Text);
    }

    public void Dispose() => browser.Dispose();
}
