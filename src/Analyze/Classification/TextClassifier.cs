namespace CallCoach.Analyze.Classification;

/// <summary>
/// The serving classifier of one kind. The model it uses can be swapped while calls run (promotion, rollback):
/// each call reads the current version once and finishes on it.
/// </summary>
public sealed class TextClassifier(LoadedClassifier initial)
{
    private volatile LoadedClassifier current = initial;

    public ClassifierKind Kind => current.Kind;

    public LoadedClassifier Current => current;

    public Classification Classify(string text) => current.Classify(text);

    public void Use(LoadedClassifier model)
    {
        if (model.Kind != Kind)
        {
            throw new ArgumentException($"A {model.Kind.Name} model cannot serve as the {Kind.Name} classifier.", nameof(model));
        }

        current = model;
    }
}
