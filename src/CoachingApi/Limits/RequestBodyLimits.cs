using CallCoach.CoachingApi.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Limits;

/// <summary>
/// Kestrel's limit has to be as large as the largest recording, which is far too large for a JSON body: a gigabyte
/// of JSON sent to /api/labels would be parsed before anything could refuse it. Every request to an endpoint that
/// does not take uploads gets the JSON limit instead, before anything reads its body.
/// </summary>
public static class RequestBodyLimits
{
    public static RouteHandlerBuilder AcceptsUpload(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(Limits.AcceptsUpload.Instance);

    public static WebApplication UseRequestBodyLimits(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false } && context.GetEndpoint()?.Metadata.GetMetadata<AcceptsUpload>() is null)
            {
                feature.MaxRequestBodySize = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxJsonBytes;
            }

            return next(context);
        });
        return app;
    }

    public static bool IsUpload(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<AcceptsUpload>() is not null;
}
