namespace CallCoach.Core.Archive;

/// <summary>Where accepted recordings are kept: <c>Archive:Store</c>.</summary>
public enum AudioStoreKind
{
    /// <summary><c>data/audio/&lt;sha256&gt;.&lt;ext&gt;</c> on this machine.</summary>
    Folder,

    /// <summary>An Azure Blob container, with a local cache of what is being read.</summary>
    Blob,
}
