namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>The files one decoder loads, resolved from <see cref="PocketSphinxOptions"/> against the models folder.</summary>
/// <param name="DomainLanguageModel">An ARPA model interpolated with the generic one at <paramref name="DomainWeight"/>, or none.</param>
/// <param name="DomainDictionary">Pronunciations for domain words the generic dictionary lacks, or none.</param>
/// <param name="Keywords">Keyphrases for the keyword-spotting search, or none to skip it.</param>
public sealed record PocketSphinxModelFiles(
    string AcousticModel,
    string LanguageModel,
    string Dictionary,
    string? DomainLanguageModel,
    string? DomainDictionary,
    double DomainWeight,
    IReadOnlyList<KeywordThreshold>? Keywords,
    double LanguageWeight = 5.0,
    double WordInsertionPenalty = 0.65,
    CepstralNormalization CepstralNormalization = CepstralNormalization.Utterance,
    string SearchArguments = "",
    string KeywordSearchArguments = "");
