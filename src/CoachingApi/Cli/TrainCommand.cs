using CallCoach.Analyze.Classification;
using CallCoach.Core.Paths;
using CallCoach.Transcribe.LanguageModel;
using CallCoach.Transcribe.PocketSphinx;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach train lm [--corpus &lt;dir&gt;] [--out &lt;file.arpa&gt;]`: rebuilds the sales-domain language model from
/// the training text in models/lm/corpus, next to a .json that records what it was built from.
/// `callcoach train kws &lt;tuning dir&gt;`: re-tunes the keyword-spotting thresholds on a benchmark tuning split.
/// `callcoach train objection|act|all`: retrains the conversation classifiers from models/data.
/// </summary>
public static class TrainCommand
{
    public const string Usage =
        "usage: callcoach train objection|act|all | callcoach train lm [--corpus <dir>] [--out <file.arpa>] | callcoach train kws <tuning dir>";

    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        CancellationToken ct = default)
    {
        using var host = CliHost.Build(settings);
        try
        {
            return args switch
            {
                ["lm", .. var rest] when Options(rest) is { } options => await TrainLanguageModelAsync(host.Services, options, stdout, ct),
                ["kws", var folder] => await KeywordThresholdTraining.RunAsync(host.Services, folder, stdout, stderr, ct),
                ["all"] => await ClassifierTraining.RunAsync(host.Services, ClassifierKind.All, stdout, ct),
                [var name] when ClassifierKind.Find(name) is { } kind => await ClassifierTraining.RunAsync(host.Services, [kind], stdout, ct),
                _ => await UsageAsync(stderr),
            };
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"callcoach: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    private static async Task<int> UsageAsync(TextWriter stderr)
    {
        await stderr.WriteLineAsync(Usage);
        return 2;
    }

    private static Dictionary<string, string>? Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] is not ("--corpus" or "--out") || i + 1 >= args.Length)
            {
                return null;
            }

            options[args[i]] = args[i + 1];
        }

        return options;
    }

    private static async Task<int> TrainLanguageModelAsync(IServiceProvider services, Dictionary<string, string> args, TextWriter stdout, CancellationToken ct)
    {
        var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
        // Read without validation: rebuilding a missing model is what this verb is for.
        var sphinx = services.GetRequiredService<IConfiguration>().GetSection(PocketSphinxOptions.Section).Get<PocketSphinxOptions>() ?? new PocketSphinxOptions();
        var corpus = args.GetValueOrDefault("--corpus") ?? Path.Combine(data.ModelsRoot, "lm", "corpus");
        var output = args.GetValueOrDefault("--out") ?? data.ModelFile(sphinx.DomainLanguageModel) ?? Path.Combine(data.ModelsRoot, "lm", "sales.arpa");
        if (!Directory.Exists(corpus))
        {
            throw new DirectoryNotFoundException($"{corpus}: no such folder of training text");
        }

        var dictionaries = new[] { sphinx.Dictionary, data.ModelFile(sphinx.DomainDictionary) }.OfType<string>().Where(File.Exists);
        var result = LanguageModelTrainer.Train(corpus, PronunciationDictionary.Words(dictionaries), output);
        var card = new LanguageModelCard(
            Path.GetFileName(output),
            services.GetRequiredService<TimeProvider>().GetUtcNow(),
            result.CorpusSha256,
            result.Files,
            result.Sentences,
            result.Tokens,
            result.Vocabulary,
            result.UnknownWords);
        await LanguageModelCard.WriteAsync(Path.ChangeExtension(output, ".json"), card, ct);

        await stdout.WriteLineAsync(
            $"Wrote {output}: {result.Sentences} turns, {result.Tokens} words, a vocabulary of {result.Vocabulary} " +
            $"from {result.Files} files (corpus sha256 {result.CorpusSha256[..12]}).");
        if (result.UnknownWords.Count > 0)
        {
            await stdout.WriteLineAsync(
                $"{result.UnknownWords.Count} words have no pronunciation and were trained as <unk>; add them to the domain dictionary: " +
                string.Join(' ', result.UnknownWords.Take(30)));
        }

        return 0;
    }
}
