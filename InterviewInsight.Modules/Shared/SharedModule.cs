using InterviewInsight.Modules.Shared.Audit;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Mail;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.PersonalData;
using InterviewInsight.Modules.Shared.Progress;
using InterviewInsight.Modules.Shared.Settings;
using InterviewInsight.Modules.Shared.Settings.Data;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Shared;

/// <summary>Building blocks every module uses: clock, outbox, progress bus, instance settings.</summary>
public static class SharedModule
{
    public static IServiceCollection AddSharedModule(this IServiceCollection services, IConfiguration config, bool runsJobs)
    {
        services
            .AddValidatedOptions<AppOptions>(AppOptions.Section)
            .AddValidatedOptions<DataOptions>(DataOptions.Section)
            .AddValidatedOptions<MediaOptions>(MediaOptions.Section)
            .AddValidatedOptions<ModelsOptions>(ModelsOptions.Section)
            .AddValidatedOptions<JobsOptions>(JobsOptions.Section)
            .AddValidatedOptions<OutboxOptions>(OutboxOptions.Section)
            .AddValidatedOptions<AnalysisOptions>(AnalysisOptions.Section)
            .AddValidatedOptions<SmtpOptions>(SmtpOptions.Section);
        services.AddValidatedOptions<AiOptions>(AiOptions.Section);
        services.AddSingleton<IValidateOptions<AppOptions>, AppOptionsValidator>();
        services.AddSingleton<IValidateOptions<AiOptions>, AiOptionsValidator>();
        services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton<IProgressBus, InProcessProgressBus>();
        services.AddSingleton<IMediaStore, LocalMediaStore>();
        services.AddSingleton<JsonBesideRecording>();
        services.AddSingleton<PersonalDataExport>();
        services.AddModuleDbContext<SettingsDbContext, SqliteSettingsDbContext, PostgresSettingsDbContext>(config, SettingsDbContext.Module);
        services.AddSingleton<IInstanceSettings, InstanceSettings>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddTransient<OutboxDeliveryJob>();
        services.AddSingleton(new JobStoreDurability(DatabaseSettings.HangfireConnectionString(config) is not null));
        if (runsJobs)
        {
            services.AddHostedService<OutboxDispatcher>();
        }

        return services;
    }
}
