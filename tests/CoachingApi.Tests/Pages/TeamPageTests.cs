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
        browser.Open(team.Page("/teams/east"), team.ManagerKey);

        var audio = browser.One($"#packs audio[data-pack='{pack.Id}']");
        browser.Until(_ => Convert.ToInt64(browser.Script("return arguments[0].readyState;", audio)) >= 1, "the clip's metadata");
        var duration = Convert.ToDouble(browser.Script("return arguments[0].duration;", audio));

        Assert.Equal(pack.Clip!.DurationSeconds, duration, 0.1);
    }

    [Fact]
    public void TheWeeksPacksNameTheRepTheAxisAndTheTemplate()
    {
        var pack = team.AnnsPack;
        browser.Open(team.Page("/teams/east"), team.ManagerKey);

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
        // East's packs: closing improved 1 and 2 points (one still pending), needs discovery 8 twice. West's pack, which
        // east's manager must not see, would drag needs discovery below the goal if it were counted.
        PackEffect Effect(string rep, string axis, double? points) =>
            new(Guid.NewGuid(), rep, axis, DateTimeOffset.UtcNow.AddDays(-40), new Conversion(1, 1, ["A"]), new Conversion(1, 1, ["A"]), points, points is null ? EffectStatus.Pending : "measured");
        List<PackEffect> packs =
        [
            Effect("ann", "closing", 1.0), Effect("ann", "closing", 2.0), Effect("bob", "closing", null),
            Effect("ann", "needsDiscovery", 8.0), Effect("bob", "needsDiscovery", 8.0),
            Effect("zed", "needsDiscovery", -30.0),
        ];
        await team.App.Services.GetRequiredService<ReportQueries>().StoreAsync(new CoachingEffectReport(
            month,
            DateTimeOffset.UtcNow,
            packs,
            CoachingEffectCalculator.ByAxis(packs)), CancellationToken.None);

        browser.Open(team.Page("/teams/east"), team.ManagerKey);

        Assert.Equal("badge flagged", browser.One("#coaching-effect .badge[data-axis='closing']").GetAttribute("class"));
        Assert.Contains("methodology iteration needed", browser.One("#coaching-effect .badge[data-axis='closing']").Text, StringComparison.Ordinal);
        Assert.Equal("badge compliant", browser.One("#coaching-effect .badge[data-axis='needsDiscovery']").GetAttribute("class"));
        Assert.Equal("badge unmeasured", browser.One("#coaching-effect .badge[data-axis='objectionHandling']").GetAttribute("class"));
    }

    public void Dispose() => browser.Dispose();
}
