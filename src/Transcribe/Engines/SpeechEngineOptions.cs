namespace CallCoach.Transcribe.Engines;

/// <summary>
/// <c>Transcribe:Engine</c>. Kept as text rather than bound to the enum: the configuration binder's own error for an
/// unknown enum value names neither the setting's valid values nor how to fix it.
/// </summary>
public sealed class SpeechEngineOptions
{
    public const string Section = "Transcribe";

    /// <summary>The names accepted in configuration, case-insensitively, in the order the README lists them.</summary>
    public static readonly IReadOnlyDictionary<string, SpeechEngine> Names = new Dictionary<string, SpeechEngine>(StringComparer.OrdinalIgnoreCase)
    {
        ["pocketsphinx"] = SpeechEngine.PocketSphinx,
        ["whisper"] = SpeechEngine.Whisper,
        ["azure"] = SpeechEngine.Azure,
    };

    public string Engine { get; set; } = "pocketsphinx";

    /// <summary>The chosen engine, once the options have passed validation.</summary>
    /// <remarks>A method: options validation reads every property, and this one throws for a name it does not know.</remarks>
    public SpeechEngine Selected() => Names.TryGetValue(Engine.Trim(), out var engine)
        ? engine
        : throw new InvalidOperationException($"Transcribe:Engine '{Engine}' is not one of {string.Join(", ", Names.Keys)}");
}
