using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>
/// Two PocketSphinx decoders over the same acoustic model: an n-gram search (the generic en-us model interpolated with
/// the sales-domain model) for the transcript, and a keyword-spotting search for the business keyphrases. They are
/// separate decoders so that each has its own pruning: the keyword search needs far less acoustic detail than the
/// transcript, and a decoder's acoustic settings are fixed when it loads. Each utterance is decoded as a whole
/// (full_utt), so the model's batch cepstral mean normalisation is computed from that utterance itself rather than
/// from the defaults a fresh decoder starts with, and its noise estimate starts over too: a call's first seconds are
/// decoded as well as the rest, and a turn the same whatever the decoder heard before it.
/// </summary>
internal sealed partial class PocketSphinxRecognizer : ISpeechRecognizer, IKeywordSpotter
{
    private const string TranscriptSearch = "transcript";
    private const string KeywordSearch = "keywords";

    // The library's log is one process-wide FILE*: "-logfn" closes the previous one while another decoder may be
    // writing to it, which corrupted the process when several decoders started at once. So the log is switched
    // off once, and decoders are created one at a time.
    private static readonly Lock Creation = new();

    private readonly Dictionary<string, int> keywordThresholds = new(StringComparer.Ordinal);
    private readonly int fullUtterance;
    private PocketSphinxDecoder? transcript;
    private PocketSphinxDecoder? keywords;

    static PocketSphinxRecognizer() => PocketSphinxNative.err_set_logfp(0);

    public PocketSphinxRecognizer(PocketSphinxModelFiles files)
    {
        fullUtterance = files.CepstralNormalization == CepstralNormalization.Utterance ? 1 : 0;
        lock (Creation)
        {
            try
            {
                Initialize(files);
            }
            catch
            {
                Dispose();
                throw;
            }
        }
    }

    private void Initialize(PocketSphinxModelFiles files)
    {
        var featureParameters = files.CepstralNormalization == CepstralNormalization.Live ? LiveFeatureParameters(files.AcousticModel) : null;
        try
        {
            Initialize(files, featureParameters);
        }
        finally
        {
            if (featureParameters is not null)
            {
                File.Delete(featureParameters);
            }
        }
    }

    /// <summary>
    /// The model's feat.params with live CMN. The file's settings override the command line's, so switching CMN
    /// means giving the decoder another file (-featparams), not another flag.
    /// </summary>
    private static string LiveFeatureParameters(string acousticModel)
    {
        var file = Path.Combine(Path.GetTempPath(), $"callcoach-feat-{Guid.NewGuid():N}.params");
        File.WriteAllLines(file, File.ReadLines(Path.Combine(acousticModel, "feat.params"))
            .Select(l => l.StartsWith("-cmn ", StringComparison.Ordinal) ? "-cmn live" : l));
        return file;
    }

    private void Initialize(PocketSphinxModelFiles files, string? featureParameters)
    {
        var decoder = transcript = new PocketSphinxDecoder(
            [
                .. AcousticArguments(files, featureParameters, files.Dictionary),
                "-lw", files.LanguageWeight.ToString(CultureInfo.InvariantCulture),
                "-wip", files.WordInsertionPenalty.ToString(CultureInfo.InvariantCulture),
                .. Flags(files.SearchArguments),
            ],
            files.AcousticModel);
        if (files.DomainDictionary is { } domainDictionary)
        {
            AddWords(decoder, domainDictionary);
        }

        AddTranscriptSearch(decoder, files);
        decoder.Use(TranscriptSearch);
        if (files.Keywords is { Count: > 0 } phrases)
        {
            AddKeywordSearch(decoder, files, featureParameters, phrases);
        }
    }

    private static string[] AcousticArguments(PocketSphinxModelFiles files, string? featureParameters, string dictionary) =>
    [
        "-hmm", files.AcousticModel,
        "-dict", dictionary,
        "-samprate", "16000",
        .. featureParameters is null ? Array.Empty<string>() : ["-featparams", featureParameters],
    ];

    private static string[] Flags(string arguments) => arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void AddWords(PocketSphinxDecoder decoder, string dictionaryFile)
    {
        foreach (var (word, phones) in PronunciationDictionary.Entries(dictionaryFile))
        {
            // -1 also means "already known", which is fine: the generic dictionary wins.
            _ = PocketSphinxNative.ps_add_word(decoder.Handle, word, phones, 0);
        }
    }

    private static void AddTranscriptSearch(PocketSphinxDecoder decoder, PocketSphinxModelFiles files)
    {
        var logmath = PocketSphinxNative.ps_get_logmath(decoder.Handle);
        var generic = ReadLanguageModel(decoder, files.LanguageModel, logmath);
        var models = new List<nint> { generic };
        try
        {
            var weights = new List<float> { 1 };
            if (files.DomainLanguageModel is { } domainFile)
            {
                models.Add(ReadLanguageModel(decoder, domainFile, logmath));
                weights = [(float)(1 - files.DomainWeight), (float)files.DomainWeight];
            }

            var set = PocketSphinxNative.ngram_model_set_init(
                decoder.Config, [.. models], [.. models.Select((_, i) => i == 0 ? "generic" : "domain")], [.. weights], models.Count);
            if (set == 0)
            {
                throw new InvalidOperationException("PocketSphinx could not combine its language models");
            }

            if (models.Count > 1)
            {
                _ = PocketSphinxNative.ngram_model_set_interp(set, 0, 0);
            }

            var added = PocketSphinxNative.ps_set_lm(decoder.Handle, TranscriptSearch, set);
            _ = PocketSphinxNative.ngram_model_free(set);
            PocketSphinxDecoder.Check(added, "ps_set_lm");
        }
        finally
        {
            // The set holds its own references.
            models.ForEach(m => _ = PocketSphinxNative.ngram_model_free(m));
        }
    }

    private static nint ReadLanguageModel(PocketSphinxDecoder decoder, string file, nint logmath)
    {
        var model = PocketSphinxNative.ngram_model_read(decoder.Config, file, PocketSphinxNative.NgramAuto, logmath);
        return model != 0 ? model : throw new InvalidOperationException($"PocketSphinx could not read the language model {file}");
    }

    private void AddKeywordSearch(
        PocketSphinxDecoder transcriptDecoder, PocketSphinxModelFiles files, string? featureParameters, IReadOnlyList<KeywordThreshold> phrases)
    {
        // The keyword decoder's dictionary is just the keyphrases' words, pronounced as the transcript's dictionary
        // (the generic one and the domain one) pronounces them: it loads in a moment and holds next to nothing.
        // Every phrase goes to the search at a permissive threshold; each detection is then held to its own phrase's
        // tuned threshold here, which is what lets one tuning run set all of them.
        var known = phrases.Where(k => k.Phrase.Split(' ').All(w => transcriptDecoder.Phones(w) is not null)).ToList();
        if (known.Count == 0)
        {
            return;
        }

        var dictionary = Path.Combine(Path.GetTempPath(), $"callcoach-kws-{Guid.NewGuid():N}.dict");
        var keyphrases = Path.Combine(Path.GetTempPath(), $"callcoach-kws-{Guid.NewGuid():N}.txt");
        try
        {
            var words = known.SelectMany(k => k.Phrase.Split(' ')).Distinct(StringComparer.Ordinal);
            File.WriteAllLines(dictionary, words.Select(w => $"{w} {transcriptDecoder.Phones(w)}"));
            File.WriteAllLines(keyphrases, known.Select(k => $"{k.Phrase} /1e-50/"));
            keywords = new PocketSphinxDecoder(
                [.. AcousticArguments(files, featureParameters, dictionary), .. Flags(files.KeywordSearchArguments)], files.AcousticModel);
            PocketSphinxDecoder.Check(PocketSphinxNative.ps_set_kws(keywords.Handle, KeywordSearch, keyphrases), "ps_set_kws");
            keywords.Use(KeywordSearch);
            foreach (var k in known)
            {
                keywordThresholds[k.Phrase] = k.MinimumScore;
            }
        }
        finally
        {
            File.Delete(dictionary);
            File.Delete(keyphrases);
        }
    }

    internal bool Knows(string word) => transcript!.Phones(word) is not null;

    // Fillers, silences and noise markers are not words anyone said; "(2)" marks an alternate pronunciation.
    [GeneratedRegex(@"^(<.*>|\[.*\]|\+\+.*\+\+|\(NULL\))$")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\(\d+\)$")]
    private static partial Regex AlternatePronunciation();

    public Task<IReadOnlyList<RecognizedWord>> RecognizeAsync(ReadOnlyMemory<short> utterance, int sampleRate, CancellationToken ct)
    {
        var decoder = Ready(transcript, sampleRate, ct);
        var words = new List<RecognizedWord>();
        foreach (var (word, start, end, _) in decoder.Decode(utterance.Span, fullUtterance))
        {
            if (!NonWord().IsMatch(word))
            {
                words.Add(new RecognizedWord(AlternatePronunciation().Replace(word, string.Empty), start, end));
            }
        }

        return Task.FromResult<IReadOnlyList<RecognizedWord>>(words);
    }

    public IReadOnlyList<RecognizedKeyword> Spot(ReadOnlyMemory<short> utterance, int sampleRate, CancellationToken ct)
    {
        Ready(transcript, sampleRate, ct);
        if (keywords is null)
        {
            return [];
        }

        return [.. keywords.Decode(utterance.Span, fullUtterance)
            .Where(d => keywordThresholds.TryGetValue(d.Word, out var threshold) && d.Score >= threshold)
            .Select(d => new RecognizedKeyword(d.Word, d.Start, d.End, d.Score))
            .OrderBy(k => k.Start)];
    }

    private static PocketSphinxDecoder Ready(PocketSphinxDecoder? decoder, int sampleRate, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(decoder is null or { Handle: 0 }, typeof(PocketSphinxRecognizer));
        if (sampleRate != 16_000)
        {
            throw new ArgumentException("PocketSphinx's en-us model takes 16 kHz audio", nameof(sampleRate));
        }

        ct.ThrowIfCancellationRequested();
        return decoder!;
    }

    public void Dispose()
    {
        keywords?.Dispose();
        keywords = null;
        transcript?.Dispose();
        transcript = null;
    }
}
