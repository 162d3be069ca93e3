using System.ComponentModel.DataAnnotations;

namespace CallCoach.CoachingApi.Demo;

/// <summary>The demo organisation seeded on a first start; see docs/decisions/015-demo-organisation.md.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo organisation when the store holds no call at all. Off by default; scripts/serve.sh turns it on.</summary>
    public bool Seed { get; set; }

    /// <summary>The demo's calls and their <c>demo.json</c>, under <c>Data:Models</c> when relative.</summary>
    [Required]
    public string Folder { get; set; } = "demo";

    /// <summary>How long the seeder waits for its calls to be analysed before it generates the packs anyway.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan AnalysisTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
