using CallCoach.Core.Analysis;
using CallCoach.Core.Calls;

namespace CallCoach.Analyze.Classification;

/// <summary>
/// One of the two text classifiers: what it is called (its model and data file names), whose utterances it reads,
/// its labels, and the label that means "nothing to report".
/// </summary>
public sealed record ClassifierKind(string Name, Speaker Speaker, IReadOnlyList<string> Labels, string NothingLabel)
{
    public static ClassifierKind Objection { get; } = new("objection", Speaker.Customer, ObjectionTypes.All, ObjectionTypes.None);

    public static ClassifierKind Act { get; } = new("act", Speaker.Rep, RepActs.All, RepActs.Other);

    public static IReadOnlyList<ClassifierKind> All { get; } = [Objection, Act];

    public static ClassifierKind? Find(string name) =>
        All.FirstOrDefault(kind => string.Equals(kind.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The two taxonomies share no label, so a correction's label alone says which model it is for.</summary>
    public static ClassifierKind? ForLabel(string label) => All.FirstOrDefault(kind => kind.Labels.Contains(label));
}
