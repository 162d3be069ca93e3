using System.ComponentModel.DataAnnotations;
using CallCoach.Core.Blobs;

namespace CallCoach.Core.Archive;

/// <summary>The archive container (<c>Archive:Blob</c>) and how long local copies of its recordings are kept.</summary>
public sealed class BlobArchiveOptions : BlobContainerOptions
{
    /// <summary>
    /// A local copy in <c>data/cache/audio</c> not written for this many days is removed; it is downloaded again if a
    /// stage needs it (a resumed call, a pack clip). The container keeps the recording.
    /// </summary>
    [Range(1, 3650)]
    public int CacheDays { get; set; } = 7;
}
