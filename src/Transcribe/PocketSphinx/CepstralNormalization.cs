namespace CallCoach.Transcribe.PocketSphinx;

public enum CepstralNormalization
{
    /// <summary>Batch CMN over each whole utterance (the model's own "-cmn batch", decoded with full_utt).</summary>
    Utterance,

    /// <summary>A running mean that starts from the model's "-cmninit" and carries over from utterance to utterance.</summary>
    Live,
}
