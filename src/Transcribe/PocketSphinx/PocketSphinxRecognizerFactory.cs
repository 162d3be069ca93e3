using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.PocketSphinx;

public sealed class PocketSphinxRecognizerFactory(IOptions<PocketSphinxOptions> options, IOptions<DataOptions> data) : ISpeechRecognizerFactory
{
    private readonly Lazy<PocketSphinxModelFiles> files = new(() => Resolve(options.Value, data.Value));

    public ISpeechRecognizer Create() => new PocketSphinxRecognizer(files.Value);

    /// <summary>A recognizer whose keyword search uses these phrases and thresholds instead of the configured ones.</summary>
    public ISpeechRecognizer Create(IReadOnlyList<KeywordThreshold> keywords) => new PocketSphinxRecognizer(files.Value with { Keywords = keywords });

    public static PocketSphinxModelFiles Resolve(PocketSphinxOptions options, DataOptions data)
    {
        var keywords = data.ModelFile(options.Keywords);
        return new PocketSphinxModelFiles(
            options.AcousticModel,
            options.LanguageModel,
            options.Dictionary,
            data.ModelFile(options.DomainLanguageModel),
            data.ModelFile(options.DomainDictionary),
            options.DomainWeight,
            keywords is null ? null : KeywordThreshold.Read(keywords),
            options.LanguageWeight,
            options.WordInsertionPenalty,
            options.CepstralNormalization,
            options.SearchArguments,
            options.KeywordSearchArguments);
    }
}
