using CallCoach.CoachingApi.Cli;
using CallCoach.CoachingApi.Hosting;

// One-shot verbs run the stages' code without a server; anything else serves.
if (args is ["analyze", .. var analyzeArgs])
{
    return await AnalyzeCommand.RunAsync(analyzeArgs, Console.Out, Console.Error);
}

if (args is ["bench", .. var benchArgs])
{
    return await BenchCommand.RunAsync(benchArgs, Console.Out, Console.Error);
}

if (args is ["train", .. var trainArgs])
{
    return await TrainCommand.RunAsync(trainArgs, Console.Out, Console.Error);
}

if (args is ["evaluate", .. var evaluateArgs])
{
    return await EvaluateCommand.RunAsync(evaluateArgs, Console.Out, Console.Error);
}

if (args is ["classify", .. var classifyArgs])
{
    return await ClassifyCommand.RunAsync(classifyArgs, Console.In, Console.Out, Console.Error);
}

if (args is ["enroll", .. var enrollArgs])
{
    return await EnrollCommand.RunAsync(enrollArgs, Console.Out, Console.Error);
}

if (args is ["keys", .. var keysArgs])
{
    return await KeysCommand.RunAsync(keysArgs, Console.Out, Console.Error);
}

if (args is [var verb, ..] && !verb.StartsWith('-') && verb != "serve")
{
    await Console.Error.WriteLineAsync(
        $"callcoach: unknown verb '{verb}'. Use: callcoach [serve] [--urls URL] | callcoach analyze <file> [--meta <file.json>] | callcoach enroll <repId> <audio> | callcoach bench asr|classify|train … | callcoach train objection|act|all|lm|kws … | callcoach evaluate objection|act … | callcoach classify objection|act --input <file> | callcoach keys create|revoke|list …");
    return 2;
}

// Settings ship beside the binary; data and model paths still resolve against the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args is ["serve", .. var rest] ? rest : args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddCallCoachStages();
builder.AddCoachingApi();

var app = builder.Build();
app.MapCoachingApi();
await app.RunAsync();
return 0;

public partial class Program;
