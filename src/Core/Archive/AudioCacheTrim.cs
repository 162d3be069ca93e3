using CallCoach.Core.Paths;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Archive;

/// <summary>
/// With the blob archive, removes local copies in <c>data/cache/audio</c> that have not been written for
/// <c>Archive:Blob:CacheDays</c>, at start and every few hours, so the cache does not become a second archive. Only
/// copies are removed: the container keeps every recording, and a stage that needs one again downloads it again.
/// </summary>
public sealed class AudioCacheTrim(
    IOptions<ArchiveOptions> options,
    IOptions<DataOptions> data,
    TimeProvider time,
    ILogger<AudioCacheTrim> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Store != AudioStoreKind.Blob)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Could not trim {Cache}; trying again in {Every}", data.Value.AudioCache, Every);
            }

            await Task.Delay(Every, time, stoppingToken);
        }
    }

    /// <returns>How many copies were removed.</returns>
    public int Trim()
    {
        var cache = new DirectoryInfo(data.Value.AudioCache);
        if (!cache.Exists)
        {
            return 0;
        }

        var before = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.Blob.CacheDays);
        var removed = 0;
        foreach (var file in cache.EnumerateFiles().Where(f => f.LastWriteTimeUtc < before))
        {
            file.Delete();
            removed++;
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} local copies older than {Days} days from {Cache}; the archive container keeps them", removed, options.Value.Blob.CacheDays, cache.FullName);
        }

        return removed;
    }
}
