using CallCoach.CoachingApi.Hosting;
using CallCoach.Core.Paths;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Signing;

/// <summary>
/// Verifies the signature of endpoints marked <see cref="RequiresSignedBody"/> before anything binds their body.
/// It must be middleware, not an endpoint filter: filters run after minimal APIs have already read the form.
/// Headers are checked first, so a request from nobody is refused before a byte of its body is stored.
/// </summary>
public sealed class SignedBodyMiddleware(
    RequestDelegate next,
    SignatureCheck check,
    IOptions<SigningOptions> signing,
    IOptions<ApiOptions> api,
    IOptions<DataOptions> data,
    IProblemDetailsService problems,
    ILogger<SignedBodyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequiresSignedBody>() is null)
        {
            await next(context);
            return;
        }

        var headers = SignatureHeaders.From(context.Request.Headers);
        if (headers.NonePresent && !signing.Value.Required)
        {
            await next(context);
            return;
        }

        var (claim, rejection) = check.Start(headers);
        if (claim is null)
        {
            await RefuseAsync(context, rejection!);
            return;
        }

        await using var spool = await BodySpool.CreateAsync(context.Request.Body, data.Value.Uploads, claim, api.Value.MaxUploadBytes, context.RequestAborted);
        rejection = check.Finish(claim, spool.Mac);
        if (rejection is not null)
        {
            await RefuseAsync(context, rejection);
            return;
        }

        context.Request.Body = spool.Body;
        await next(context);
    }

    private async Task RefuseAsync(HttpContext context, SignatureRejection rejection)
    {
        logger.LogWarning("Refused a signed request to {Path}: {Detail}", context.Request.Path, rejection.Detail);
        context.Response.StatusCode = rejection.Status;
        // TryWrite: a client that accepts no JSON still gets the status code.
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = rejection.Status, Title = rejection.Title, Detail = rejection.Detail },
        });
    }
}
