namespace CallCoach.CoachingApi.Signing;

/// <summary>One system that posts signed bodies. The secret's UTF-8 bytes are the HMAC key.</summary>
public sealed class SigningSource
{
    public const int MinSecretLength = 32;

    public string Secret { get; set; } = string.Empty;
}
