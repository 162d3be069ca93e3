using CallCoach.Core.Archive;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CallCoach.CoachingApi.Errors;

/// <summary>Maps the exceptions a client can cause to ProblemDetails; anything else is a 500 without internals.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read."),
            InvalidDataException => (StatusCodes.Status400BadRequest, "The request could not be read."),
            // Nothing was taken and nothing is lost: the sender still has the recording and may send it again.
            AudioStoreUnavailableException => (StatusCodes.Status503ServiceUnavailable, "The archive is out of reach; nothing was taken, send it again later."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = title,
                Detail = status < 500 ? exception.Message : null,
            },
        });
    }
}
