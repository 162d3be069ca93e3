namespace CallCoach.Transcribe.PocketSphinx;

public sealed class PocketSphinxOptions
{
    public const string Section = "Transcribe:PocketSphinx";
    public const string InstallCommand = "sudo apt-get install -y pocketsphinx-en-us libpocketsphinx3";

    public string AcousticModel { get; set; } = "/usr/share/pocketsphinx/model/en-us/en-us";
    public string LanguageModel { get; set; } = "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin";
    public string Dictionary { get; set; } = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict";
}
