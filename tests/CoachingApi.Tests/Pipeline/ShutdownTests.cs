using System.Net.Http.Json;
using CallCoach.CoachingApi.Calls;
using CallCoach.Testing;

namespace CallCoach.CoachingApi.Tests.Pipeline;

[Collection(GeneratedCallsCollection.Name)]
public sealed class ShutdownTests(GeneratedCalls calls) : IDisposable
{
    private readonly TempDirectory data = new("shutdown");

    [Fact]
    public async Task ShutdownWithCallsInFlightLosesNothingAndTheNextStartFinishesThem()
    {
        string[] dropped = ["trial.wav", "trial.mp3", "small-talk.wav"];
        await using (var first = new CallCoachApplication(data.Path))
        {
            using var client = first.CreateClient();
            await first.DropAsync(calls.TrialCallWav, dropped[0]);
            await first.DropAsync(calls.TrialCallMp3, dropped[1]);
            await first.DropAsync(calls.SmallTalkWav, dropped[2]);

            // Stop as soon as the two-minute call is being recognised: its transcription takes many seconds.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            CallPage? page;
            do
            {
                await Task.Delay(100);
                page = await client.GetFromJsonAsync<CallPage>("/api/calls");
            }
            while (page!.Items.All(c => c.Status != "received") && DateTime.UtcNow < deadline);

            Assert.Contains(page.Items, c => c.Status == "received");
        }

        // Every dropped file is still somewhere a restart will find it: in the inbox or in the archive.
        var inbox = Directory.EnumerateFiles(Path.Combine(data.Path, "inbox")).Count();
        var archived = Directory.EnumerateFiles(Path.Combine(data.Path, "audio")).Count();
        Assert.Equal(dropped.Length, inbox + archived);

        await using var second = new CallCoachApplication(data.Path);
        using var again = second.CreateClient();
        var finished = await second.WaitForFinishedCallsAsync(dropped.Length, TimeSpan.FromMinutes(4));

        Assert.Equal(dropped.Order(), finished.Select(c => c.FileName).Order());
        Assert.All(finished, c => Assert.Equal("analyzed", c.Status));
        Assert.Equal(2, finished.Count(c => c.Effective == true));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(data.Path, "inbox")));
    }

    public void Dispose() => data.Dispose();
}
