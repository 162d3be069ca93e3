namespace CallCoach.Analyze.Packs;

/// <summary>A response-script template of the playbook, for one axis and one objection type (or "any").</summary>
public sealed record PlaybookTemplate(
    string Id,
    string Axis,
    string Objection,
    string Title,
    string WhenToUse,
    IReadOnlyList<string> Steps,
    string Script,
    IReadOnlyList<ModelAnswer> ModelAnswers)
{
    public string Language { get; init; } = "";
}

/// <summary>A customer line of the template's kind and the answer a rep should give.</summary>
public sealed record ModelAnswer(string Customer, string Rep);
