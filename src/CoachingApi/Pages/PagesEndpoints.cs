namespace CallCoach.CoachingApi.Pages;

/// <summary>
/// The rep page (<c>/reps/{id}</c>) and the manager page (<c>/teams/{id}</c>): static HTML and small scripts from
/// wwwroot that read the same JSON API as any other client, so a page can never show something the API does not.
/// </summary>
public static class PagesEndpoints
{
    public static WebApplication MapCoachingPages(this WebApplication app)
    {
        // Lowest-priority routes, so they never shadow an API route; each page reads the id from its own path.
        app.MapFallbackToFile("/reps/{id}", "rep.html").AllowAnonymous();
        app.MapFallbackToFile("/teams/{id}", "team.html").AllowAnonymous();
        return app;
    }
}
