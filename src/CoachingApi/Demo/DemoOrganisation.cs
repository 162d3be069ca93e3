using System.Text.Json;
using CallCoach.Core.Paths;
using CallCoach.Ingest.Decoding;

namespace CallCoach.CoachingApi.Demo;

/// <summary>
/// The demo's <c>demo.json</c>: one team and its calls, each a shipped recording or transcript with the sidecar
/// fields it is submitted with. <see cref="DemoCall.DaysAgo"/> places the call relative to the moment of seeding, so
/// the demo always lies inside the radar window.
/// </summary>
public sealed record DemoOrganisation(string TeamId, IReadOnlyList<DemoCall> Calls)
{
    public const string FileName = "demo.json";

    public static string FolderOf(DemoOptions demo, DataOptions data) => Path.Combine(data.ModelsRoot, demo.Folder);

    /// <summary>Reads and checks the manifest: a team, calls with rep ids, supported files that exist.</summary>
    /// <exception cref="InvalidDataException">The manifest is missing, malformed, or names a file that is not there.</exception>
    public static DemoOrganisation Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"the demo manifest {path} does not exist");
        }

        DemoOrganisation? demo;
        try
        {
            demo = JsonSerializer.Deserialize(File.ReadAllText(path), DemoJson.Default.DemoOrganisation);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the demo manifest {path} is malformed: {e.Message}", e);
        }

        var problems = new List<string>();
        if (demo is null || string.IsNullOrWhiteSpace(demo.TeamId) || demo.Calls is not { Count: > 0 })
        {
            throw new InvalidDataException($"the demo manifest {path} needs a teamId and at least one call");
        }

        foreach (var call in demo.Calls)
        {
            if (string.IsNullOrWhiteSpace(call.RepId) || call.DaysAgo is < 0 or > 365)
            {
                problems.Add($"{call.File}: a repId and daysAgo between 0 and 365 are required");
            }

            if (!RecordingReader.SupportedExtensions.Contains(Path.GetExtension(call.File)) || !File.Exists(Path.Combine(folder, call.File)))
            {
                problems.Add($"{call.File}: not a recording or transcript file in {folder}");
            }
        }

        return problems.Count == 0 ? demo : throw new InvalidDataException($"the demo manifest {path}: {string.Join("; ", problems)}");
    }
}

/// <summary>One shipped call. Audio calls go through the recognizer; transcripts straight to Analyze.</summary>
public sealed record DemoCall(
    string File,
    string RepId,
    string? RepName,
    string? CustomerId,
    string? CustomerTier,
    int? InteractionNumber,
    double DaysAgo)
{
    public bool IsTranscript => Path.GetExtension(File).ToLowerInvariant() is ".vtt" or ".srt";
}
