using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace CallCoach.Transcribe.Azure;

/// <summary>
/// One utterance per request to Azure's REST API for short audio. Retries, back-off and timeouts are the HTTP client's
/// resilience handler (<see cref="AzureSpeechRegistration"/>); this class turns what is left into a clear error.
/// A client per request, from the factory, so connections follow DNS changes over a long-running service.
/// </summary>
public sealed class AzureSpeechClient(IHttpClientFactory clients, IOptions<AzureSpeechOptions> options)
{
    public const string HttpClientName = "azure-speech";

    // Written as the documentation writes it; "codecs=audio/pcm" is not a valid unquoted parameter to .NET's parser.
    private const string WavContentType = "audio/wav; codecs=audio/pcm; samplerate=16000";

    internal async Task<ShortAudioResult> RecognizeAsync(byte[] wav, CancellationToken ct)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.RecognitionUri()) { Content = new ByteArrayContent(wav) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", WavContentType);
        request.Headers.Add(AzureSpeechOptions.KeyHeader, settings.Key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await SendAsync(request, settings, ct);
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadFromJsonAsync(AzureSpeechJson.Default.ShortAudioResult, ct)
                ?? throw new AzureSpeechException("Azure Speech answered 200 with an empty body");
        }

        throw await FailureAsync(response, settings, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, AzureSpeechOptions settings, CancellationToken ct)
    {
        var service = $"Azure Speech at {settings.BaseAddress().Host}";
        try
        {
            return await clients.CreateClient(HttpClientName).SendAsync(request, ct);
        }
        catch (TimeoutRejectedException e)
        {
            throw new AzureSpeechException(
                $"{service} gave no answer in time (each attempt {settings.AttemptTimeout}, all attempts {settings.Timeout})", e);
        }
        catch (HttpRequestException e)
        {
            throw new AzureSpeechException($"{service} could not be reached after {settings.MaxRetries + 1} attempts: {e.Message}", e);
        }
    }

    private static async Task<AzureSpeechException> FailureAsync(HttpResponseMessage response, AzureSpeechOptions settings, CancellationToken ct)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        var message = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                $"Azure Speech refused the key ({status}). Check Transcribe:Azure:Key or {AzureSpeechOptions.KeyVariable}, " +
                $"and that the key belongs to a Speech resource served at {settings.BaseAddress().Host}",
            HttpStatusCode.BadRequest =>
                $"Azure Speech rejected the request ({status}) for language {settings.Language}: {await ReasonAsync(response, settings, ct)}",
            HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError =>
                $"Azure Speech still answered {status} after {settings.MaxRetries + 1} attempts",
            _ => $"Azure Speech answered {status}: {await ReasonAsync(response, settings, ct)}",
        };
        return new AzureSpeechException(message, response.StatusCode);
    }

    /// <summary>The start of the service's explanation, on one line, with the key blanked should a proxy ever echo it.</summary>
    private static async Task<string> ReasonAsync(HttpResponseMessage response, AzureSpeechOptions settings, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        body = string.Join(' ', body.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (!string.IsNullOrEmpty(settings.Key))
        {
            body = body.Replace(settings.Key, "***", StringComparison.Ordinal);
        }

        return body.Length == 0 ? "no reason given" : body.Length > 300 ? body[..300] + "…" : body;
    }
}
