using System.ComponentModel.DataAnnotations;

namespace CallCoach.CoachingApi.Meetings.Teams;

/// <summary>
/// Microsoft Graph change notifications for Teams meeting recordings and transcripts (<c>Meetings:Teams</c>). Off until a
/// client state is set; then the tenant's app registration (tenant, client id and secret) must be given too.
/// </summary>
public sealed class TeamsOptions : IValidatableObject
{
    public const string Section = "Meetings:Teams";

    /// <summary>The secret given as <c>clientState</c> when the subscription was created; every notification carries it back.</summary>
    public string? ClientState { get; set; }

    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>Graph's versioned root; a national cloud or a test server replaces it.</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Where app tokens come from: <c>{LoginBaseUrl}/{TenantId}/oauth2/v2.0/token</c>.</summary>
    public string LoginBaseUrl { get; set; } = "https://login.microsoftonline.com";

    public bool Enabled => !string.IsNullOrWhiteSpace(ClientState);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        foreach (var (name, value) in new[] { ("TenantId", TenantId), ("ClientId", ClientId), ("ClientSecret", ClientSecret) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult($"{Section}:{name} is required when {Section}:ClientState is set: recordings are fetched with the app's own token.");
            }
        }

        foreach (var (name, value) in new[] { ("GraphBaseUrl", GraphBaseUrl), ("LoginBaseUrl", LoginBaseUrl) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                yield return new ValidationResult($"{Section}:{name} '{value}' is not an absolute http(s) address.");
            }
        }
    }
}
