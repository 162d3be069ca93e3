using System.Diagnostics;
using CallCoach.Analyze.Classification;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>
/// Classification throughput on one core: the held-out utterances, cycled, classified one at a time on one thread
/// for a fixed time after a warm-up, as the pipeline classifies them (normalisation included).
/// </summary>
public static class ClassifierBenchmark
{
    public static ClassifierThroughput Run(LoadedClassifier model, IReadOnlyList<string> texts, TimeSpan duration)
    {
        foreach (var text in texts)
        {
            model.Classify(text);
        }

        var count = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            foreach (var text in texts)
            {
                model.Classify(text);
            }

            count += texts.Count;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return new ClassifierThroughput(model.Kind.Name, model.Card.Version, count, seconds, count / seconds, seconds * 1e6 / count);
    }
}

public sealed record ClassifierThroughput(string Model, string Version, int Utterances, double Seconds, double UtterancesPerSecond, double MicrosecondsPerUtterance);
