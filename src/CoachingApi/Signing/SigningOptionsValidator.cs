using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Signing;

/// <summary>Source names and secrets are checked at start: a short or missing secret would make signatures guessable.</summary>
public sealed partial class SigningOptionsValidator : IValidateOptions<SigningOptions>
{
    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SourceName();

    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        var failures = new List<string>();
        foreach (var (source, settings) in options.Sources)
        {
            if (!SourceName().IsMatch(source))
            {
                failures.Add($"Api:Signing:Sources: '{source}' is not a source name (1 to 64 letters, digits, '.', '_' or '-').");
            }

            if ((settings?.Secret?.Length ?? 0) < SigningSource.MinSecretLength)
            {
                failures.Add(
                    $"Api:Signing:Sources:{source}:Secret must be at least {SigningSource.MinSecretLength} characters " +
                    "(for example the output of `openssl rand -hex 32`).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
