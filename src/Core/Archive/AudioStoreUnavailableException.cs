namespace CallCoach.Core.Archive;

/// <summary>
/// The archive could not be reached or refused the request (network, credentials, throttling). Not the recording's
/// fault: whatever was being stored stays where it was, and a call being resumed stays as it is, to be tried again.
/// </summary>
public sealed class AudioStoreUnavailableException(string message, Exception inner) : Exception(message, inner);
