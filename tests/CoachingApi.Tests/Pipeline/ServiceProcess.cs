using System.Diagnostics;

namespace CallCoach.CoachingApi.Tests.Pipeline;

/// <summary>
/// The built `callcoach` running as a process of its own, so a test can kill it with SIGKILL as a crash or a power cut
/// would. Settings go in as environment variables; what it logs goes to a file for when a test fails.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Uri> address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServiceProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Completes when the host reports it has started: stores open, stages and API running.</summary>
    public Task Started => started.Task;

    /// <summary>Where the API listens: the service is started on port 0 and reports the port the system gave it.</summary>
    public Task<Uri> Address => address.Task;

    /// <param name="settings">Configuration keys ("Data:Root") and their values.</param>
    public static ServiceProcess Start(IReadOnlyDictionary<string, string> settings, string logFile)
    {
        // The test host runs under the same dotnet that built the service, so the service runs under it too.
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(logFile)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "callcoach.dll"));
        start.ArgumentList.Add("serve");
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start callcoach");
        var service = new ServiceProcess(process, log);
        process.OutputDataReceived += (_, e) => service.Write(e.Data);
        process.ErrorDataReceived += (_, e) => service.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    private void Write(string? line)
    {
        if (line?.Contains("Application started", StringComparison.Ordinal) == true)
        {
            started.TrySetResult();
        }

        const string listening = "Now listening on: ";
        if (line?.IndexOf(listening, StringComparison.Ordinal) is >= 0 and var at)
        {
            address.TrySetResult(new Uri(line[(at + listening.Length)..].Trim()));
        }

        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, nothing handed back.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }

        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }
}
