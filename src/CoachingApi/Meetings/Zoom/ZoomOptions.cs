namespace CallCoach.CoachingApi.Meetings.Zoom;

/// <summary>
/// A Zoom app's event subscription (<c>Meetings:Zoom</c>). Off until a secret token is set; with one, Zoom's
/// <c>recording.completed</c> and <c>recording.transcript_completed</c> events are taken at <c>/api/meetings/zoom</c>.
/// </summary>
public sealed class ZoomOptions
{
    public const string Section = "Meetings:Zoom";

    /// <summary>The event subscription's Secret Token: it signs every event and answers the URL validation.</summary>
    public string? SecretToken { get; set; }

    /// <summary>
    /// Hosts recording files may be fetched from besides zoom.us (a name, or any subdomain of it). An event names its
    /// download URL; only zoom.us and these are ever called with its download token.
    /// </summary>
    public List<string> DownloadHosts { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(SecretToken);

    public bool MayDownloadFrom(Uri url) =>
        url.Scheme is "https" or "http" && DownloadHosts.Append("zoom.us").Any(host =>
            string.Equals(url.Host, host, StringComparison.OrdinalIgnoreCase)
            || url.Host.EndsWith("." + host, StringComparison.OrdinalIgnoreCase));
}
