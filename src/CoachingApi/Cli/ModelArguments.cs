using CallCoach.Analyze.Classification;
using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// The arguments `evaluate` and `classify` share: the model name first, then `--flag value` pairs; `--model &lt;zip&gt;`
/// picks a model file other than the shipped one.
/// </summary>
public sealed record ModelArguments(ClassifierKind Kind, IReadOnlyDictionary<string, string> Flags)
{
    public static ModelArguments? Parse(string[] args, params string[] flags)
    {
        if (args.Length == 0 || ClassifierKind.Find(args[0]) is not { } kind || args.Length % 2 == 0)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!flags.Contains(args[i]) && args[i] != "--model")
            {
                return null;
            }

            values[args[i]] = args[i + 1];
        }

        return new ModelArguments(kind, values);
    }

    public LoadedClassifier LoadModel(IServiceProvider services)
    {
        var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
        var options = services.GetRequiredService<IOptions<ClassificationOptions>>().Value;
        return ModelFile.Load(Kind, Flags.GetValueOrDefault("--model") ?? data.ModelFile(options.ModelFor(Kind))!);
    }

    public string TrainingFolder(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DataOptions>>().Value.ModelFile(services.GetRequiredService<IOptions<ClassificationOptions>>().Value.TrainingData)!;
}
