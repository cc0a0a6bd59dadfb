using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Modules.Live.Interview.Speech;
using InterviewInsight.Modules.Live.Interview.Transcription;
using InterviewInsight.Modules.Live.QuestionSets;
using InterviewInsight.Modules.Live.Questions;
using InterviewInsight.Modules.Live.Recording;
using InterviewInsight.Modules.Live.Retakes;
using InterviewInsight.Modules.Live.Retention;
using InterviewInsight.Modules.Live.Sessions;
using InterviewInsight.Modules.Live.Turns;
using InterviewInsight.Modules.Live.Upload;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.PersonalData;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Live;

public static class LiveModule
{
    public static IServiceCollection AddLiveModule(this IServiceCollection services, IConfiguration config, bool runsJobs)
    {
        services
            .AddValidatedOptions<RetentionOptions>(RetentionOptions.Section)
            .AddModuleDbContext<LiveDbContext, SqliteLiveDbContext, PostgresLiveDbContext>(config, LiveDbContext.Module)
            .AddOutboxFor<LiveDbContext>(LiveDbContext.Module)
            .AddSingleton<ILiveApi, LiveApi>()
            .AddSingleton<SessionDeleter>()
            .AddSingleton<IPersonalDataSource, SessionsPersonalData>()
            .AddSingleton<IPersonalDataSource, QuestionSetsPersonalData>()
            .AddTransient<DeleteExpiredSessionsJob>()
            .AddSingleton<RecordingUploadReceiver>()
            .AddSingleton<ChunkReceiver>()
            .AddSingleton<AnswerListener>()
            .AddSingleton<AnswerTranscriber>()
            .AddSingleton<AnswerChunkCache>()
            .AddSingleton<TranscriptionsAhead>()
            .AddSingleton(_ => QuestionBank.Shared)
            .AddSingleton<QuestionPlanner>()
            .AddSingleton<QuestionSetStore>()
            .AddSingleton(sp => new RuleBasedTurnDecider(TurnRelevance.Options(
                sp.GetRequiredService<ModelCatalog>().ModelsPath, sp.GetRequiredService<ILogger<RuleBasedTurnDecider>>())))
            .AddSingleton<ITurnDecider>(sp => ChatEndpoint.From(sp.GetRequiredService<IOptions<AiOptions>>().Value.Chat) is { } chat
                ? ChatDecider(chat, sp.GetRequiredService<RuleBasedTurnDecider>())
                : sp.GetRequiredService<RuleBasedTurnDecider>())
            .AddSingleton<OpenInterview>()
            .AddSingleton<AskQuestion>()
            .AddSingleton<EndAnswer>()
            .AddSingleton<EndInterview>()
            .AddSingleton<RetakeQuestion>()
            .AddOpenAiCompatibleHttpClient(nameof(OpenAiCompatibleSpeechSynthesizer), OpenAiCompatibleSpeechSynthesizer.Limits)
            .AddSingleton(sp => new OpenAiCompatibleSpeechSynthesizer(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(OpenAiCompatibleSpeechSynthesizer)), sp.GetRequiredService<IOptions<AiOptions>>()))
            .AddSingleton<EspeakSpeechSynthesizer>()
            .AddSingleton<InterviewerSpeech>()
            .AddEventHandler<UserDeleted, DeleteSessionsOnUserDeleted>()
            .AddEventHandler<UserDeleted, DeleteQuestionSetsOnUserDeleted>()
            .AddEventHandler<SessionDeleted, PurgeSessionOnSessionDeleted>();
        if (runsJobs)
        {
            services.AddHostedService<ScheduleRetention>();
        }

        return services;
    }

    private static ChatTurnDecider ChatDecider(ChatEndpoint chat, RuleBasedTurnDecider rules)
    {
        var options = new ChatTurnDeciderOptions(chat.Model);
        return new ChatTurnDecider(chat.CreateClient(options.Timeout), rules, options);
    }

    public static IEndpointRouteBuilder MapLiveModule(this IEndpointRouteBuilder endpoints)
    {
        SessionEndpoints.Map(endpoints);
        RetakeEndpoints.Map(endpoints);
        QuestionSetEndpoints.Map(endpoints);
        UploadEndpoints.Map(endpoints);
        ChunkEndpoints.Map(endpoints);
        SpeechEndpoints.Map(endpoints);
        return endpoints;
    }
}
