using System.ComponentModel.DataAnnotations;

namespace CallCoach.CoachingApi.Access;

public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    public JwtOptions Jwt { get; set; } = new();

    /// <summary>
    /// On a store with no admin key, create one and write it to this file under the data folder (mode 600), so the
    /// embedded default can be used without an identity provider. Empty turns it off.
    /// </summary>
    public string? BootstrapAdminKeyFile { get; set; } = "admin.key";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Jwt.Enabled && string.IsNullOrWhiteSpace(Jwt.Audience))
        {
            yield return new ValidationResult("Auth:Jwt:Audience is required when Auth:Jwt:Authority is set: tokens minted for other applications must not be accepted.", [nameof(Jwt)]);
        }

        if (Jwt.Enabled && !Uri.TryCreate(Jwt.Authority, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"Auth:Jwt:Authority '{Jwt.Authority}' is not an absolute URL.", [nameof(Jwt)]);
        }

        if (BootstrapAdminKeyFile is { Length: > 0 } file && (Path.IsPathRooted(file) || file.Contains("..", StringComparison.Ordinal)))
        {
            yield return new ValidationResult("Auth:BootstrapAdminKeyFile is a file name inside the data folder.", [nameof(BootstrapAdminKeyFile)]);
        }
    }
}
