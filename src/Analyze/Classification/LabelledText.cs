namespace CallCoach.Analyze.Classification;

/// <summary>One training or test example.</summary>
public sealed record LabelledText(string Text, string Label, string Language);
