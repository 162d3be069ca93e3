namespace CallCoach.Core.Work;

public enum WorkTransport
{
    /// <summary>Bounded channels inside one process.</summary>
    Channels,
    /// <summary>Azure Storage queues between processes and machines, feeding each process's channels.</summary>
    Queues,
}
