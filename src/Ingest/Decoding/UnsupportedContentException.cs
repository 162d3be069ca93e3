namespace CallCoach.Ingest.Decoding;

/// <summary>
/// The content is none of the formats CallCoach reads (whatever the file is called), as opposed to a supported
/// format that is broken; the upload answers 415 for this one and 422 for the other.
/// </summary>
public sealed class UnsupportedContentException(string message) : UnreadableRecordingException(message);
