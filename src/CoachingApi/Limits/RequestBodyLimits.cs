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
            var upload = context.GetEndpoint()?.Metadata.GetMetadata<AcceptsUpload>() is not null;
            // Kept in Items, which the exception handler leaves alone (it clears the endpoint), for the 413's wording.
            context.Items[UploadItem] = upload;
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false } && !upload)
            {
                feature.MaxRequestBodySize = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxJsonBytes;
            }

            return next(context);
        });
        return app;
    }

    private const string UploadItem = "callcoach.upload";

    public static bool IsUpload(HttpContext context) => context.Items.TryGetValue(UploadItem, out var upload) && upload is true;
}
