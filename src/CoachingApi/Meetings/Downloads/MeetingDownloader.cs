using CallCoach.Core.Paths;
using CallCoach.Core.Storage;
using CallCoach.Ingest.Intake;
using CallCoach.Ingest.Metadata;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// Fetches what the webhooks stored, one download at a time: the vendor's file into a folder of its own, the mapped
/// metadata beside it as a sidecar, then the intake, as if both had been dropped into the inbox. A failure is written
/// back with its reason and the time of the next attempt; nothing is dropped.
/// </summary>
public sealed class MeetingDownloader(
    MeetingDownloadQueue queue,
    MeetingDoorbell doorbell,
    IEnumerable<IMeetingFetcher> fetchers,
    MeetingReps reps,
    RecordingIntake intake,
    IOptions<MeetingsOptions> options,
    IOptions<DataOptions> data,
    TimeProvider time,
    ILogger<MeetingDownloader> logger) : BackgroundService
{
    private const int Batch = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A vendor turned off keeps its rows waiting, untouched, until it is configured again.
        var enabled = fetchers.Where(f => f.Enabled).ToDictionary(f => f.Vendor, StringComparer.Ordinal);
        if (enabled.Count == 0)
        {
            return;
        }

        var vendors = enabled.Keys.ToList();
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = await queue.DueAsync(vendors, Batch, stoppingToken);
            foreach (var download in due)
            {
                await DownloadAsync(download, enabled[download.Vendor], stoppingToken);
            }

            if (due.Count == Batch)
            {
                continue;
            }

            var poll = options.Value.PollInterval;
            var wait = await queue.NextDueAsync(vendors, stoppingToken) is { } next ? next - time.GetUtcNow() : poll;
            if (wait > TimeSpan.Zero)
            {
                await doorbell.WaitAsync(wait < poll ? wait : poll, time, stoppingToken);
            }
        }
    }

    private async Task DownloadAsync(MeetingDownloadRecord download, IMeetingFetcher fetcher, CancellationToken ct)
    {
        var folder = Path.Combine(data.Value.Downloads, download.Id.ToString("N"));
        var timeout = options.Value.AttemptTimeout;
        try
        {
            // Whatever an interrupted attempt left is fetched again, not trusted.
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            FetchedMeeting fetched;
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                attempt.CancelAfter(timeout);
                fetched = await fetcher.FetchAsync(download, folder, attempt.Token);
            }

            var metadata = reps.Map(fetched.Facts);
            await MeetingSidecar.WriteAsync(SidecarReader.PathFor(fetched.Path), metadata, ct);
            var result = await intake.AcceptAsync(fetched.Path, ct);
            switch (result.Outcome)
            {
                case IntakeOutcome.Accepted:
                    logger.LogInformation(
                        "{Vendor} meeting {ExternalId} became call {CallId} (rep {RepId}, team {TeamId})",
                        download.Vendor, download.ExternalId, result.CallId, metadata.RepId ?? "none known", metadata.TeamId ?? "none");
                    await queue.FinishAsync(download.Id, MeetingDownloadStatus.Done, result.CallId, null, ct);
                    break;
                case IntakeOutcome.Duplicate:
                    logger.LogInformation("{Vendor} meeting {ExternalId}: {Reason}", download.Vendor, download.ExternalId, result.Reason);
                    await queue.FinishAsync(download.Id, MeetingDownloadStatus.Done, result.CallId, result.Reason, ct);
                    break;
                default:
                    // The file is kept in the quarantine with its reason; the row is parked so the failure stays visible.
                    logger.LogError(
                        "{Vendor} meeting {ExternalId}: the fetched file was quarantined: {Reason}", download.Vendor, download.ExternalId, result.Reason);
                    await queue.FinishAsync(download.Id, MeetingDownloadStatus.Parked, null, $"quarantined: {result.Reason}", ct);
                    break;
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var reason = e is OperationCanceledException ? $"no complete answer within {timeout} (Meetings:AttemptTimeout)" : e.Message;
            var failed = await queue.FailAsync(download.Id, reason, (e as MeetingFetchException)?.RetryAfter, ct);
            if (failed.Status == MeetingDownloadStatus.Parked)
            {
                logger.LogError(
                    "{Vendor} meeting {ExternalId} parked after {Attempts} failed attempts (kept in the MeetingDownloads table, id {Id}): {Reason}",
                    download.Vendor, download.ExternalId, failed.Attempts, download.Id, reason);
            }
            else
            {
                logger.LogWarning(
                    "{Vendor} meeting {ExternalId}: attempt {Attempts} failed, next at {Next:O}: {Reason}",
                    download.Vendor, download.ExternalId, failed.Attempts, failed.NextAttemptAt, reason);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
