using CallCoach.Transcribe.Engines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace CallCoach.Transcribe.Azure;

internal static class AzureSpeechRegistration
{
    public static IServiceCollection AddAzureSpeech(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEngineOptions<AzureSpeechOptions, AzureSpeechOptionsValidator>(SpeechEngine.Azure, AzureSpeechOptions.Section)
            .PostConfigure(azure =>
            {
                if (string.IsNullOrWhiteSpace(azure.Key))
                {
                    azure.Key = configuration[AzureSpeechOptions.KeyVariable];
                }
            });

        // The resilience pipeline, not HttpClient.Timeout, bounds a request: the client's own 100 s would cut retries short.
        services.AddHttpClient(AzureSpeechClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's request logging shows headers at Trace level; the key must not be among them.
            .RedactLoggedHeaders([AzureSpeechOptions.KeyHeader])
            // Built at the first request rather than validated at start (as AddStandardResilienceHandler's options are),
            // so that Azure settings are read, already validated, only when Azure is the chosen engine.
            .AddResilienceHandler("standard", (pipeline, context) => Build(
                pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<AzureSpeechOptions>>().Value,
                context.ServiceProvider.GetRequiredService<ILogger<AzureSpeechClient>>()));

        services.TryAddSingleton<AzureSpeechClient>();
        services.TryAddSingleton<AzureSpeechRecognizerFactory>();
        return services;
    }

    /// <summary>
    /// The standard order: a total timeout around retries around a per-attempt timeout. Retries follow
    /// <see cref="HttpRetryStrategyOptions"/>'s defaults: 408, 429, 5xx, timeouts and broken connections, with
    /// exponential back-off and jitter, and the service's Retry-After when it sends one.
    /// </summary>
    private static void Build(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, AzureSpeechOptions azure, ILogger logger) => pipeline
        .AddTimeout(azure.Timeout)
        .AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = azure.MaxRetries,
            Delay = azure.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = retry =>
            {
                logger.LogWarning(
                    "Azure Speech attempt {Attempt} failed ({Outcome}); retrying in {Delay} s",
                    retry.AttemptNumber + 1,
                    retry.Outcome.Result is { } response ? $"{(int)response.StatusCode} {response.ReasonPhrase}" : retry.Outcome.Exception?.GetType().Name,
                    retry.RetryDelay.TotalSeconds);
                return ValueTask.CompletedTask;
            },
        })
        .AddTimeout(azure.AttemptTimeout);
}
