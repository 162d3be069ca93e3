using CallCoach.Analyze.Reports;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task TheCoachingEffectAreaMarksTheAxesWhoseMethodNeedsAnotherIteration()
    {
        // Last month's report as the monthly job would have stored it: closing packs did not lift conversion.
        var month = DateTimeOffset.UtcNow.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await team.App.Services.GetRequiredService<ReportQueries>().StoreAsync(new CoachingEffectReport(
            month,
            DateTimeOffset.UtcNow,
            [],
            [new AxisEffect("closing", 3, 2, 1.5, true), new AxisEffect("needsDiscovery", 2, 2, 8.0, false)]), CancellationToken.None);

        browser.Open(team.Page("/teams/east"));

        Assert.Equal("badge flagged", browser.One("#coaching-effect .badge[data-axis='closing']").GetAttribute("class"));
        Assert.Contains("methodology iteration needed", browser.One("#coaching-effect .badge[data-axis='closing']").Text, StringComparison.Ordinal);
        Assert.Equal("badge compliant", browser.One("#coaching-effect .badge[data-axis='needsDiscovery']").GetAttribute("class"));
        Assert.Equal("badge unmeasured", browser.One("#coaching-effect .badge[data-axis='objectionHandling']").GetAttribute("class"));
    }

    public void Dispose() => browser.Dispose();
}
