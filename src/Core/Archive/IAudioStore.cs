namespace CallCoach.Core.Archive;

/// <summary>
/// Where accepted recordings are kept, each under its content hash with its sidecar beside it. Stages never open an
/// archived location themselves: they ask the store for a local file. See docs/decisions/019-blob-source-and-audio-store.md.
/// </summary>
public interface IAudioStore
{
    /// <summary>
    /// Moves <paramref name="recording"/> (and <paramref name="sidecar"/>, stored as the name's <c>.json</c>) into the
    /// store under <paramref name="name"/>, a plain file name. Until it returns the files stay where they were.
    /// </summary>
    Task<StoredAudio> PutAsync(string recording, string? sidecar, string name, CancellationToken ct);

    /// <summary>
    /// The location <see cref="PutAsync"/> gives a name, known before the put: intake writes the call's row first, so
    /// a crash between the two never leaves a recording no call knows.
    /// </summary>
    string LocationOf(string name);

    /// <summary>A readable file on this machine for a stored location; plain paths from earlier releases are read where they are.</summary>
    /// <exception cref="FileNotFoundException">The location holds nothing.</exception>
    /// <exception cref="AudioStoreUnavailableException">The store could not be asked.</exception>
    Task<string> LocalFileAsync(string location, CancellationToken ct);

    Task<bool> ExistsAsync(string location, CancellationToken ct);

    /// <summary>Every recording this store holds, as locations (sidecars left out), for sweeps that look for audio with no call.</summary>
    IAsyncEnumerable<string> ListAsync(CancellationToken ct);
}
