namespace CallCoach.CoachingApi.Limits;

/// <summary>Endpoint metadata: this endpoint takes recordings, up to Api:MaxUploadMegabytes; every other body is held to Api:MaxJsonKilobytes.</summary>
public sealed class AcceptsUpload
{
    public static AcceptsUpload Instance { get; } = new();

    private AcceptsUpload()
    {
    }
}
