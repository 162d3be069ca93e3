using System.Net;
using System.Net.Http.Json;
using CallCoach.CoachingApi.Outcomes;
using CallCoach.Testing;
using Microsoft.AspNetCore.Mvc;

namespace CallCoach.CoachingApi.Tests.Outcomes;

public sealed class OutcomesApiTests : IDisposable
{
    private readonly TempDirectory data = new("outcomes-api");

    [Fact]
    public async Task AnOutcomeIsStoredOnceEvenWhenTheCrmSendsItTwice()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        var closedAt = new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.FromHours(8));

        var first = await client.PostAsJsonAsync("/api/outcomes", new OutcomeRequest("c42", "won", 12000.50m, closedAt));
        var again = await client.PostAsJsonAsync("/api/outcomes", new OutcomeRequest("c42", "won", 12000.50m, closedAt));
        await client.PostAsJsonAsync("/api/outcomes", new OutcomeRequest("c7", "lost", 0, closedAt));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var stored = await first.Content.ReadFromJsonAsync<OutcomeDto>();
        Assert.Equal(stored!.Id, (await again.Content.ReadFromJsonAsync<OutcomeDto>())!.Id);
        Assert.Equal(("c42", "won", 12000.50m, closedAt), (stored.CustomerId, stored.Result, stored.Amount, stored.ClosedAt));
        var listed = await client.GetFromJsonAsync<List<OutcomeDto>>("/api/outcomes?customerId=c42");
        Assert.Equal(stored.Id, Assert.Single(listed!).Id);
    }

    [Fact]
    public async Task AnIncompleteOutcomeIsAValidationProblemNamingEachField()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/outcomes", new OutcomeRequest("", "maybe", -5, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["amount", "closedAt", "customerId", "result"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
    }

    public void Dispose() => data.Dispose();
}
