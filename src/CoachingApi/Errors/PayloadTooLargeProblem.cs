using CallCoach.CoachingApi.Hosting;
using CallCoach.CoachingApi.Limits;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Errors;

/// <summary>
/// Every 413 names the limit, whichever way it arose: Kestrel refusing the body while a minimal API binds a form (the
/// framework answers with a bare status code), the exception handler, or the signature check's own count.
/// </summary>
public static class PayloadTooLargeProblem
{
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status413PayloadTooLarge)
        {
            return;
        }

        var api = context.HttpContext.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
        if (!RequestBodyLimits.IsUpload(context.HttpContext))
        {
            context.ProblemDetails.Title = "The request is too large.";
            context.ProblemDetails.Detail = $"The request body is larger than the {api.MaxJsonKilobytes} KB limit of API requests (Api:MaxJsonKilobytes).";
            return;
        }

        context.ProblemDetails.Title = "The upload is too large.";
        context.ProblemDetails.Detail =
            $"The request body is larger than the {api.MaxUploadMegabytes} MB upload limit (Api:MaxUploadMegabytes); nothing of it was kept.";
    }
}
