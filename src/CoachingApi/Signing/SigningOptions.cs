using System.ComponentModel.DataAnnotations;

namespace CallCoach.CoachingApi.Signing;

/// <summary>
/// Signed request bodies (HMAC-SHA256 with a secret per source) for the endpoints that opt in with
/// <see cref="SignedBodyExtensions.RequireSignedBody{TBuilder}"/>. See docs/decisions/018-signed-ingestion-and-hostile-input.md.
/// </summary>
public sealed class SigningOptions
{
    public const string Section = "Api:Signing";

    /// <summary>
    /// On by default, so a fresh install never takes unsigned uploads by accident. Off, unsigned bodies are taken,
    /// but a body that carries a signature must still carry a valid one.
    /// </summary>
    public bool Required { get; set; } = true;

    /// <summary>How far a signature's timestamp may be from the server's clock, either way.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The systems allowed to post, by the name they send in X-CallCoach-Source.</summary>
    public Dictionary<string, SigningSource> Sources { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
