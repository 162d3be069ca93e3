namespace CallCoach.Transcribe.Azure;

/// <summary>Azure AI Speech, called through its REST API for short audio. The key is a secret: it is never logged.</summary>
public sealed class AzureSpeechOptions
{
    public const string Section = "Transcribe:Azure";

    /// <summary>Read when <see cref="Key"/> is not configured, so the key can stay out of files.</summary>
    public const string KeyVariable = "AZURE_SPEECH_KEY";

    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    /// <summary>Azure's limit for one request to the short-audio API.</summary>
    public const double MaxAudioSeconds = 60;

    /// <summary>The Speech resource's region (westeurope, chinaeast2, …); the endpoint is then Azure's public one.</summary>
    public string? Region { get; set; }

    /// <summary>Replaces the regional address: a sovereign cloud (https://chinaeast2.stt.speech.azure.cn), a proxy, a test server.</summary>
    public Uri? Endpoint { get; set; }

    public string? Key { get; set; }

    /// <summary>The spoken language as a locale: en-US, zh-CN, …</summary>
    public string Language { get; set; } = "en-US";

    /// <summary>The most one utterance may take, retries and their waits included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The most one attempt may take before it is abandoned and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after a 429, a 5xx, a timeout or a broken connection.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first wait before a retry; it doubles each time, with jitter, unless the service sends Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    // Methods rather than properties: options validation reads every property, and these throw until validated.
    public Uri BaseAddress() => Endpoint ?? new Uri($"https://{Region}.stt.speech.microsoft.com/");

    /// <summary>
    /// The detailed format carries the lexical form and, with wordLevelTimestamps, each word's offset and duration.
    /// </summary>
    public Uri RecognitionUri() => new(
        new Uri(BaseAddress().AbsoluteUri.TrimEnd('/') + "/"),
        $"speech/recognition/conversation/cognitiveservices/v1?language={Uri.EscapeDataString(Language)}&format=detailed&wordLevelTimestamps=true");
}
