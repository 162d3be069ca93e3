using System.Security.Cryptography;
using CallCoach.Core.Calls;
using CallCoach.Core.Archive;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Decoding;
using CallCoach.Ingest.Metadata;
using CallCoach.Ingest.Quarantine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCoach.Ingest.Intake;

/// <summary>
/// Takes one file (from the inbox or an upload) into the pipeline: hash, de-duplicate, read its sidecar, decode,
/// archive the original, record the call, queue it. A file that cannot be taken is quarantined with its reason.
/// </summary>
public sealed class RecordingIntake(
    RecordingReader reader,
    RecordingDispatcher dispatcher,
    CallStore store,
    QuarantineBin quarantine,
    IAudioStore archive,
    IHostApplicationLifetime lifetime,
    ILogger<RecordingIntake> logger) : IDisposable
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
        if (existing is { Status: not CallStatus.Failed })
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
            metadata = File.Exists(sidecar) ? await SidecarReader.ReadAsync(sidecar, ct) : CallMetadata.None;
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

        // From here the call must reach the pipeline even if an uploader gives up waiting: only the host stopping
        // interrupts it, and then the call is "received" and resumes at the next start.
        var stopping = lifetime.ApplicationStopping;
        var archived = await ArchiveAsync(path, hash, content.Format, stopping);
        // Once the file has left the inbox, its row must be written even while the host stops: a cancelled insert
        // would leave the recording in the archive with no call to resume it. The insert takes milliseconds.
        var callId = existing?.Id ?? await store.AddReceivedAsync(hash, fileName, archived.Location, metadata, CancellationToken.None);
        if (existing is not null)
        {
            await store.RetryAsync(existing.Id, fileName, archived.Location, metadata, CancellationToken.None);
        }

        logger.LogInformation("Accepted {File} as call {CallId} ({Duration:F1} s)", fileName, callId, content.DurationSeconds);
        await dispatcher.DispatchAsync(callId, fileName, metadata, content.MovedTo(archived.LocalPath), stopping);
        return IntakeResult.Accepted(callId);
    }

    public void Dispose() => gate.Dispose();

    /// <summary>
    /// Moves the original (and its sidecar) into the archive (<see cref="IAudioStore"/>), named by content hash and by the
    /// format it was read as, so a WAV that arrived as "call.mp3" is archived as a .wav. Nothing of the arriving name
    /// reaches the archive. Until the store has it, the file stays where it is.
    /// </summary>
    private Task<StoredAudio> ArchiveAsync(string path, string hash, RecordingFormat format, CancellationToken ct)
    {
        var sidecar = SidecarReader.PathFor(path);
        return archive.PutAsync(path, File.Exists(sidecar) ? sidecar : null, hash + format.FileExtension(), ct);
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
