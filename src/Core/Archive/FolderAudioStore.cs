using System.Runtime.CompilerServices;
using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Archive;

/// <summary>
/// The default archive: <c>data/audio/&lt;name&gt;</c> with the sidecar beside it. A location is the file's full path,
/// as every release before the store abstraction wrote it, so existing stores read on unchanged.
/// </summary>
public sealed class FolderAudioStore(IOptions<DataOptions> data) : IAudioStore
{
    public Task<StoredAudio> PutAsync(string recording, string? sidecar, string name, CancellationToken ct)
    {
        var folder = data.Value.Archive;
        Directory.CreateDirectory(folder);
        var target = LocationOf(name);
        // The sidecar first: a recording in the archive is never found without the metadata it came with.
        if (sidecar is not null)
        {
            File.Move(sidecar, Path.Combine(folder, ArchiveName.SidecarOf(name)), overwrite: true);
        }

        // Same name, same content (the name is its hash): a recording taken again after its call failed replaces itself.
        File.Move(recording, target, overwrite: true);
        return Task.FromResult(new StoredAudio(target, target));
    }

    public string LocationOf(string name) => Path.Combine(data.Value.Archive, ArchiveName.Checked(name));

    public Task<string> LocalFileAsync(string location, CancellationToken ct) =>
        BlobLocation.TryParse(location, out var container, out _)
            ? throw new FileNotFoundException(
                $"{location} is in the blob container '{container}', but {ArchiveOptions.Section}:Store is Folder; configure {ArchiveOptions.Section}:Blob to read it")
            : Task.FromResult(location);

    public Task<bool> ExistsAsync(string location, CancellationToken ct) =>
        Task.FromResult(!BlobLocation.TryParse(location, out _, out _) && File.Exists(location));

    public async IAsyncEnumerable<string> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var folder = data.Value.Archive;
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !ArchiveName.IsSidecar(f)))
        {
            ct.ThrowIfCancellationRequested();
            yield return file;
        }

        await Task.CompletedTask;
    }
}
