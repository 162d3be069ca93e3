using System.Net;
using System.Net.Http.Json;
using CallCoach.CoachingApi.Labels;
using CallCoach.CoachingApi.Tests.Models;
using CallCoach.Testing;
using Microsoft.AspNetCore.Mvc;

namespace CallCoach.CoachingApi.Tests.Labels;

public sealed class LabelsApiTests : IDisposable
{
    private readonly TempDirectory data = new("labels-api");
    private readonly TempDirectory training = new("labels-data");

    [Fact]
    public async Task ACorrectionIsStoredForTheModelItsLabelBelongsTo()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/labels", new LabelCorrectionRequest("budget", "finance froze all new spend till April", null, null, null));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var saved = await response.Content.ReadFromJsonAsync<LabelCorrectionDto>();
        Assert.Equal("objection", saved!.Model);
        Assert.Equal("finance froze all new spend till April", saved.Text);
        var listed = await client.GetFromJsonAsync<List<LabelCorrectionDto>>("/api/labels?model=objection");
        Assert.Equal(saved.Id, Assert.Single(listed!).Id);
        Assert.Empty((await client.GetFromJsonAsync<List<LabelCorrectionDto>>("/api/labels?model=act"))!);
    }

    [Theory]
    [InlineData("angry", "too much", null, null, "label")]
    [InlineData("budget", null, null, null, "text")]
    [InlineData("next_step", "see you Tuesday", null, 3, "text")]
    public async Task AnInvalidCorrectionIsAValidationProblem(string label, string? text, string? callId, int? segmentIndex, string field)
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/labels",
            new LabelCorrectionRequest(label, text, callId is null ? null : Guid.Parse(callId), segmentIndex, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [Fact]
    public async Task ALabelOfTheOtherModelIsRefused()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/labels", new LabelCorrectionRequest("roi", "too pricey", null, null, "objection"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ACorrectionOfAStoredSegmentTakesTheSegmentsTextAndAMissingSegmentIsNotFound()
    {
        await using var app = new CallCoachApplication(data.Path);
        using var client = app.CreateClient();
        var vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Rep>Hello there.\n\n00:00:06.000 --> 00:00:09.000\n<v Customer>Our CFO froze every new tool until spring.\n";
        var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(vtt)), "file", "call.vtt" } };
        var upload = await (await client.PostAsync("/api/calls", form)).Content.ReadFromJsonAsync<CallCoach.CoachingApi.Calls.UploadResult>();
        await app.WaitForCallAsync(upload!.Id, TimeSpan.FromSeconds(30));

        var saved = await client.PostAsJsonAsync("/api/labels", new LabelCorrectionRequest("budget", null, upload.Id, 1, null));
        var missing = await client.PostAsJsonAsync("/api/labels", new LabelCorrectionRequest("budget", null, upload.Id, 7, null));

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var correction = await saved.Content.ReadFromJsonAsync<LabelCorrectionDto>();
        Assert.Equal("Our CFO froze every new tool until spring.", correction!.Text);
        Assert.Equal(1, correction.SegmentIndex);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheNextChallengerLearnsFromTheCorrections()
    {
        await using var app = new ModelLifecycleApplication(data.Path, SmallTrainingData.Create(training.Path));
        using var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/labels", new LabelCorrectionRequest("trust", "who else your size actually runs this", null, null, null));
        await client.PostAsJsonAsync("/api/labels", new LabelCorrectionRequest("trust", "你们公司成立才两年吧", null, null, null));

        await app.TrainAsync(client, "objection");

        var version = Assert.Single((await ModelLifecycleApplication.ModelAsync(client, "objection")).Versions);
        Assert.Equal(2, version.CorrectionCount);
    }

    public void Dispose()
    {
        data.Dispose();
        training.Dispose();
    }
}
