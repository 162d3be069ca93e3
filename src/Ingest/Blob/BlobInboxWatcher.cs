using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Ingest.Blob;

/// <summary>
/// Lists the source container every <c>Ingest:Blob:PollSeconds</c> and takes what is new (<see cref="BlobInbox"/>);
/// does nothing unless <c>Ingest:Blob</c> is configured. The cursor lives in the store, so a restart resumes where
/// the last run stopped. A container that cannot be listed (network, credentials, not there yet) is tried again at
/// the next poll; it is never created or changed: it is the customer's.
/// </summary>
public sealed class BlobInboxWatcher(
    BlobInbox inbox,
    BlobSpool spool,
    IOptions<BlobSourceOptions> options,
    TimeProvider time,
    ILogger<BlobInboxWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }

        // Copies a stopped process left in the spool are of blobs it never recorded; the first listing reads them again.
        if (Directory.Exists(spool.Folder))
        {
            logger.LogInformation("Clearing {Spool}: downloads of blobs not yet taken, which are read again", spool.Folder);
            BlobSpool.Discard(spool.Folder);
        }

        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        logger.LogInformation("Watching blob container {Container} every {Poll} as source {Source}", inbox.Describe(), poll, inbox.Source);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pass = await inbox.PollAsync(stoppingToken);
                if (pass.DidAnything)
                {
                    logger.LogInformation("Blob source {Source}: {Pass}", inbox.Source, pass);
                }
            }
            catch (Exception e) when (e is RequestFailedException or AggregateException or IOException)
            {
                logger.LogError(e, "Cannot list {Container}; trying again in {Poll}", inbox.Describe(), poll);
            }

            await Task.Delay(poll, time, stoppingToken);
        }
    }
}
