using System.Text.Json;
using CallCoach.Core.Paths;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.VoiceProfiles;

/// <summary>Reads and writes reps' voice profiles under <see cref="DataOptions.Voices"/>.</summary>
public sealed class VoiceProfileStore(IOptions<DataOptions> data, ILogger<VoiceProfileStore> logger)
{
    /// <exception cref="ArgumentException">The rep id is not a safe file name (see <see cref="RepIds"/>).</exception>
    public string PathFor(string repId) =>
        RepIds.Problem(repId) is { } problem
            ? throw new ArgumentException($"rep id \"{RepIds.Printable(repId)}\" cannot be used: {problem}", nameof(repId))
            : Path.Combine(data.Value.Voices, repId + ".json");

    /// <summary>Writes the profile beside its final name first, so a reader never sees half a file.</summary>
    public async Task<string> SaveAsync(VoiceProfile profile, CancellationToken ct)
    {
        var path = PathFor(profile.RepId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = File.Create(temporary))
            {
                await JsonSerializer.SerializeAsync(file, profile, VoiceProfileJson.Default.VoiceProfile, ct);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <summary>
    /// The rep's profile, or null when there is none to use. A call must still be transcribed when its sidecar
    /// names an unsafe id or the profile is damaged or from an older feature recipe, so those are logged, not thrown.
    /// </summary>
    public async Task<VoiceProfile?> FindAsync(string? repId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(repId))
        {
            return null;
        }

        if (RepIds.Problem(repId) is { } problem)
        {
            logger.LogWarning("No voice profile looked up for rep id \"{RepId}\": {Problem}", RepIds.Printable(repId), problem);
            return null;
        }

        var path = PathFor(repId);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var file = File.OpenRead(path);
            var profile = await JsonSerializer.DeserializeAsync(file, VoiceProfileJson.Default.VoiceProfile, ct);
            if (profile is { IsComparable: true })
            {
                return profile;
            }

            logger.LogWarning("Voice profile {Path} was made with other features ({Features}); enroll rep {RepId} again", path, profile?.Features, repId);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Voice profile {Path} cannot be read; enroll rep {RepId} again", path, repId);
        }

        return null;
    }
}
