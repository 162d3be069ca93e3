namespace CallCoach.Core.Storage;

public enum TrainingJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
