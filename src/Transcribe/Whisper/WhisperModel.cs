using Microsoft.Extensions.Logging;
using Whisper.net;
using Whisper.net.Logger;

namespace CallCoach.Transcribe.Whisper;

/// <summary>
/// The ggml model, loaded once and shared: whisper.cpp keeps the weights in one context, and each worker's
/// <see cref="WhisperProcessor"/> holds only its own decoding state. The start check loads it, so a missing or
/// corrupt model stops the start instead of the first call.
/// </summary>
public sealed class WhisperModel(ILogger<WhisperModel> logger) : IDisposable
{
    // Whisper.net's log hook is process-wide, so loads are serialised and each one reads only its own messages.
    private static readonly Lock Loading = new();

    private WhisperFactory? factory;
    private string? loadedPath;

    /// <summary>The native runtime Whisper.net loaded (CPU features, backends).</summary>
    /// <exception cref="InvalidOperationException">No native runtime could be loaded on this machine.</exception>
    public static string RuntimeInfo => Native(() => WhisperFactory.GetRuntimeInfo() ?? string.Empty);

    /// <summary>The language codes the native runtime knows ("en", "zh", …).</summary>
    /// <exception cref="InvalidOperationException">No native runtime could be loaded on this machine.</exception>
    public static IReadOnlyList<string> Languages => Native<IReadOnlyList<string>>(() => [.. WhisperFactory.GetSupportedLanguages()]);

    /// <summary>Loads the model at <paramref name="path"/> unless it already is.</summary>
    /// <exception cref="FileNotFoundException">No file there.</exception>
    /// <exception cref="InvalidDataException">The file is not a usable model; the message says why.</exception>
    /// <exception cref="InvalidOperationException">The native runtime cannot load, or another model is loaded.</exception>
    public void Load(string path)
    {
        lock (Loading)
        {
            if (factory is not null)
            {
                if (loadedPath == path)
                {
                    return;
                }

                throw new InvalidOperationException($"a Whisper model ({loadedPath}) is already loaded; restart to use {path}");
            }

            GgmlModelFile.Check(path);
            factory = LoadNative(path);
            loadedPath = path;
        }

        logger.LogInformation("Whisper model {Path} loaded ({Runtime})", path, RuntimeInfo.Trim());
    }

    public WhisperProcessor CreateProcessor(WhisperOptions options)
    {
        Load(options.ModelPath);
        var builder = factory!.CreateBuilder()
            // Word-level segments, whisper.cpp's own way to time words (its "-ml 1 -sow"): each segment is one word,
            // or one unspaced run of Chinese.
            .WithTokenTimestamps()
            .SplitOnWord()
            .WithMaxSegmentLength(1)
            // Each utterance on its own: otherwise the previous one's text, possibly from another call, primes the next.
            .WithNoContext();
        builder = options.Language == WhisperOptions.Auto ? builder.WithLanguageDetection() : builder.WithLanguage(options.Language);
        if (options.Threads > 0)
        {
            builder = builder.WithThreads(options.Threads);
        }

        return builder.Build();
    }

    private static WhisperFactory LoadNative(string path)
    {
        var errors = new List<string>();
        using var hook = LogProvider.AddLogger((level, message) =>
        {
            if (level == WhisperLogLevel.Error && !string.IsNullOrWhiteSpace(message))
            {
                errors.Add(message.Trim());
            }
        });

        var candidate = Native(() => WhisperFactory.FromPath(path));
        try
        {
            // Whisper.net reads the file when the first builder is asked for.
            _ = candidate.CreateBuilder();
            return candidate;
        }
        catch (WhisperModelLoadException)
        {
            candidate.Dispose();
            throw new InvalidDataException(
                $"whisper.cpp refused it: {(errors.Count > 0 ? string.Join("; ", errors) : "no reason given")}");
        }
    }

    private static T Native<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e.GetType() == typeof(Exception))
        {
            // Whisper.net reports a native runtime it cannot load with a bare Exception.
            throw new InvalidOperationException($"the Whisper native runtime could not be loaded: {e.Message}", e);
        }
    }

    public void Dispose()
    {
        lock (Loading)
        {
            factory?.Dispose();
            factory = null;
        }
    }
}
