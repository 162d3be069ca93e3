using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Intake;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Blob;

/// <summary>
/// One listing of the source container, page by page: every recording the cursor has not recorded, once it and its
/// sidecar (<c>&lt;name&gt;.json</c>, the folder inbox's rule) have settled, is downloaded to the spool, handed to intake,
/// and recorded with what became of it. A recording that cannot be fetched is left unrecorded and tried at the next pass.
/// </summary>
public sealed class BlobInbox(
    IOptions<BlobSourceOptions> options,
    RecordingIntake intake,
    SourceCursor cursor,
    BlobSpool spool,
    IOptions<IngestOptions> ingest,
    TimeProvider time,
    ILogger<BlobInbox> logger)
{
    // Made when first used: the source is off unless configured, and then the client is never needed.
    private readonly Lazy<BlobContainerClient> client = new(options.Value.CreateClient);

    private BlobContainerClient Container => client.Value;

    /// <summary>The cursor's name for this container; the prefix is left out, so narrowing it never reads a blob again.</summary>
    public string Source => $"blob:{Container.AccountName}/{Container.Name}";

    /// <summary>For logs: the account, container and prefix, never the address (a SAS connection string carries its token there).</summary>
    public string Describe() => $"{Container.AccountName}/{Container.Name} (prefix '{options.Value.Prefix}')";

    /// <summary>Lists the container once and takes what is new. Listing failures propagate; the caller tries again later.</summary>
    public async Task<BlobPass> PollAsync(CancellationToken ct)
    {
        var pass = BlobPass.Empty;
        var pages = Container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, options.Value.Prefix, ct).AsPages(pageSizeHint: options.Value.PageSize);
        await foreach (var page in pages)
        {
            var recordings = page.Values.Where(IsRecording).Select(b => new ListedBlob(b.Name, b.Properties.ETag!.Value.ToString(), b.Properties.LastModified!.Value)).ToList();
            var known = await cursor.KnownAsync(Source, [.. recordings.Select(r => (r.Name, r.ETag))], ct);
            foreach (var recording in recordings)
            {
                pass = known.Contains((recording.Name, recording.ETag))
                    ? pass with { AlreadySeen = pass.AlreadySeen + 1 }
                    : await ConsiderAsync(recording, pass, ct);
            }
        }

        return pass;
    }

    private async Task<BlobPass> ConsiderAsync(ListedBlob recording, BlobPass pass, CancellationToken ct)
    {
        if (!Settled(recording))
        {
            return pass with { Waiting = pass.Waiting + 1 };
        }

        ListedBlob? sidecar;
        try
        {
            // Looked up by name rather than found in the page: a sidecar may be listed on the next page.
            sidecar = await SidecarAsync(recording, ct);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException)
        {
            logger.LogWarning(e, "Cannot look up the sidecar of blob {Blob}; it is tried again at the next listing", recording.Name);
            return pass with { Failed = pass.Failed + 1 };
        }

        if (sidecar is not null && !Settled(sidecar))
        {
            return pass with { Waiting = pass.Waiting + 1 };
        }

        var folder = spool.NewFolder();
        try
        {
            var local = await spool.DownloadAsync(Container, recording, sidecar, folder, ct);
            var result = await intake.AcceptAsync(local, ct);
            // Written even while the host stops, as intake writes the call's row: the recording has been taken.
            await cursor.RecordAsync(Source, recording.Name, recording.ETag, StateOf(result.Outcome), result.CallId, result.Reason, CancellationToken.None);
            logger.LogInformation("Blob {Blob}: {Outcome} {CallId} {Reason}", recording.Name, result.Outcome, result.CallId, result.Reason);
            return result.Outcome switch
            {
                IntakeOutcome.Accepted => pass with { Taken = pass.Taken + 1 },
                IntakeOutcome.Duplicate => pass with { Duplicates = pass.Duplicates + 1 },
                _ => pass with { Quarantined = pass.Quarantined + 1 },
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A download cut off, a blob changed or deleted since it was listed, a full disk, an archive out of reach:
            // none is the recording's fault, so it is not recorded and the next listing tries it again.
            logger.LogWarning(e, "Could not take blob {Blob}; it is tried again at the next listing", recording.Name);
            return pass with { Failed = pass.Failed + 1 };
        }
        finally
        {
            BlobSpool.Discard(folder);
        }
    }

    private async Task<ListedBlob?> SidecarAsync(ListedBlob recording, CancellationToken ct)
    {
        var slash = recording.Name.LastIndexOf('/') + 1;
        var name = recording.Name[..slash] + Path.ChangeExtension(recording.Name[slash..], ".json");
        try
        {
            var properties = (await Container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: ct)).Value;
            return new ListedBlob(name, properties.ETag.ToString(), properties.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Unchanged for the settle time, as in the folder inbox: an append blob still being written keeps moving.</summary>
    private bool Settled(ListedBlob item) => time.GetUtcNow() - item.LastModified >= ingest.Value.SettleTime;

    private static bool IsRecording(BlobItem blob) =>
        !IncomingNames.IsIgnored(blob.Name[(blob.Name.LastIndexOf('/') + 1)..])
        // Folders of a hierarchical-namespace account are listed as empty blobs marked this way.
        && !(blob.Metadata?.TryGetValue("hdi_isfolder", out var folder) == true && string.Equals(folder, "true", StringComparison.OrdinalIgnoreCase));

    private static SourceItemState StateOf(IntakeOutcome outcome) => outcome switch
    {
        IntakeOutcome.Accepted => SourceItemState.Taken,
        IntakeOutcome.Duplicate => SourceItemState.Duplicate,
        _ => SourceItemState.Quarantined,
    };
}
