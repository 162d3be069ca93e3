namespace CallCoach.CoachingApi.Signing;

/// <summary>Endpoint metadata: this endpoint's body must be signed (see <see cref="SignedBodyMiddleware"/>).</summary>
public sealed class RequiresSignedBody
{
    public static RequiresSignedBody Instance { get; } = new();

    private RequiresSignedBody()
    {
    }
}
