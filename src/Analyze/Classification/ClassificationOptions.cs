using System.ComponentModel.DataAnnotations;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// Where the shipped classifier models and their training data are (under the models folder), and how training
/// chooses a model. Versions trained by the service live under the data folder; see docs/decisions/012.
/// </summary>
public sealed class ClassificationOptions
{
    public const string Section = "Classification";

    [Required]
    public string ObjectionModel { get; set; } = "objection.zip";

    [Required]
    public string ActModel { get; set; } = "act.zip";

    /// <summary>The shipped examples: `&lt;name&gt;.en.tsv`, `&lt;name&gt;.zh.tsv`, and the held-out set in `test/`.</summary>
    [Required]
    public string TrainingData { get; set; } = "data";

    [Required]
    public TrainingSettings Training { get; set; } = new();

    /// <summary>Quartz cron for the nightly retrain, which trains a challenger only when new corrections exist.</summary>
    [Required]
    public string RetrainCron { get; set; } = "0 0 2 * * ?";

    /// <summary>Findings at least this sure are reported; below it a label is more guess than finding.</summary>
    [Range(0.0, 1.0)]
    public double ReportThreshold { get; set; } = 0.5;

    public string ModelFor(ClassifierKind kind) => kind == ClassifierKind.Objection ? ObjectionModel : ActModel;
}
