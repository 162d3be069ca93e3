using CallCoach.Core.Paths;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Quarantine;

/// <summary>
/// Where files go that cannot be taken: moved, never deleted, each with a "&lt;name&gt;.reason.txt" beside it.
/// Duplicates go to a sibling bin so a person can tell "broken" from "already have it". The name in the bin is the
/// file's own made safe (<see cref="SafeFileName"/>), so a hostile name cannot point outside the bin.
/// </summary>
public sealed class QuarantineBin(IOptions<DataOptions> data, TimeProvider time, ILogger<QuarantineBin> logger)
{
    public Task<string> QuarantineAsync(string path, string reason, CancellationToken ct) =>
        MoveAsync(path, data.Value.Quarantine, reason, ct);

    public Task<string> SetAsideDuplicateAsync(string path, string reason, CancellationToken ct) =>
        MoveAsync(path, Path.Combine(data.Value.Root, "duplicates"), reason, ct);

    private async Task<string> MoveAsync(string path, string folder, string reason, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var target = FreeName(folder, SafeFileName.From(Path.GetFileName(path), "quarantined"));
        File.Move(path, target);

        var sidecar = Path.ChangeExtension(path, ".json");
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(sidecar))
        {
            File.Move(sidecar, Path.ChangeExtension(target, ".json"));
        }

        await File.WriteAllTextAsync(
            target + ".reason.txt",
            $"{time.GetUtcNow():O} {SafeFileName.Printable(Path.GetFileName(path))}: {SafeFileName.Printable(reason)}{Environment.NewLine}",
            ct);
        logger.LogWarning("Moved {File} to {Target}: {Reason}", path, target, reason);
        return target;
    }

    private static string FreeName(string folder, string fileName)
    {
        var target = SafeFileName.PathIn(folder, fileName);
        bool Taken(string t) => File.Exists(t) || File.Exists(t + ".reason.txt") || File.Exists(Path.ChangeExtension(t, ".json"));
        for (var n = 2; Taken(target); n++)
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(fileName)}-{n}{Path.GetExtension(fileName)}");
        }

        return target;
    }
}
