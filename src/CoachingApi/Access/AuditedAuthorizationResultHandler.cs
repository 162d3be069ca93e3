using CallCoach.CoachingApi.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CallCoach.CoachingApi.Access;

/// <summary>Every refusal of a signed-in caller by role goes to the audit log; an admin should see who probes what.</summary>
public sealed class AuditedAuthorizationResultHandler(AuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            await audit.DeniedAsync(Caller.From(context.User), $"{context.Request.Method} {context.Request.Path}", context.RequestAborted);
        }

        await inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
