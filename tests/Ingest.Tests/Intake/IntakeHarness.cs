using CallCoach.Core.Archive;
using CallCoach.Core.Paths;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Reps;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using CallCoach.Core.Work.Queues;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Intake;
using CallCoach.Ingest.Quarantine;
using CallCoach.Ingest.Screening;
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

    private IntakeHarness(Func<DataOptions, IAudioStore>? archive, RecordingPolicyOptions? policy, AnomalyFlagOptions? anomalies)
    {
        Data = new DataOptions { Root = root.Path };
        Directory.CreateDirectory(Data.Inbox);
        services = new ServiceCollection()
            .AddDbContextFactory<CallCoachDbContext>(o => o.UseCallCoachStore(StoreProvider.Sqlite, $"Data Source={Data.Database};Pooling=False"))
            .BuildServiceProvider();
        Contexts = services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>();
        Channels = new PipelineChannels(Options.Create(new PipelineOptions()));
        Work = new CallWorkStore(Contexts, TimeProvider.System, Options.Create(new WorkOptions()));
        var data = Options.Create(Data);
        var store = new CallStore(Contexts, TimeProvider.System);
        Archive = archive?.Invoke(Data) ?? new FolderAudioStore(data);
        Dispatcher = new RecordingDispatcher(
            Channels,
            InFlight,
            Options.Create(new WorkOptions()),
            new QueueDispatch(new StageQueues(Options.Create(new WorkOptions())), Work, NullLogger<QueueDispatch>.Instance),
            NullLogger<RecordingDispatcher>.Instance);
        Intake = new RecordingIntake(
            new RecordingReader(Options.Create(new IngestOptions())),
            Dispatcher,
            store,
            Work,
            new QuarantineBin(data, TimeProvider.System, NullLogger<QuarantineBin>.Instance),
            Archive,
            data,
            new Microsoft.Extensions.Hosting.Internal.ApplicationLifetime(NullLogger<Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>.Instance),
            NullLogger<RecordingIntake>.Instance,
            new IntakeScreening(
                new RecordingPolicy(Options.Create(policy ?? new RecordingPolicyOptions())),
                new AnomalyRules(store, new RepDirectory(Options.Create(new RepDirectoryOptions())), Options.Create(anomalies ?? new AnomalyFlagOptions()), TimeProvider.System)));
    }

    public DataOptions Data { get; }

    public IDbContextFactory<CallCoachDbContext> Contexts { get; }

    public PipelineChannels Channels { get; }

    public CallsInFlight InFlight { get; } = new();

    public CallWorkStore Work { get; }

    public RecordingDispatcher Dispatcher { get; }

    /// <summary>What the work loop does at start, over <paramref name="archive"/>: every runnable call handed to the channels.</summary>
    public async Task ResumeAsync(IAudioStore archive)
    {
        var feeder = new StoredCallFeeder(
            Work, InFlight, archive, new RecordingReader(Options.Create(new IngestOptions())), Dispatcher, Channels, NullLogger<StoredCallFeeder>.Instance);
        foreach (var call in await Work.ListRunnableAsync(InFlight.Snapshot(), 100, CancellationToken.None))
        {
            await feeder.FeedAsync(call, ticket: null, CancellationToken.None);
        }
    }

    public RecordingIntake Intake { get; }

    public IAudioStore Archive { get; }

    public string Duplicates => Path.Combine(Data.Root, "duplicates");

    /// <summary>A harness with the shipped recording policy and anomaly rules unless a test gives its own.</summary>
    /// <param name="archive">The audio store, made from the harness's data folder; the folder store when null.</param>
    public static async Task<IntakeHarness> CreateAsync(
        Func<DataOptions, IAudioStore>? archive = null, RecordingPolicyOptions? policy = null, AnomalyFlagOptions? anomalies = null)
    {
        var harness = new IntakeHarness(archive, policy, anomalies);
        await new DatabaseInitializer(harness.Contexts, NullLogger<DatabaseInitializer>.Instance).StartAsync(CancellationToken.None);
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

    /// <summary>What a recognizer does with a call it cannot decode, for good: it leases it, parks it, and lets it go.</summary>
    public async Task ParkAsync(Guid callId, string reason)
    {
        Assert.True(await Work.TryClaimAsync(callId, CallStatus.Received, null, CancellationToken.None));
        Assert.Equal(CallStatus.Parked, await Work.RecordFailureAsync(callId, reason, permanent: true, CancellationToken.None));
        InFlight.Remove(callId);
    }

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
