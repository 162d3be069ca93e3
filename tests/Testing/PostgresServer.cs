using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace CallCoach.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's server binaries (scripts/setup.sh --test installs them): initdb in a
/// temp folder, pg_ctl start on 127.0.0.1 and a free port, a fresh database for each store a test asks for, and at
/// dispose a fast shutdown of its own postmaster by PID and the folder deleted. initdb refuses to run as root, so
/// as root every server command runs as the postgres user the package creates. Use it as an xUnit fixture.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Superuser = "postgres";
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    // As root the server runs as postgres, which must reach the folder: /tmp, whatever TMPDIR says.
    private readonly string folder = Path.Combine(Environment.IsPrivilegedProcess ? "/tmp" : Path.GetTempPath(), $"callcoach-pg-{Guid.NewGuid():N}");
    private readonly string password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private readonly string bin;

    public PostgresServer()
    {
        bin = FindBinaries();
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            // The password file is in there.
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.WriteAllText(Path.Combine(folder, "password"), password);
        if (Environment.IsPrivilegedProcess)
        {
            Run("chown", "-R", $"{Superuser}:", folder);
        }

        RunServerTool("initdb", "-D", DataFolder, "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={Path.Combine(folder, "password")}",
            "--encoding=UTF8", "--locale=C", "--no-instructions");
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            // Only loopback, no Unix socket (its default folder may not exist here), and no durability: it is thrown away.
            File.AppendAllText(Path.Combine(DataFolder, "postgresql.conf"), $"""

                listen_addresses = '127.0.0.1'
                port = {Port}
                unix_socket_directories = ''
                max_connections = 200
                fsync = off
                synchronous_commit = off
                full_page_writes = off

                """);
            try
            {
                RunServerTool("pg_ctl", "start", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60");
                break;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took the port between the probe and the start.
            }
        }

        Pid = int.Parse(File.ReadLines(Path.Combine(DataFolder, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public int Port { get; private set; }

    /// <summary>The postmaster's process id, which dispose stops.</summary>
    public int Pid { get; }

    private string DataFolder => Path.Combine(folder, "data");

    private string LogFile => Path.Combine(folder, "server.log");

    /// <summary>A connection string to <paramref name="database"/> on this server, as the superuser.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Password = password,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates an empty database with a name from <paramref name="label"/> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string label)
    {
        var safe = new string([.. label.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(40)]);
        var name = $"{safe}_{Guid.NewGuid():N}"[..Math.Min(63, safe.Length + 33)];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // The name is built above from letters, digits and underscores only; CREATE DATABASE takes no parameters.
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        try
        {
            // SIGINT is PostgreSQL's fast shutdown: sessions are ended, the server exits cleanly.
            Signal("INT");
            var deadline = Stopwatch.StartNew();
            while (IsRunning() && deadline.Elapsed < StopTimeout)
            {
                Thread.Sleep(100);
            }

            if (IsRunning())
            {
                Signal("KILL");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The shell's own kill, so nothing beyond Debian's essential packages is needed.</summary>
    private void Signal(string signal) =>
        Run("/bin/sh", "-c", "kill -s \"$1\" \"$2\"", "sh", signal, Pid.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private bool IsRunning() => Directory.Exists($"/proc/{Pid}") && !File.ReadAllText($"/proc/{Pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root)
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return newest is not null
            ? Path.Combine(newest, "bin")
            : throw new InvalidOperationException($"PostgreSQL's server binaries are not under {root}/<version>/bin: run scripts/setup.sh --test (apt-get install postgresql).");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>A server tool from <see cref="bin"/>, as the postgres user when this process is root.</summary>
    private void RunServerTool(string tool, params string[] args)
    {
        var program = Path.Combine(bin, tool);
        if (Environment.IsPrivilegedProcess)
        {
            Run(File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "runuser", ["-u", Superuser, "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private void Run(string program, params string[] args)
    {
        // The folder as working directory: the postgres user may not enter the test host's.
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = folder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {stdout.Result}{stderr}{log}");
        }
    }
}
