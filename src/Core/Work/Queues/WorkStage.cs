namespace CallCoach.Core.Work.Queues;

/// <summary>The stage a queue message is for; each has a queue of its own.</summary>
public enum WorkStage
{
    Transcribe,
    Analyze,
}
