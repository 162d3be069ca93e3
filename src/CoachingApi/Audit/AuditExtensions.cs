namespace CallCoach.CoachingApi.Audit;

public static class AuditExtensions
{
    public static WebApplicationBuilder AddAuditLog(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddHostedService<AuditWriter>();
        return builder;
    }
}
