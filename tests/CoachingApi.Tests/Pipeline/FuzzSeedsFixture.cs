using CallCoach.Testing;
using CallCoach.Testing.Fuzzing;

namespace CallCoach.CoachingApi.Tests.Pipeline;

/// <summary>Builds the fuzzer's seed files once per test class (flite and sox take a second or two).</summary>
public sealed class FuzzSeedsFixture : IAsyncLifetime
{
    private readonly TempDirectory folder = new("fuzz-seeds");

    public FuzzSeeds Seeds { get; private set; } = null!;

    public async Task InitializeAsync() => Seeds = await FuzzSeeds.BuildAsync(folder.Path);

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
