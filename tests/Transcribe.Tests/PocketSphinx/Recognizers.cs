using CallCoach.Core.Paths;
using CallCoach.Testing;
using CallCoach.Transcribe.PocketSphinx;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.Tests.PocketSphinx;

/// <summary>Real decoders over the installed en-us model and the repository's own sales-domain files.</summary>
internal static class Recognizers
{
    public static DataOptions Data => new() { Models = RepositoryPaths.Models };

    public static PocketSphinxModelFiles Files(PocketSphinxOptions? options = null) => PocketSphinxRecognizerFactory.Resolve(options ?? new(), Data);

    public static PocketSphinxRecognizer Create(PocketSphinxOptions? options = null) => new(Files(options));

    public static PocketSphinxRecognizerFactory Factory(PocketSphinxOptions? options = null) => new(Options.Create(options ?? new()), Options.Create(Data));

    public static PocketSphinxOptionsValidator Validator() => new(Options.Create(Data));

    /// <summary>The generic en-us model alone, as PocketSphinx ships it.</summary>
    public static PocketSphinxOptions Generic => new() { DomainLanguageModel = "", DomainDictionary = "", Keywords = "" };
}
