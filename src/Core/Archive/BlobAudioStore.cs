using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CallCoach.Core.Paths;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Archive;

/// <summary>
/// Archives recordings to an Azure Blob container (<c>Archive:Blob</c>, created if missing) as
/// <c>blob://&lt;container&gt;/&lt;name&gt;</c>. Stages read a local copy in <c>data/cache/audio</c>: the file just archived
/// is moved there, anything else is downloaded once. Plain paths in older rows are read where they are.
/// </summary>
public sealed class BlobAudioStore : IAudioStore
{
    private readonly BlobServiceClient service;
    private readonly BlobContainerClient container;
    private readonly FolderAudioStore earlier;
    private readonly IOptions<DataOptions> data;
    private readonly TimeProvider time;
    private readonly ILogger<BlobAudioStore> logger;
    private volatile bool containerExists;

    public BlobAudioStore(
        IOptions<ArchiveOptions> options, FolderAudioStore earlier, IOptions<DataOptions> data, TimeProvider time, ILogger<BlobAudioStore> logger)
    {
        service = options.Value.Blob.CreateServiceClient();
        container = service.GetBlobContainerClient(options.Value.Blob.Container);
        this.earlier = earlier;
        this.data = data;
        this.time = time;
        this.logger = logger;
    }

    public async Task<StoredAudio> PutAsync(string recording, string? sidecar, string name, CancellationToken ct)
    {
        ArchiveName.Checked(name);
        await Ask(async () =>
        {
            await EnsureContainerAsync(ct);
            // The sidecar first: a recording in the container must never be found without the metadata it came with.
            if (sidecar is not null)
            {
                await container.GetBlobClient(ArchiveName.SidecarOf(name)).UploadAsync(sidecar, overwrite: true, ct);
            }

            // Same name, same content (the name is its hash), so overwriting a copy left by an interrupted put is safe.
            await container.GetBlobClient(name).UploadAsync(recording, overwrite: true, ct);
        }, $"archive {name} to the blob container '{container.Name}'");

        var local = CachePath(name);
        File.Move(recording, local, overwrite: true);
        Used(local);
        if (sidecar is not null)
        {
            File.Move(sidecar, CachePath(ArchiveName.SidecarOf(name)), overwrite: true);
        }

        return new StoredAudio(BlobLocation.Format(container.Name, name), local);
    }

    public string LocationOf(string name) => BlobLocation.Format(container.Name, ArchiveName.Checked(name));

    public async Task<string> LocalFileAsync(string location, CancellationToken ct)
    {
        if (!BlobLocation.TryParse(location, out var containerName, out var name))
        {
            return await earlier.LocalFileAsync(location, ct);
        }

        if (!ArchiveName.IsPlain(name))
        {
            // Never written by a store: a row edited by hand must not name a file outside the cache.
            throw new FileNotFoundException($"{location} names no recording this archive stores");
        }

        var local = CachePath(name);
        if (File.Exists(local))
        {
            Used(local);
            return local;
        }

        // Downloaded beside its final name and renamed when complete, so a cut-off download is never taken for the recording.
        var partial = $"{local}.{Guid.NewGuid():N}.part";
        try
        {
            await Ask(
                () => service.GetBlobContainerClient(containerName).GetBlobClient(name).DownloadToAsync(partial, ct),
                $"download {location}",
                missing: $"{location} is not in the blob container");
            File.Move(partial, local, overwrite: true);
            logger.LogDebug("Downloaded {Location} to {Cache}", location, local);
            return local;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public async Task<bool> ExistsAsync(string location, CancellationToken ct)
    {
        if (!BlobLocation.TryParse(location, out var containerName, out var name))
        {
            return await earlier.ExistsAsync(location, ct);
        }

        if (!ArchiveName.IsPlain(name))
        {
            return false;
        }

        return await Ask(
            async () => (await service.GetBlobContainerClient(containerName).GetBlobClient(name).ExistsAsync(ct)).Value,
            $"look up {location}");
    }

    public async IAsyncEnumerable<string> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (!await Ask(async () => (await container.ExistsAsync(ct)).Value, $"look up the blob container '{container.Name}'"))
        {
            yield break;
        }

        // The SDK pages through the listing (5,000 names a request) as it is enumerated.
        await using var blobs = container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix: null, ct).GetAsyncEnumerator(ct);
        while (await Ask(async () => await blobs.MoveNextAsync(), $"list the blob container '{container.Name}'"))
        {
            if (!ArchiveName.IsSidecar(blobs.Current.Name))
            {
                yield return BlobLocation.Format(container.Name, blobs.Current.Name);
            }
        }
    }

    /// <summary>
    /// Marks a copy as just used, so <see cref="AudioCacheTrim"/> keeps it while a stage reads it: a moved file keeps
    /// its own time, which may be days old for a recording copied with its timestamps.
    /// </summary>
    private void Used(string local) => File.SetLastWriteTimeUtc(local, time.GetUtcNow().UtcDateTime);

    private string CachePath(string name)
    {
        var cache = data.Value.AudioCache;
        Directory.CreateDirectory(cache);
        return Path.Combine(cache, name);
    }

    private async Task EnsureContainerAsync(CancellationToken ct)
    {
        if (!containerExists)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: ct);
            containerExists = true;
        }
    }

    private static async Task Ask(Func<Task> request, string what, string? missing = null) =>
        await Ask(async () => { await request(); return true; }, what, missing);

    /// <summary>
    /// Turns the SDK's failures into the two a caller can act on: nothing there (<see cref="FileNotFoundException"/>),
    /// or the store not answering as it should (<see cref="AudioStoreUnavailableException"/>, after the SDK's own retries).
    /// </summary>
    private static async Task<T> Ask<T>(Func<Task<T>> request, string what, string? missing = null)
    {
        try
        {
            return await request();
        }
        catch (RequestFailedException e) when (missing is not null && e.Status == 404)
        {
            throw new FileNotFoundException(missing, e);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException)
        {
            throw new AudioStoreUnavailableException($"Could not {what}: {e.Message}", e);
        }
    }
}
