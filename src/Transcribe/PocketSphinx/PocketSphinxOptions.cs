using System.ComponentModel.DataAnnotations;

namespace CallCoach.Transcribe.PocketSphinx;

public sealed class PocketSphinxOptions
{
    public const string Section = "Transcribe:PocketSphinx";
    public const string InstallCommand = "sudo apt-get install -y pocketsphinx-en-us libpocketsphinx3";

    public string AcousticModel { get; set; } = "/usr/share/pocketsphinx/model/en-us/en-us";
    public string LanguageModel { get; set; } = "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin";
    public string Dictionary { get; set; } = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict";

    /// <summary>The sales-domain ARPA model `callcoach train lm` builds; relative to the models folder; empty for none.</summary>
    public string DomainLanguageModel { get; set; } = "lm/sales.arpa";

    /// <summary>Pronunciations of sales words the generic dictionary lacks; relative to the models folder; empty for none.</summary>
    public string DomainDictionary { get; set; } = "lm/sales.dict";

    /// <summary>The domain model's share when interpolated with the generic one; tuned on the benchmark's tuning split.</summary>
    [Range(0.0, 1.0)]
    public double DomainWeight { get; set; } = 0.1;

    /// <summary>How much the language model counts against the acoustics (PocketSphinx's -lw); tuned on the tuning split.</summary>
    [Range(1.0, 30.0)]
    public double LanguageWeight { get; set; } = 5.0;

    /// <summary>The word insertion penalty (-wip): below 1 makes the decoder prefer fewer, longer words.</summary>
    [Range(1e-6, 10.0)]
    public double WordInsertionPenalty { get; set; } = 0.65;

    /// <summary>
    /// Where the cepstral mean comes from. <see cref="CepstralNormalization.Utterance"/> (the default) takes it from each
    /// utterance as a whole, so a call's first seconds are normalised as well as its last; <see cref="CepstralNormalization.Live"/>
    /// keeps a running mean from the model's initial value, as a streaming decoder does, and is kept for comparison.
    /// </summary>
    public CepstralNormalization CepstralNormalization { get; set; } = CepstralNormalization.Utterance;

    /// <summary>Keyphrases and their score thresholds for the keyword-spotting search; relative to the models folder; empty to skip spotting.</summary>
    public string Keywords { get; set; } = "lm/keywords.tsv";

    /// <summary>
    /// More PocketSphinx flags, space-separated (`-beam 1e-40 -pl_window 10`): the speed against accuracy trade of its
    /// pruning. Flags the settings above own (-hmm, -lm, -lw, …) are refused at start. The default caps the active
    /// HMMs and the word exits per frame; chosen on the benchmark's tuning split, where it took RTF from 0.258 to
    /// 0.154 for a WER of 0.076 against 0.074 (docs/decisions/010-sales-language-model-and-keyword-spotting.md).
    /// </summary>
    public string SearchArguments { get; set; } = "-maxhmmpf 3000 -maxwpf 10";

    /// <summary>
    /// PocketSphinx flags for the keyword-spotting search alone, which runs in a decoder of its own (`-beam`,
    /// `-kws_plp`, `-ds`, `-topn`, …); refused at start like <see cref="SearchArguments"/>.
    /// </summary>
    public string KeywordSearchArguments { get; set; } = "-ds 2";
}
