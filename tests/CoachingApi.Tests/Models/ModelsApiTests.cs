using System.Net;
using System.Net.Http.Json;
using CallCoach.Analyze.Classification;
using CallCoach.CoachingApi.Models;
using CallCoach.CoachingApi.Tests.Audit;
using CallCoach.Testing;
using Microsoft.AspNetCore.Mvc;

namespace CallCoach.CoachingApi.Tests.Models;

public sealed class ModelsApiTests : IDisposable
{
    private readonly TempDirectory data = new("models-api");
    private readonly TempDirectory training = new("models-data");

    private ModelLifecycleApplication App() => new(data.Path, SmallTrainingData.Create(training.Path));

    [Fact]
    public async Task ModelsAreListedWithTheShippedVersionServingAndItsMetrics()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var models = await client.GetFromJsonAsync<List<ModelSummary>>("/api/models");

        Assert.Equal(["objection", "act"], models!.Select(m => m.Name));
        var objection = models![0];
        Assert.Equal("shipped", objection.Serving.Source);
        Assert.Equal(objection.Shipped.Version, objection.Serving.Version);
        Assert.Empty(objection.Versions);
        Assert.True(objection.Shipped.Holdout!.MacroF1 >= 0.85, $"held-out macro-F1 {objection.Shipped.Holdout!.MacroF1}");
        Assert.Equal(ClassifierKind.Objection.Labels, objection.Shipped.Holdout.Classes.Select(c => c.Label));
    }

    [Fact]
    public async Task AChallengerWorseThanTheServingModelIsRecordedButNotPromoted()
    {
        await using var app = App();
        using var client = app.CreateClient();

        var job = await app.TrainAsync(client, "objection");

        Assert.Equal("succeeded", job.Status);
        Assert.False(job.Promoted);
        var objection = await ModelLifecycleApplication.ModelAsync(client, "objection");
        Assert.Equal("shipped", objection.Serving.Source);
        var challenger = Assert.Single(objection.Versions);
        Assert.Equal(job.Version, challenger.Version);
        Assert.False(challenger.Serving);
        Assert.True(challenger.HoldoutMacroF1 < challenger.ChampionMacroF1);
        Assert.StartsWith("kept as challenger, worse", challenger.Decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromotingAWorseVersionIsRefusedUnlessForcedAndRollbackRestoresTheShippedModel()
    {
        await using var app = App();
        using var client = app.CreateClient();
        var job = await app.TrainAsync(client, "objection");

        var refused = await client.PostAsJsonAsync("/api/models/objection/promote", new PromoteRequest(job.Version!));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("worse than the serving", (await refused.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);

        using var dataTeam = await app.CreateClientWithKeyAsync(CallCoach.CoachingApi.Access.Roles.Data);
        var forced = await dataTeam.PostAsJsonAsync("/api/models/objection/promote", new PromoteRequest(job.Version!, Force: true));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(job.Version, (await client.GetFromJsonAsync<ModelCard>("/api/models/objection/card"))!.Version);
        var promoted = await ModelLifecycleApplication.ModelAsync(client, "objection");
        Assert.Equal("trained", promoted.Serving.Source);
        Assert.True(Assert.Single(promoted.Versions).ForcedPromotion);

        var rolledBack = await client.PostAsync("/api/models/objection/rollback", null);
        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        Assert.Equal("shipped", (await rolledBack.Content.ReadFromJsonAsync<ServingModel>())!.Source);
        Assert.Equal(promoted.Shipped.Version, (await client.GetFromJsonAsync<ModelCard>("/api/models/objection/card"))!.Version);

        var nothingLeft = await client.PostAsync("/api/models/objection/rollback", null);
        Assert.Equal(HttpStatusCode.Conflict, nothingLeft.StatusCode);

        // Who promoted which version, and who rolled back, is in the audit log.
        // The audit writer stores entries a moment after the request; training's entry is there too, so wait for the
        // last one written, the rollback, rather than for a count.
        var audit = (await client.WaitForAuditAsync("/api/audit?subject=objection", page => page.Items.Any(e => e.Action == "model.rollback"))).Items;

        var promotion = Assert.Single(audit, e => e.Action == "model.promote");
        Assert.Equal(("data", $"version {job.Version}, forced"), (promotion.Roles, promotion.Detail));
        Assert.StartsWith("key:", promotion.Actor, StringComparison.Ordinal);
        Assert.Single(audit, e => e.Action == "model.rollback" && e.Roles == "admin");
    }

    [Fact]
    public async Task AChallengerNoWorseThanTheServingVersionIsPromotedAndStillServesAfterARestart()
    {
        string version;
        await using (var app = App())
        {
            using var client = app.CreateClient();
            var first = await app.TrainAsync(client, "act", force: true);
            Assert.True(first.Promoted);

            // Same data, same seed: the same scores, so not worse.
            var second = await app.TrainAsync(client, "act");
            Assert.True(second.Promoted);
            version = second.Version!;
            var act = await ModelLifecycleApplication.ModelAsync(client, "act");
            Assert.Equal(version, act.Serving.Version);
            Assert.Equal([false, true], act.Versions.Select(v => v.Serving));
        }

        await using var restarted = App();
        using var again = restarted.CreateClient();
        Assert.Equal(version, (await ModelLifecycleApplication.ModelAsync(again, "act")).Serving.Version);

        // Rolling back the newest brings back the one promoted before it, not the shipped model.
        var rolledBack = await again.PostAsync("/api/models/act/rollback", null);
        Assert.Equal("trained", (await rolledBack.Content.ReadFromJsonAsync<ServingModel>())!.Source);
    }

    [Fact]
    public async Task UnknownModelsAndVersionsAreProblemDetails()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var unknownModel = await client.PostAsJsonAsync("/api/models/sentiment/train", new TrainRequest());
        var unknownVersion = await client.PostAsJsonAsync("/api/models/act/promote", new PromoteRequest("19990101.000000000"));

        Assert.Equal(HttpStatusCode.NotFound, unknownModel.StatusCode);
        Assert.Contains("objection, act", (await unknownModel.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownVersion.StatusCode);
        Assert.Equal("application/problem+json", unknownVersion.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose()
    {
        data.Dispose();
        training.Dispose();
    }
}
