using System.ComponentModel.DataAnnotations;

namespace CallCoach.Analyze.Keywords;

public sealed class KeywordOptions
{
    public const string Section = "Analyze:Keywords";

    /// <summary>The lexicon file; relative paths resolve against the models folder.</summary>
    [Required]
    public string Lexicon { get; set; } = "lexicon/business-keywords.json";
}
