namespace CallCoach.CoachingApi.Signing;

/// <summary>Why a signed request was refused, as the ProblemDetails the caller gets.</summary>
public sealed record SignatureRejection(int Status, string Title, string Detail)
{
    public static SignatureRejection Unauthorized(string detail) =>
        new(StatusCodes.Status401Unauthorized, "The request is not signed by a known source.", detail);

    public static SignatureRejection Replayed(string detail) =>
        new(StatusCodes.Status409Conflict, "The signed request was replayed.", detail);
}
