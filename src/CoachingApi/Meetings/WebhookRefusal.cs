using Microsoft.AspNetCore.Http.HttpResults;

namespace CallCoach.CoachingApi.Meetings;

/// <summary>The two ways a webhook says no, both before anything is stored.</summary>
public static class WebhookRefusal
{
    /// <summary>401: the signature, token or client state does not prove the vendor sent it.</summary>
    public static ProblemHttpResult NotTheVendor(string vendor, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: $"The request is not a verified {vendor} event; nothing was stored.");

    /// <summary>400: verified, but not a body the vendor's documentation describes.</summary>
    public static ProblemHttpResult Unreadable(string vendor, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: $"The {vendor} event could not be read; nothing was stored.");
}
