using System.Collections.Concurrent;
using CallCoach.Analyze.Classification;

namespace CallCoach.Analyze.Tests.Classification;

public sealed class TextClassifierTests
{
    private static readonly string[] Utterances =
    [
        "That's way too expensive for us",
        "今年预算已经花完了，明年再说吧",
        "I need to check with my boss first",
        "We already use Salesforce",
        "Good morning",
        "能不能便宜一点？",
        "",
    ];

    [Fact]
    public void SwappingModelsWhileManyThreadsClassifyNeverFailsAndTheLastSwapServes()
    {
        const int MinimumSwaps = 200;
        const int MinimumClassifications = 2000;
        var shipped = ShippedModels.Serving.Objection.Current;
        var small = SmallModels.Loaded(ClassifierKind.Objection, SmallModels.Train(ClassifierKind.Objection, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.NotEqual(shipped.Card.Version, small.Card.Version);
        var classifier = new TextClassifier(shipped);
        // Each answer must be one of the two models' own answers for that utterance: a swap may change which model
        // answers, never mix the two or corrupt an answer.
        var answers = Utterances.Select(u => new[] { shipped.Classify(u), small.Classify(u) }).ToList();
        var labels = new ConcurrentQueue<string>();
        var wrong = new ConcurrentQueue<string>();
        var versionsSeen = new ConcurrentDictionary<string, bool>();
        var failures = new ConcurrentQueue<Exception>();
        var done = false;

        // Dedicated threads rather than pool tasks: the OS interleaves them with the swaps below on any number of cores,
        // where busy pool tasks could starve the swapper until every read had happened before or after it.
        var readers = Enumerable.Range(0, 4).Select(reader => new Thread(() =>
        {
            try
            {
                for (var i = reader; !Volatile.Read(ref done); i++)
                {
                    versionsSeen[classifier.Current.Card.Version] = true;
                    var result = classifier.Classify(Utterances[i % Utterances.Length]);
                    labels.Enqueue(result.Label);
                    if (!answers[i % Utterances.Length].Contains(result))
                    {
                        wrong.Enqueue($"'{Utterances[i % Utterances.Length]}': {result}");
                    }
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
        })).ToList();
        readers.ForEach(r => r.Start());

        var swaps = 0;
        var last = shipped;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((swaps < MinimumSwaps || labels.Count < MinimumClassifications || versionsSeen.Count < 2)
               && failures.IsEmpty && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            last = swaps++ % 2 == 0 ? small : shipped;
            classifier.Use(last);
            Thread.Yield();
        }

        Volatile.Write(ref done, true);
        readers.ForEach(r => r.Join());

        Assert.Empty(failures);
        Assert.Empty(wrong);
        Assert.True(swaps >= MinimumSwaps, $"{swaps} swaps");
        Assert.True(labels.Count >= MinimumClassifications, $"{labels.Count} classifications");
        Assert.All(labels, label => Assert.Contains(label, ClassifierKind.Objection.Labels));
        Assert.Equal(new[] { shipped.Card.Version, small.Card.Version }.Order(StringComparer.Ordinal), versionsSeen.Keys.Order(StringComparer.Ordinal));
        Assert.Same(last, classifier.Current);
        Assert.Equal(last.Card.Version, classifier.Current.Card.Version);
        Assert.Equal(last.Classify(Utterances[1]), classifier.Classify(Utterances[1]));
    }

    [Fact]
    public void ModelOfTheOtherKindIsRefusedAndTheCurrentOneKeepsServing()
    {
        var classifier = new TextClassifier(ShippedModels.Serving.Objection.Current);

        var error = Assert.Throws<ArgumentException>(() => classifier.Use(ShippedModels.Serving.Act.Current));

        Assert.Contains("act model cannot serve as the objection classifier", error.Message, StringComparison.Ordinal);
        Assert.Same(ShippedModels.Serving.Objection.Current, classifier.Current);
        Assert.Same(ClassifierKind.Objection, classifier.Kind);
    }
}
