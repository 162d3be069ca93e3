namespace CallCoach.Transcribe.Evaluation;

/// <summary>Who spoke from <see cref="Start"/> to <see cref="End"/>, in seconds from the start of the call.</summary>
public sealed record SpeakerTurn(string Speaker, double Start, double End);
