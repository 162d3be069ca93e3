namespace CallCoach.Analyze.Classification;

/// <summary>The row ML.NET reads. Text is already normalised; Label is empty when predicting.</summary>
internal sealed class ClassifierInput
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}

/// <summary>The row ML.NET writes: the label and each label's probability.</summary>
internal sealed class ClassifierOutput
{
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
