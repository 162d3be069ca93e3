namespace CallCoach.CoachingApi.Tests.Pages;

[Collection(WebPagesCollection.Name)]
public sealed class PageSignInTests(CoachedTeam team) : IDisposable
{
    private readonly HeadlessChromium browser = new();

    [Fact]
    public void APageOpenedWithoutSigningInShowsTheSignInFormAndNoData()
    {
        browser.Open(team.Page("/reps/ann"));

        browser.One("#sign-in #credential");
        Assert.Empty(browser.All("#radar svg"));
        Assert.Empty(browser.All("#pack article.pack"));
    }

    [Fact]
    public void ARepSignedInOnAColleaguesPageIsToldTheyMayNotSeeItAndSeesNoneOfIt()
    {
        browser.Open(team.Page("/reps/bob"), team.AnnKey);

        Assert.Contains("you may not see this", browser.One("#content").Text, StringComparison.Ordinal);
        Assert.Empty(browser.All("#radar svg"));
        Assert.Empty(browser.All("#calls li.call"));
    }

    [Fact]
    public void AWrongKeyIsForgottenSoTheNextVisitAsksToSignInAgain()
    {
        browser.Open(team.Page("/reps/ann"), "cc_0000000000_not-a-real-key");

        Assert.Contains("not signed in", browser.One("#content").Text, StringComparison.Ordinal);
        browser.Open(team.Page("/reps/ann"));
        browser.One("#sign-in #credential");
    }

    public void Dispose() => browser.Dispose();
}
