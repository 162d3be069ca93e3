using CallCoach.Core;
using CallCoach.Analyze.Classification;
using CallCoach.Analyze.Effectiveness;
using CallCoach.Analyze.Keywords;
using CallCoach.Analyze.Lifecycle;
using CallCoach.Analyze.Packs;
using CallCoach.Analyze.Privacy;
using CallCoach.Analyze.Radar;
using CallCoach.Analyze.Reports;
using CallCoach.Analyze.Workers;
using CallCoach.Core.Paths;
using CallCoach.Core.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze;

public static class AnalyzeStageExtensions
{
    /// <summary>The analysis without its worker: what `callcoach analyze` needs.</summary>
    public static IHostApplicationBuilder AddAnalysis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<KeywordOptions>(KeywordOptions.Section);
        builder.Services.AddValidatedOptions<EffectiveConversationOptions>(EffectiveConversationOptions.Section);
        builder.Services.AddSingleton(services =>
        {
            var models = services.GetRequiredService<IOptions<DataOptions>>().Value.ModelsRoot;
            return KeywordLexicon.Load(Path.Combine(models, services.GetRequiredService<IOptions<KeywordOptions>>().Value.Lexicon));
        });
        builder.Services.AddSingleton<EffectiveConversationRule>();
        builder.Services.AddValidatedOptions<ClassificationOptions>(ClassificationOptions.Section);
        builder.Services.AddSingleton<ServingClassifiers>();
        builder.Services.AddSingleton<UtteranceClassifier>();
        builder.Services.AddSingleton<ClassifierTrainer>();
        builder.Services.AddSingleton<LabelCorrections>();
        builder.Services.AddSingleton<ModelRegistry>();
        builder.Services.AddSingleton<TrainingQueue>();
        builder.Services.AddSingleton<ChallengerTraining>();
        builder.Services.AddValidatedOptions<RadarOptions>(RadarOptions.Section);
        builder.Services.AddSingleton<RadarQueries>();
        builder.Services.AddValidatedOptions<PackOptions>(PackOptions.Section);
        builder.Services.AddSingleton(services =>
            Playbook.Load(Path.Combine(services.GetRequiredService<IOptions<DataOptions>>().Value.ModelsRoot, "playbook")));
        builder.Services.AddSingleton<PackPlanner>();
        builder.Services.AddSingleton<ReportQueries>();
        builder.Services.AddSingleton<CallAnalyzer>();
        builder.Services.AddValidatedOptions<RedactionOptions>(RedactionOptions.Section);
        builder.Services.AddSingleton<CallRedactor>();
        return builder;
    }

    public static IHostApplicationBuilder AddAnalyzeStage(this IHostApplicationBuilder builder)
    {
        builder.AddAnalysis();
        var roles = ServeRoles.From(builder.Configuration);
        builder.Services.AddHostedService<ActiveModelLoader>();
        if (roles.Analyze)
        {
            builder.Services.AddHostedService<AnalyzeWorker>();
        }

        // Training is asked for through the API, so the processes that serve it train.
        if (roles.Api)
        {
            builder.Services.AddHostedService<ModelTrainingWorker>();
        }

        return builder;
    }
}
