using System.Net;
using System.Net.Http.Json;
using System.Text;
using CallCoach.Analyze.Reports;
using CallCoach.CoachingApi.Outcomes;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Reports;

public sealed class ReportsApiTests : IDisposable
{
    private readonly TempDirectory data = new("reports-api");

    /// <summary>A call with customer c-1 where a price objection is only acknowledged and budget never comes up.</summary>
    private const string PriceLeftOpen = """
        WEBVTT

        00:00:01.000 --> 00:00:06.000
        <v Rep>Thanks for making time today. How do you handle scheduling now?

        00:00:06.500 --> 00:00:15.000
        <v Customer>Honestly, your price is way too high for us.

        00:00:15.500 --> 00:00:20.000
        <v Rep>I understand, thanks for telling me.
        """;

    /// <summary>A call with customer c-2 where the rep asks about budget.</summary>
    private const string BudgetAsked = """
        WEBVTT

        00:00:01.000 --> 00:00:06.000
        <v Rep>What budget have you set aside for this project this year?

        00:00:06.500 --> 00:00:15.000
        <v Customer>About forty thousand for the whole rollout.
        """;

    private static MultipartFormDataContent Upload(string name, string vtt, string customerId) => new()
    {
        { new ByteArrayContent(Encoding.UTF8.GetBytes(vtt)), "file", name },
        { new StringContent($$"""{"repId":"ann","teamId":"east","customerId":"{{customerId}}","startedAt":"2026-11-02T10:00:00+00:00"}"""), "metadata" },
    };

    [Fact]
    public async Task LostDealsAreAttributedToUnhandledObjectionsAndMissingBudgetQuestions()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        await client.PostAsync("/api/calls", Upload("c1.vtt", PriceLeftOpen, "c-1"));
        await client.PostAsync("/api/calls", Upload("c2.vtt", BudgetAsked, "c-2"));
        await app.WaitForFinishedCallsAsync(2, TimeSpan.FromSeconds(60));
        var closed = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
        await client.PostAsJsonAsync("/api/outcomes", new OutcomeRequest("c-1", "lost", 5000, closed));
        await client.PostAsJsonAsync("/api/outcomes", new OutcomeRequest("c-2", "lost", 8000, closed));
        await client.PostAsJsonAsync("/api/outcomes", new OutcomeRequest("c-3", "lost", 1000, closed));
        await client.PostAsJsonAsync("/api/outcomes", new OutcomeRequest("c-4", "won", 9000, closed));

        var report = await client.GetFromJsonAsync<LostDealReport>("/api/reports/lost-deals?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z");

        Assert.Equal((3, 2), (report!.LostDeals, report.WithCalls));
        Assert.Equal(0.5, report.UnhandledObjectionShare["price"]);
        Assert.Equal(0, report.UnhandledObjectionShare["budget"]);
        Assert.Equal(0.5, report.NeverAskedBudgetShare);
        var c1 = report.Deals.Single(d => d.CustomerId == "c-1");
        Assert.Equal(["price"], c1.UnhandledObjections);
        Assert.False(c1.AskedBudget);
        Assert.True(report.Deals.Single(d => d.CustomerId == "c-2").AskedBudget);
    }

    [Fact]
    public async Task TheCoachingEffectReportOfAMonthWithoutPacksIsEmptyAndABadMonthIsRefused()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var report = await client.GetFromJsonAsync<CoachingEffectReport>("/api/reports/coaching-effect?month=2026-10");
        var bad = await client.GetAsync("/api/reports/coaching-effect?month=October");
        var backwards = await client.GetAsync("/api/reports/lost-deals?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z");

        Assert.Equal("2026-10", report!.Month);
        Assert.Empty(report.Packs);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    public void Dispose() => data.Dispose();
}
