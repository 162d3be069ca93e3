using System.Net;

namespace CallCoach.Transcribe.Azure;

/// <summary>Azure Speech could not recognise an utterance; the message says why and never contains the key.</summary>
public sealed class AzureSpeechException : Exception
{
    public AzureSpeechException()
    {
    }

    public AzureSpeechException(string message)
        : base(message)
    {
    }

    public AzureSpeechException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AzureSpeechException(string message, HttpStatusCode status)
        : base(message) => Status = status;

    public HttpStatusCode? Status { get; }
}
