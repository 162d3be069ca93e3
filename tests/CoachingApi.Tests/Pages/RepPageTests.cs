using System.Globalization;

namespace CallCoach.CoachingApi.Tests.Pages;

[Collection(WebPagesCollection.Name)]
public sealed class RepPageTests(CoachedTeam team) : IDisposable
{
    private readonly HeadlessChromium browser = new();

    [Fact]
    public void TheRepPageDrawsTheRadarWithFourAxesAndTheTeamMedianAsADashedPolygon()
    {
        browser.Open(team.Page("/reps/ann"), team.AnnKey);

        Assert.Equal(4, browser.All("#radar svg line.axis").Count);
        Assert.Equal(
            ["needsDiscovery", "solutionPresentation", "objectionHandling", "closing"],
            browser.All("#radar svg line.axis").Select(l => l.Attribute("data-axis")));
        Assert.NotEmpty(browser.One("#radar svg polygon.team-median").Attribute("stroke-dasharray"));
        browser.One("#radar svg polygon.rep");
        Assert.Equal(4, browser.All("#trend svg.trend").Count);
        Assert.Equal("ann", browser.One("#heading").Text);
    }

    [Fact]
    public void TheRepPageListsRecentCallsWithTheirComplianceFlags()
    {
        browser.Open(team.Page("/reps/ann"), team.AnnKey);

        // Ann's calls have neither a success case nor ROI logic, so every one is flagged.
        Assert.Equal(3, browser.All("#calls li.call.flagged").Count);
        Assert.Equal(3, browser.All("#calls svg circle.call-dot.flagged").Count);
        Assert.Empty(browser.All("#calls li.call.compliant"));
    }

    [Fact]
    public void TheRepPageShowsThisWeeksPackWithWhyTheTemplateTheRolePlayAndTheClip()
    {
        var pack = team.AnnsPack;
        browser.Open(team.Page("/reps/ann"), team.AnnKey);

        var card = browser.One($"#pack article.pack[data-pack='{pack.Id}']");
        Assert.Contains("Closing is the weakest axis: 0", card.Text, StringComparison.Ordinal);
        Assert.Equal(pack.Template.Title, browser.One("#pack .template h4").Text);
        Assert.Equal(pack.RolePlay.Lines.Count, browser.All("#pack .role-play li").Count);
        Assert.Contains(pack.RolePlay.Lines[0].Customer, browser.One("#pack .role-play li:first-child p.customer").Text, StringComparison.Ordinal);
        var audio = browser.One($"#pack audio[data-pack='{pack.Id}']");
        Assert.EndsWith(pack.Clip!.AudioUrl!, audio.Attribute("data-src"), StringComparison.Ordinal);
        // The clip comes through the signed-in fetch, so the player plays a same-page copy of it.
        browser.Until(_ => audio.Attribute("src")?.StartsWith("blob:", StringComparison.Ordinal) == true, "the clip to load");
        Assert.Equal(pack.Clip.DurationSeconds, double.Parse(audio.Attribute("data-duration"), CultureInfo.InvariantCulture), 2);
    }

    public void Dispose() => browser.Dispose();
}
