using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>
/// One loaded PocketSphinx decoder with two searches over the same acoustic model: an n-gram search (the generic
/// en-us model interpolated with the sales-domain model) for the transcript, and a keyword-spotting search for the
/// business keyphrases. Each utterance is decoded as a whole (full_utt), so the model's batch cepstral mean
/// normalisation is computed from that utterance itself rather than from the defaults a fresh decoder starts with,
/// and its noise estimate starts over too: a call's first seconds are decoded as well as the rest, and a turn the
/// same whatever the decoder heard before it.
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
    private nint config;
    private nint decoder;

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
        string[] argv =
        [
            "-hmm", files.AcousticModel,
            "-dict", files.Dictionary,
            "-samprate", "16000",
            "-lw", files.LanguageWeight.ToString(CultureInfo.InvariantCulture),
            "-wip", files.WordInsertionPenalty.ToString(CultureInfo.InvariantCulture),
            .. featureParameters is null ? Array.Empty<string>() : ["-featparams", featureParameters],
            .. files.SearchArguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        ];
        config = PocketSphinxNative.cmd_ln_parse_r(0, PocketSphinxNative.ps_args(), argv.Length, argv, 1);
        if (config == 0)
        {
            throw new InvalidOperationException($"PocketSphinx refused its configuration: {string.Join(' ', argv)}");
        }

        decoder = PocketSphinxNative.ps_init(config);
        if (decoder == 0)
        {
            throw new InvalidOperationException(
                $"PocketSphinx could not load its model from {files.AcousticModel}. Install it with: {PocketSphinxOptions.InstallCommand}");
        }

        if (files.DomainDictionary is { } domainDictionary)
        {
            AddWords(domainDictionary);
        }

        AddTranscriptSearch(files);
        if (files.Keywords is { Count: > 0 } keywords)
        {
            AddKeywordSearch(keywords);
        }

        Check(PocketSphinxNative.ps_set_search(decoder, TranscriptSearch), "ps_set_search");
    }

    private void AddWords(string dictionaryFile)
    {
        foreach (var (word, phones) in PronunciationDictionary.Entries(dictionaryFile))
        {
            // -1 also means "already known", which is fine: the generic dictionary wins.
            _ = PocketSphinxNative.ps_add_word(decoder, word, phones, 0);
        }
    }

    private void AddTranscriptSearch(PocketSphinxModelFiles files)
    {
        var logmath = PocketSphinxNative.ps_get_logmath(decoder);
        var generic = ReadLanguageModel(files.LanguageModel, logmath);
        var models = new List<nint> { generic };
        try
        {
            var weights = new List<float> { 1 };
            if (files.DomainLanguageModel is { } domainFile)
            {
                models.Add(ReadLanguageModel(domainFile, logmath));
                weights = [(float)(1 - files.DomainWeight), (float)files.DomainWeight];
            }

            var set = PocketSphinxNative.ngram_model_set_init(
                config, [.. models], [.. models.Select((_, i) => i == 0 ? "generic" : "domain")], [.. weights], models.Count);
            if (set == 0)
            {
                throw new InvalidOperationException("PocketSphinx could not combine its language models");
            }

            if (models.Count > 1)
            {
                _ = PocketSphinxNative.ngram_model_set_interp(set, 0, 0);
            }

            var added = PocketSphinxNative.ps_set_lm(decoder, TranscriptSearch, set);
            _ = PocketSphinxNative.ngram_model_free(set);
            Check(added, "ps_set_lm");
        }
        finally
        {
            // The set holds its own references.
            models.ForEach(m => _ = PocketSphinxNative.ngram_model_free(m));
        }
    }

    private nint ReadLanguageModel(string file, nint logmath)
    {
        var model = PocketSphinxNative.ngram_model_read(config, file, PocketSphinxNative.NgramAuto, logmath);
        return model != 0 ? model : throw new InvalidOperationException($"PocketSphinx could not read the language model {file}");
    }

    private void AddKeywordSearch(IReadOnlyList<KeywordThreshold> keywords)
    {
        // Every phrase goes to the search at a permissive threshold; each detection is then held to its own phrase's
        // tuned threshold here, which is what lets one tuning run set all of them.
        var file = Path.Combine(Path.GetTempPath(), $"callcoach-kws-{Guid.NewGuid():N}.txt");
        try
        {
            var known = keywords.Where(k => k.Phrase.Split(' ').All(Knows)).ToList();
            File.WriteAllLines(file, known.Select(k => $"{k.Phrase} /1e-50/"));
            foreach (var k in known)
            {
                keywordThresholds[k.Phrase] = k.MinimumScore;
            }

            if (known.Count > 0)
            {
                Check(PocketSphinxNative.ps_set_kws(decoder, KeywordSearch, file), "ps_set_kws");
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal unsafe bool Knows(string word)
    {
        var phones = PocketSphinxNative.ps_lookup_word(decoder, word);
        NativeMemory.Free((void*)phones);
        return phones != 0;
    }

    // Fillers, silences and noise markers are not words anyone said; "(2)" marks an alternate pronunciation.
    [GeneratedRegex(@"^(<.*>|\[.*\]|\+\+.*\+\+|\(NULL\))$")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\(\d+\)$")]
    private static partial Regex AlternatePronunciation();

    public Task<IReadOnlyList<RecognizedWord>> RecognizeAsync(ReadOnlyMemory<short> utterance, int sampleRate, CancellationToken ct)
    {
        Ready(sampleRate, ct);
        Check(PocketSphinxNative.ps_set_search(decoder, TranscriptSearch), "ps_set_search");
        var words = new List<RecognizedWord>();
        foreach (var (word, start, end, _) in Decode(utterance.Span))
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
        Ready(sampleRate, ct);
        if (keywordThresholds.Count == 0)
        {
            return [];
        }

        Check(PocketSphinxNative.ps_set_search(decoder, KeywordSearch), "ps_set_search");
        try
        {
            return [.. Decode(utterance.Span)
                .Where(d => keywordThresholds.TryGetValue(d.Word, out var threshold) && d.Score >= threshold)
                .Select(d => new RecognizedKeyword(d.Word, d.Start, d.End, d.Score))
                .OrderBy(k => k.Start)];
        }
        finally
        {
            Check(PocketSphinxNative.ps_set_search(decoder, TranscriptSearch), "ps_set_search");
        }
    }

    private void Ready(int sampleRate, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(decoder == 0, this);
        if (sampleRate != 16_000)
        {
            throw new ArgumentException("PocketSphinx's en-us model takes 16 kHz audio", nameof(sampleRate));
        }

        ct.ThrowIfCancellationRequested();
    }

    private unsafe List<(string Word, double Start, double End, int Score)> Decode(ReadOnlySpan<short> samples)
    {
        // The front end's noise estimate would otherwise carry over from whatever this decoder heard last (another
        // channel, another call): each utterance starts from none, as its cepstral mean is its own.
        Check(PocketSphinxNative.ps_start_stream(decoder), "ps_start_stream");
        Check(PocketSphinxNative.ps_start_utt(decoder), "ps_start_utt");
        fixed (short* data = samples)
        {
            if (PocketSphinxNative.ps_process_raw(decoder, data, (nuint)samples.Length, 0, fullUtterance) < 0)
            {
                _ = PocketSphinxNative.ps_end_utt(decoder);
                throw new InvalidOperationException("PocketSphinx failed to process the audio");
            }
        }

        Check(PocketSphinxNative.ps_end_utt(decoder), "ps_end_utt");

        var results = new List<(string, double, double, int)>();
        for (var segment = PocketSphinxNative.ps_seg_iter(decoder); segment != 0; segment = PocketSphinxNative.ps_seg_next(segment))
        {
            var word = (Marshal.PtrToStringUTF8(PocketSphinxNative.ps_seg_word(segment)) ?? string.Empty).Trim();
            PocketSphinxNative.ps_seg_frames(segment, out var start, out var end);
            var score = PocketSphinxNative.ps_seg_prob(segment, out _, out _, out _);
            results.Add((word, start / PocketSphinxNative.FramesPerSecond, (end + 1) / PocketSphinxNative.FramesPerSecond, score));
        }

        return results;
    }

    private static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw new InvalidOperationException($"PocketSphinx {call} failed ({result})");
        }
    }

    public void Dispose()
    {
        if (decoder != 0)
        {
            _ = PocketSphinxNative.ps_free(decoder);
            decoder = 0;
        }

        if (config != 0)
        {
            _ = PocketSphinxNative.cmd_ln_free_r(config);
            config = 0;
        }
    }
}
