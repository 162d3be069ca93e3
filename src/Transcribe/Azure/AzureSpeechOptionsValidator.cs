using System.Text.RegularExpressions;
using CallCoach.Transcribe.Segmentation;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Azure;

/// <summary>Checks the settings without calling Azure: a start must not depend on the network. Messages never show the key.</summary>
public sealed partial class AzureSpeechOptionsValidator(IOptions<VoiceActivityOptions> voiceActivity) : IValidateOptions<AzureSpeechOptions>
{
    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex RegionName();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})+$")]
    private static partial Regex Locale();

    public ValidateOptionsResult Validate(string? name, AzureSpeechOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Key))
        {
            problems.Add($"no key: set Transcribe:Azure:Key or the {AzureSpeechOptions.KeyVariable} environment variable");
        }

        CheckAddress(options, problems);

        if (!Locale().IsMatch(options.Language))
        {
            problems.Add($"Transcribe:Azure:Language '{options.Language}' is not a locale such as en-US or zh-CN");
        }

        CheckTimes(options, problems);

        var longest = voiceActivity.Value.MaxUtteranceSeconds + 2 * voiceActivity.Value.PaddingSeconds;
        if (longest > AzureSpeechOptions.MaxAudioSeconds)
        {
            problems.Add(
                $"utterances can be {longest:0.##} s long (Transcribe:VoiceActivity:MaxUtteranceSeconds plus padding), " +
                $"but Azure's short-audio API takes at most {AzureSpeechOptions.MaxAudioSeconds} s");
        }

        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Azure Speech is not usable: {string.Join("; ", problems)}.");
    }

    private static void CheckAddress(AzureSpeechOptions options, List<string> problems)
    {
        if (options.Endpoint is { } endpoint)
        {
            if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                problems.Add($"Transcribe:Azure:Endpoint '{endpoint}' is not an http(s) address");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.Region))
        {
            problems.Add("set Transcribe:Azure:Region (for example westeurope) or Transcribe:Azure:Endpoint");
        }
        else if (!RegionName().IsMatch(options.Region))
        {
            problems.Add($"Transcribe:Azure:Region '{options.Region}' is not an Azure region name such as westeurope");
        }
    }

    private static void CheckTimes(AzureSpeechOptions options, List<string> problems)
    {
        if (options.AttemptTimeout <= TimeSpan.Zero || options.AttemptTimeout >= options.Timeout)
        {
            problems.Add(
                $"Transcribe:Azure:AttemptTimeout ({options.AttemptTimeout}) must be positive and shorter than Transcribe:Azure:Timeout ({options.Timeout})");
        }

        if (options.MaxRetries is < 1 or > 10)
        {
            problems.Add($"Transcribe:Azure:MaxRetries is {options.MaxRetries}; use 1 to 10");
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > options.Timeout)
        {
            problems.Add($"Transcribe:Azure:RetryDelay ({options.RetryDelay}) must be between zero and Transcribe:Azure:Timeout");
        }
    }
}
