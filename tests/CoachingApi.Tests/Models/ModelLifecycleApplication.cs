using System.Net.Http.Json;
using CallCoach.CoachingApi.Models;
using Microsoft.AspNetCore.Hosting;

namespace CallCoach.CoachingApi.Tests.Models;

/// <summary>The real host, training from a small data folder so a challenger trains in seconds.</summary>
public sealed class ModelLifecycleApplication(string dataRoot, string trainingData) : CallCoachApplication(dataRoot)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Classification:TrainingData", trainingData);
    }

    public async Task<TrainingJobDto> TrainAsync(HttpClient client, string model, bool force = false)
    {
        var response = await client.PostAsJsonAsync($"/api/models/{model}/train", new TrainRequest(force));
        response.EnsureSuccessStatusCode();
        var location = response.Headers.Location!.ToString();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            var job = await client.GetFromJsonAsync<TrainingJobDto>(location);
            if (job!.Status is "succeeded" or "failed" || DateTime.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(200);
        }
    }

    public static async Task<ModelSummary> ModelAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<List<ModelSummary>>("/api/models"))!.Single(m => m.Name == name);
}
