using System.ComponentModel.DataAnnotations;

namespace CallCoach.CoachingApi.Meetings.Feishu;

/// <summary>
/// A Feishu (or Lark) app's event subscription (<c>Meetings:Feishu</c>). Off until a verification token or an encrypt
/// key is set; then the app's id and secret must be given too, for the tenant token that fetches minutes.
/// </summary>
public sealed class FeishuOptions : IValidatableObject
{
    public const string Section = "Meetings:Feishu";

    /// <summary>The Verification Token of the app's encryption strategy: every event carries it.</summary>
    public string? VerificationToken { get; set; }

    /// <summary>The Encrypt Key: events arrive AES-encrypted and signed with it (X-Lark-Signature).</summary>
    public string? EncryptKey { get; set; }

    public string? AppId { get; set; }
    public string? AppSecret { get; set; }

    /// <summary>The open platform: https://open.feishu.cn, or https://open.larksuite.com for Lark.</summary>
    public string BaseUrl { get; set; } = "https://open.feishu.cn";

    public bool Enabled => !string.IsNullOrWhiteSpace(VerificationToken) || !string.IsNullOrWhiteSpace(EncryptKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        foreach (var (name, value) in new[] { ("AppId", AppId), ("AppSecret", AppSecret) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult($"{Section}:{name} is required when Feishu events are on: minutes are fetched with the app's tenant token.");
            }
        }

        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult($"{Section}:BaseUrl '{BaseUrl}' is not an absolute http(s) address.");
        }
    }
}
