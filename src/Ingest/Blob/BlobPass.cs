namespace CallCoach.Ingest.Blob;

/// <summary>What one listing of the container did: each recording counts once, under what became of it in this pass.</summary>
public sealed record BlobPass(int Taken, int Quarantined, int Duplicates, int Waiting, int Failed, int AlreadySeen)
{
    public static readonly BlobPass Empty = new(0, 0, 0, 0, 0, 0);

    public bool DidAnything => Taken + Quarantined + Duplicates + Failed > 0;
}
