using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CallCoach.Transcribe.Tests.Azure;

/// <summary>
/// A local server on loopback that keeps the documented contract of Azure Speech's REST API for short audio:
/// it refuses a missing key (403) or a wrong one (401), and answers 400 to a request without a language, without
/// the detailed format, or with anything but 16 kHz mono 16-bit PCM WAV. A valid request gets the next scripted
/// answer, or the default one.
/// </summary>
internal sealed class ShortAudioServer : IAsyncDisposable
{
    public const string Key = "5f0c2b9e-test-key-that-must-never-be-logged";
    public const string Path = "/speech/recognition/conversation/cognitiveservices/v1";

    private readonly ConcurrentQueue<Func<HttpContext, Task>> script = new();
    private readonly ConcurrentQueue<string> languages = new();
    private readonly WebApplication app;
    private int requests;
    private int refused;

    private ShortAudioServer(WebApplication app) => this.app = app;

    public Uri Address => new(app.Urls.First());

    /// <summary>Every request that reached the server, refused or not.</summary>
    public int Requests => requests;

    /// <summary>Requests that broke the contract (key, content type, query, audio).</summary>
    public int Refused => refused;

    public IEnumerable<string> Languages => languages;

    public int LastSampleCount { get; private set; }

    /// <summary>What a valid request gets once the script is used up.</summary>
    public Func<HttpContext, Task> Default { get; set; } = Json(Answers.Success);

    public static async Task<ShortAudioServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ShortAudioServer(app);
        app.MapPost(Path, server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    public ShortAudioServer Then(Func<HttpContext, Task> answer)
    {
        script.Enqueue(answer);
        return this;
    }

    public static Func<HttpContext, Task> Json(string body) => context =>
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body, context.RequestAborted);
    };

    public static Func<HttpContext, Task> Status(HttpStatusCode status, string body = "", string? retryAfter = null) => context =>
    {
        context.Response.StatusCode = (int)status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return context.Response.WriteAsync(body, context.RequestAborted);
    };

    /// <summary>Never answers; ends when the client gives up on the attempt.</summary>
    public static async Task Hang(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client abandoned the attempt, which is what the test waits for.
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        var problem = await ContractProblemAsync(context);
        if (problem is not null)
        {
            Interlocked.Increment(ref refused);
            await problem(context);
            return;
        }

        await (script.TryDequeue(out var answer) ? answer : Default)(context);
    }

    private async Task<Func<HttpContext, Task>?> ContractProblemAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Headers.TryGetValue("Ocp-Apim-Subscription-Key", out var key))
        {
            return Status(HttpStatusCode.Forbidden);
        }

        if (key != Key)
        {
            return Status(HttpStatusCode.Unauthorized, """{"error":{"code":"401","message":"Access denied due to invalid subscription key."}}""");
        }

        if (request.Query["language"] is not [{ Length: > 0 } language])
        {
            return Status(HttpStatusCode.BadRequest, "language is required");
        }

        languages.Enqueue(language);
        if (request.Query["format"] != "detailed" ||
            !string.Equals(request.ContentType, "audio/wav; codecs=audio/pcm; samplerate=16000", StringComparison.OrdinalIgnoreCase))
        {
            return Status(HttpStatusCode.BadRequest, "unsupported format or content type");
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        var samples = Pcm16Mono16kSamples(body.ToArray());
        if (samples < 0)
        {
            return Status(HttpStatusCode.BadRequest, "audio must be 16 kHz mono 16-bit PCM WAV");
        }

        LastSampleCount = samples;
        return null;
    }

    private static int Pcm16Mono16kSamples(byte[] wav)
    {
        var header = wav.AsSpan();
        var valid = wav.Length >= 44
            && header[..4].SequenceEqual("RIFF"u8)
            && header[8..16].SequenceEqual("WAVEfmt "u8)
            && BinaryPrimitives.ReadInt16LittleEndian(header[20..]) == 1
            && BinaryPrimitives.ReadInt16LittleEndian(header[22..]) == 1
            && BinaryPrimitives.ReadInt32LittleEndian(header[24..]) == 16_000
            && BinaryPrimitives.ReadInt16LittleEndian(header[34..]) == 16
            && header[36..40].SequenceEqual("data"u8)
            && BinaryPrimitives.ReadInt32LittleEndian(header[40..]) == wav.Length - 44;
        return valid ? (wav.Length - 44) / 2 : -1;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Answers in the documented shapes of the detailed format.</summary>
    public static class Answers
    {
        public const string Success = """
            {
              "RecognitionStatus": "Success",
              "Offset": 700000,
              "Duration": 8400000,
              "DisplayText": "Good morning.",
              "NBest": [
                {
                  "Confidence": 0.98503506,
                  "Lexical": "good morning",
                  "ITN": "good morning",
                  "MaskedITN": "good morning",
                  "Display": "Good morning.",
                  "Words": [
                    { "Word": "good", "Offset": 700000, "Duration": 2600000 },
                    { "Word": "morning", "Offset": 3400000, "Duration": 5700000 }
                  ]
                }
              ]
            }
            """;

        public const string Chinese = """
            {
              "RecognitionStatus": "Success",
              "Offset": 800000,
              "Duration": 13200000,
              "DisplayText": "数据模型。",
              "NBest": [
                {
                  "Confidence": 0.9,
                  "Lexical": "数据 模型",
                  "ITN": "数据 模型",
                  "MaskedITN": "数据 模型",
                  "Display": "数据模型。",
                  "Words": [
                    { "Word": "数据", "Offset": 800000, "Duration": 5400000 },
                    { "Word": "模型", "Offset": 6200000, "Duration": 7800000 }
                  ]
                }
              ]
            }
            """;

        /// <summary>As in the documentation's own sample: times as strings, and no word times.</summary>
        public const string WithoutWordTimes = """
            {
              "RecognitionStatus": "Success",
              "Offset": "10000000",
              "Duration": "20000000",
              "NBest": [
                {
                  "Confidence": 0.9052885,
                  "Display": "What's the weather like?",
                  "ITN": "what's the weather like",
                  "Lexical": "what's the weather like",
                  "MaskedITN": "what's the weather like"
                }
              ]
            }
            """;

        public static string Status(string status) =>
            $$"""{ "RecognitionStatus": "{{status}}", "Offset": 0, "Duration": 15000000 }""";
    }
}
