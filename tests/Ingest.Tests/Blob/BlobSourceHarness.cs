using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CallCoach.Core.Pipeline;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Blob;
using CallCoach.Ingest.Tests.Intake;
using CallCoach.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Tests.Blob;

/// <summary>
/// A source container of its own in Azurite, and <see cref="BlobInbox"/> instances over one intake and one store, as
/// the host wires them. Each <see cref="NewInbox"/> is a fresh process's view: only the store carries over.
/// </summary>
internal sealed class BlobSourceHarness : IDisposable
{
    private readonly Azurite azurite;

    private BlobSourceHarness(Azurite azurite, IntakeHarness intake)
    {
        this.azurite = azurite;
        Intake = intake;
        Container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Azurite.NewContainerName("calls"));
        Cursor = new SourceCursor(intake.Contexts, TimeProvider.System);
    }

    public IntakeHarness Intake { get; }

    public BlobContainerClient Container { get; }

    public SourceCursor Cursor { get; }

    public static async Task<BlobSourceHarness> CreateAsync(Azurite azurite)
    {
        var harness = new BlobSourceHarness(azurite, await IntakeHarness.CreateAsync());
        await harness.Container.CreateAsync();
        return harness;
    }

    /// <param name="pageSize">Small, so a handful of blobs spans several listing pages.</param>
    public BlobInbox NewInbox(TimeProvider? time = null, TimeSpan? settle = null, string? prefix = null, int pageSize = 2, string? container = null) =>
        new(
            Options.Create(new BlobSourceOptions
            {
                ConnectionString = azurite.ConnectionString,
                Container = container ?? Container.Name,
                Prefix = prefix,
                PageSize = pageSize,
            }),
            Intake.Intake,
            Cursor,
            new BlobSpool(Options.Create(Intake.Data)),
            Options.Create(new IngestOptions { SettleTime = settle ?? TimeSpan.Zero }),
            time ?? TimeProvider.System,
            NullLogger<BlobInbox>.Instance);

    public async Task<ETag> UploadAsync(string name, byte[] content) =>
        (await Container.GetBlobClient(name).UploadAsync(new BinaryData(content), overwrite: true)).Value.ETag;

    public async Task<ETag> UploadFileAsync(string name, string path) => await UploadAsync(name, await File.ReadAllBytesAsync(path));

    public async Task<ETag> UploadTextAsync(string name, string text) => await UploadAsync(name, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Each blob's name and ETag as the container holds them now.</summary>
    public async Task<Dictionary<string, ETag>> BlobsAsync()
    {
        var blobs = new Dictionary<string, ETag>();
        await foreach (var blob in Container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, CancellationToken.None))
        {
            blobs[blob.Name] = blob.Properties.ETag!.Value;
        }

        return blobs;
    }

    /// <summary>What intake queued for transcription so far, emptying the queue so intake never waits on it.</summary>
    public List<IngestedRecording> DrainQueued()
    {
        var queued = new List<IngestedRecording>();
        while (Intake.Channels.ToTranscribe.Reader.TryRead(out var recording))
        {
            queued.Add(recording);
        }

        return queued;
    }

    public void Dispose() => Intake.Dispose();
}
