namespace CallCoach.Ingest.Transcripts;

/// <summary>One timed cue of a subtitle file, with the voice name when the file gives one.</summary>
internal sealed record TranscriptCue(double Start, double End, string? Voice, string Text);
