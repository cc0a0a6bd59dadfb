using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Shared.Configuration;

/// <summary>
/// One options record per configuration section, bound once and validated at start-up: a bad value stops the app with
/// a message naming the key, instead of surfacing minutes later inside a job.
/// </summary>
public static class OptionsRegistration
{
    public static IServiceCollection AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
