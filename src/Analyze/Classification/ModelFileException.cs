namespace CallCoach.Analyze.Classification;

/// <summary>A model file that cannot serve; the message says which file and how to fix it.</summary>
public sealed class ModelFileException(string message, Exception? inner = null) : Exception(message, inner);
