using CallCoach.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Demo;

public static class DemoExtensions
{
    /// <summary>
    /// The demo seeder. Register it after the stages and jobs: the host stops services in reverse order, so it stops
    /// before the intake it submits to.
    /// </summary>
    public static IHostApplicationBuilder AddDemoOrganisation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DemoOptions>(DemoOptions.Section);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>());
        builder.Services.AddHostedService<DemoSeeder>();
        return builder;
    }
}
