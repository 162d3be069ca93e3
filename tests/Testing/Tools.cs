using System.Diagnostics;

namespace CallCoach.Testing;

/// <summary>Runs the command-line tools the tests build audio with (flite, sox).</summary>
public static class Tools
{
    public static async Task RunAsync(string program, params string[] args) => await OutputAsync(program, args);

    /// <summary>Runs the tool and returns what it printed on stdout.</summary>
    public static async Task<string> OutputAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}");
        }

        return stdout;
    }
}
