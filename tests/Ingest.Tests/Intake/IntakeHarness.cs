using CallCoach.Core.Archive;
using CallCoach.Core.Paths;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Intake;
using CallCoach.Ingest.Quarantine;
using CallCoach.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Tests.Intake;

/// <summary>A <see cref="RecordingIntake"/> wired as the host wires it, over a real SQLite file and real channels.</summary>
internal sealed class IntakeHarness : IDisposable
{
    private readonly TempDirectory root = new("ingest-intake");
    private readonly ServiceProvider services;

    private IntakeHarness(Func<DataOptions, IAudioStore>? archive)
    {
        Data = new DataOptions { Root = root.Path };
        Directory.CreateDirectory(Data.Inbox);
        services = new ServiceCollection()
            .AddDbContextFactory<CallCoachDbContext>(o => o.UseSqlite($"Data Source={Data.Database};Pooling=False"))
            .BuildServiceProvider();
        Contexts = services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>();
        Channels = new PipelineChannels(Options.Create(new PipelineOptions()));
        var data = Options.Create(Data);
        Archive = archive?.Invoke(Data) ?? new FolderAudioStore(data);
        Intake = new RecordingIntake(
            new RecordingReader(Options.Create(new IngestOptions())),
            new RecordingDispatcher(Channels, NullLogger<RecordingDispatcher>.Instance),
            new CallStore(Contexts, TimeProvider.System),
            new QuarantineBin(data, TimeProvider.System, NullLogger<QuarantineBin>.Instance),
            Archive,
            new Microsoft.Extensions.Hosting.Internal.ApplicationLifetime(NullLogger<Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>.Instance),
            NullLogger<RecordingIntake>.Instance);
    }

    public DataOptions Data { get; }

    public IDbContextFactory<CallCoachDbContext> Contexts { get; }

    public PipelineChannels Channels { get; }

    public RecordingIntake Intake { get; }

    public IAudioStore Archive { get; }

    public string Duplicates => Path.Combine(Data.Root, "duplicates");

    /// <param name="archive">The audio store, made from the harness's data folder; the folder store when null.</param>
    public static async Task<IntakeHarness> CreateAsync(Func<DataOptions, IAudioStore>? archive = null)
    {
        var harness = new IntakeHarness(archive);
        await using var db = await harness.Contexts.CreateDbContextAsync();
        await db.Database.EnsureCreatedAsync();
        return harness;
    }

    public string InInbox(string name) => Path.Combine(Data.Inbox, name);

    public async Task<string> CopyToInboxAsync(string source, string name)
    {
        var path = InInbox(name);
        await File.WriteAllBytesAsync(path, await File.ReadAllBytesAsync(source));
        return path;
    }

    public Task<IntakeResult> AcceptAsync(string path) => Intake.AcceptAsync(path, CancellationToken.None);

    public async Task<List<CallRecord>> CallsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.Calls.AsNoTracking().ToListAsync();
    }

    public void Dispose()
    {
        Intake.Dispose();
        services.Dispose();
        root.Dispose();
    }
}
