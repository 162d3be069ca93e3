using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCoach.Core;

public static class ValidatedOptionsExtensions
{
    /// <summary>Binds <typeparamref name="T"/> to its section and validates it at start, so bad settings stop the start.</summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
