using CallCoach.Core.Audio;
using CallCoach.Core.Calls;
using CallCoach.Ingest.Decoding;
using CallCoach.Transcribe.VoiceProfiles;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach enroll &lt;repId&gt; &lt;audio&gt;`: makes the rep's voice profile from a recording of the rep and keeps it
/// under the data root, where transcription of the rep's mono calls finds it. A mono recording is taken as the rep
/// alone; of a stereo call, only the rep's channel is used.
/// </summary>
public static class EnrollCommand
{
    private const string Usage = "usage: callcoach enroll <repId> <audio>";

    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        CancellationToken ct = default)
    {
        if (args is not [var repId, var file] || file.StartsWith("--", StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        if (RepIds.Problem(repId) is { } problem)
        {
            await stderr.WriteLineAsync($"callcoach: rep id \"{RepIds.Printable(repId)}\" cannot be used: {problem}");
            return 2;
        }

        using var host = CliHost.Build(settings);
        var services = host.Services;
        try
        {
            if (!File.Exists(file))
            {
                throw new UnreadableRecordingException("no such file");
            }

            var content = services.GetRequiredService<RecordingReader>().Read(file, CallMetadata.None, ct);
            // An enrolment clip is a minute or two of the rep talking, so it is read into memory whole.
            var audio = (content.Audio ?? throw new UnreadableRecordingException("a voice is enrolled from a recording (.wav, .mp3), not a transcript")).ReadAll(ct);
            var channel = audio.Channels.Count == 1 ? 0 : Math.Max(0, content.ChannelSpeakers.ToList().IndexOf(Speaker.Rep));
            var profile = services.GetRequiredService<VoiceEnrollment>().Enroll(repId, audio.Channels[channel], audio.SampleRate, ct);
            var path = await services.GetRequiredService<VoiceProfileStore>().SaveAsync(profile, ct);
            await stdout.WriteLineAsync($"enrolled {repId}: {profile.SpeechSeconds:0.0} s of speech, {profile.Windows} voice windows, saved to {path}");
            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"callcoach: {file}: {e.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
