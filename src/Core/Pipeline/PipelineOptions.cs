using System.ComponentModel.DataAnnotations;

namespace CallCoach.Core.Pipeline;

public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>Decoded recordings that may wait for a recognizer. Each holds its PCM in memory, so keep it small.</summary>
    [Range(1, 1000)]
    public int TranscribeQueueCapacity { get; set; } = 4;

    [Range(1, 10_000)]
    public int AnalyzeQueueCapacity { get; set; } = 32;

    /// <summary>Parallel recognizers; 0 means one per processor.</summary>
    [Range(0, 256)]
    public int TranscribeWorkers { get; set; }

    public int EffectiveTranscribeWorkers => TranscribeWorkers == 0 ? Environment.ProcessorCount : TranscribeWorkers;
}
