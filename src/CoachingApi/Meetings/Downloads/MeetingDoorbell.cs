using System.Threading.Channels;

namespace CallCoach.CoachingApi.Meetings.Downloads;

/// <summary>
/// Wakes the downloader when a webhook has stored new work, so a recording is fetched at once rather than at the next
/// poll. One ring is enough however many events arrive meanwhile: the downloader reads every due row when it wakes.
/// </summary>
public sealed class MeetingDoorbell
{
    private readonly Channel<bool> rings = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Ring() => rings.Writer.TryWrite(true);

    /// <summary>Returns when rung or when <paramref name="wait"/> has passed, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan wait, TimeProvider time, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(wait);
        try
        {
            await rings.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The wait ended without a ring: time to look at the store again.
        }
    }
}
