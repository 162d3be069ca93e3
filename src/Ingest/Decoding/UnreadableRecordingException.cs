namespace CallCoach.Ingest.Decoding;

/// <summary>The input cannot be turned into a call. The message is the reason written beside the quarantined file.</summary>
public class UnreadableRecordingException : Exception
{
    public UnreadableRecordingException(string message) : base(message) { }
    public UnreadableRecordingException(string message, Exception inner) : base(message, inner) { }
}
