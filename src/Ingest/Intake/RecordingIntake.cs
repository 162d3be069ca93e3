using System.Security.Cryptography;
using CallCoach.Core.Calls;
using CallCoach.Core.Archive;
using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using CallCoach.Core.Work;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Metadata;
using CallCoach.Ingest.Quarantine;
using CallCoach.Ingest.Screening;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Intake;

/// <summary>
/// Takes one file (from the inbox or an upload) into the pipeline: hash, de-duplicate, read its sidecar, decode,
/// archive the original, record the call, queue it. A file that cannot be taken is quarantined with its reason. A call
/// the recording policy keeps to its metadata is recorded, its file set aside in data/metadata-only, and not queued.
/// </summary>
public sealed class RecordingIntake(
    RecordingReader reader,
    RecordingDispatcher dispatcher,
    CallStore store,
    CallWorkStore work,
    QuarantineBin quarantine,
    IAudioStore archive,
    IOptions<DataOptions> data,
    IHostApplicationLifetime lifetime,
    ILogger<RecordingIntake> logger,
    IntakeScreening screening) : IDisposable
{
    // Inbox and uploads both come through here; one at a time keeps the hash check and the insert together.
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IntakeResult> AcceptAsync(string path, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            return await AcceptOneAsync(path, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IntakeResult> AcceptOneAsync(string path, CancellationToken ct)
    {
        var fileName = Path.GetFileName(path);

        // Failing to read or look up the file is not the file's fault: it stays where it is and is retried.
        var hash = await HashAsync(path, ct);
        var existing = await store.FindByHashAsync(hash, ct);
        // A received call whose recording never reached the archive was cut off between its row and the move below:
        // this is the same file coming round again, and its intake is finished now.
        var interrupted = existing switch
        {
            { Status: CallStatus.Received } => !await archive.ExistsAsync(existing.ArchivePath, ct),
            { Status: CallStatus.MetadataOnly } => !File.Exists(existing.ArchivePath),
            _ => false,
        };
        if (existing is { Status: not (CallStatus.Failed or CallStatus.Parked) } && !interrupted)
        {
            var reason = $"same content as call {existing.Id}, which is already in CallCoach";
            await quarantine.SetAsideDuplicateAsync(path, reason, ct);
            return IntakeResult.Duplicate(existing.Id, reason);
        }

        RecordingContent content;
        CallMetadata metadata;
        try
        {
            var sidecar = SidecarReader.PathFor(path);
            // The sidecar is archived before the recording, so an interrupted intake may have moved it already; the
            // call's row has what it said.
            metadata = File.Exists(sidecar) ? await SidecarReader.ReadAsync(sidecar, ct) : interrupted ? existing!.Metadata : CallMetadata.None;
            content = await Task.Run(() => reader.Read(path, metadata, ct), ct);
        }
        catch (UnreadableRecordingException e)
        {
            await quarantine.QuarantineAsync(path, e.Message, ct);
            return IntakeResult.Quarantined(e.Message) with { UnsupportedContent = e is UnsupportedContentException };
        }
        catch (Exception e) when (e is not (OperationCanceledException or IOException or UnauthorizedAccessException))
        {
            // A decoder failing in a way nobody foresaw is still one bad file, not a stopped pipeline. File-system
            // errors are not the file's fault, so those leave it where it is, to be retried.
            var reason = $"could not read the file: {e.Message}";
            await quarantine.QuarantineAsync(path, reason, ct);
            return IntakeResult.Quarantined(reason);
        }

        // Analyze it or keep its metadata only, and with which anomaly flags; written with the call's row.
        var decision = await screening.DecideAsync(hash, metadata, ct);

        // From here the call must reach the pipeline even if an uploader gives up waiting: only the host stopping
        // interrupts it, and then the call is "received" and resumes at the next start.
        var stopping = lifetime.ApplicationStopping;
        var name = hash + content.Format.FileExtension();
        var analyzed = decision.Analyze && existing is not { Status: CallStatus.MetadataOnly };
        // An interrupted intake keeps the place its row already names.
        var location = interrupted ? existing!.ArchivePath : analyzed ? archive.LocationOf(name) : Path.Combine(data.Value.MetadataOnly, name);
        // The call's row is written before its file moves. A process killed between the two leaves a call whose
        // recording is still in the inbox, and the next scan finishes the intake (above); the other order would leave
        // audio in the archive that no call knows. The rows are written even while the host stops: the insert takes
        // milliseconds, and a cancelled one after the move would lose the call.
        Guid callId;
        if (existing is null)
        {
            callId = await store.AddReceivedAsync(hash, fileName, location, metadata, decision, CancellationToken.None, leased: true);
        }
        else
        {
            callId = existing.Id;
            if (!interrupted)
            {
                await store.RetryAsync(existing.Id, fileName, location, metadata, decision, CancellationToken.None, leased: true);
            }
            else if (!await work.TryClaimAsync(callId, CallStatus.Received, CallStatus.MetadataOnly, CancellationToken.None))
            {
                // Another instance is finishing this intake right now; this copy waits for the next scan.
                throw new IOException($"call {callId} is being archived by another instance");
            }
        }

        if (!analyzed)
        {
            SetAside(path, location);
            await work.ReleaseAsync(callId, CancellationToken.None);
            logger.LogInformation("Recorded {File} as call {CallId}, metadata only ({Reason}); the file is kept in {Path}", fileName, callId, decision.PolicyReason, location);
            return IntakeResult.Accepted(callId) with { MetadataOnly = true };
        }

        string local;
        try
        {
            local = (await ArchiveAsync(path, name, stopping)).LocalPath;
        }
        catch (AudioStoreUnavailableException) when (existing is null)
        {
            // The archive is out of reach and the file stays where it came from, so the call it would have been is
            // not kept either: the sender is told to try again (an upload gets 503), and the inbox tries again itself.
            await store.ForgetUnarchivedAsync(callId, CancellationToken.None);
            throw;
        }
        finally
        {
            // Archived (or not, and the row is gone or retried later): the call is free for the stages.
            await work.ReleaseAsync(callId, CancellationToken.None);
        }

        logger.LogInformation("Accepted {File} as call {CallId} ({Duration:F1} s)", fileName, callId, content.DurationSeconds);
        await dispatcher.DispatchAsync(callId, fileName, metadata, content.MovedTo(local), stopping);
        return IntakeResult.Accepted(callId);
    }

    public void Dispose() => gate.Dispose();

    /// <summary>
    /// Moves the original (and its sidecar) into the archive (<see cref="IAudioStore"/>), named by content hash and by the
    /// format it was read as, so a WAV that arrived as "call.mp3" is archived as a .wav. Nothing of the arriving name
    /// reaches the archive. Until the store has it, the file stays where it is.
    /// </summary>
    private Task<StoredAudio> ArchiveAsync(string path, string name, CancellationToken ct)
    {
        var sidecar = SidecarReader.PathFor(path);
        return archive.PutAsync(path, File.Exists(sidecar) ? sidecar : null, name, ct);
    }

    /// <summary>A metadata-only call's file goes aside, sidecar first, out of the archive the stages read.</summary>
    private static void SetAside(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var sidecar = SidecarReader.PathFor(path);
        if (File.Exists(sidecar))
        {
            File.Move(sidecar, Path.ChangeExtension(target, ".json"), overwrite: true);
        }

        File.Move(path, target, overwrite: true);
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
