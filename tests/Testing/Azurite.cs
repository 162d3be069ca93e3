using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Xunit;

namespace CallCoach.Testing;

/// <summary>
/// Azurite, the real Azure Storage emulator, with its blob and queue services on loopback at ports the system picks
/// and a workspace of their own, for as long as the fixture lives. <c>scripts/setup.sh --test</c> installs it into
/// <c>.tools/azurite</c>. Each service is started as <c>node &lt;its main.js&gt;</c>, not through npx, so the process
/// this fixture holds is the server itself and stopping it by its id leaves nothing running.
/// </summary>
public sealed partial class Azurite : IAsyncLifetime
{
    /// <summary>Azurite's one built-in account; its key is published in Azure's documentation and is no secret.</summary>
    public const string AccountName = "devstoreaccount1";

    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory workspace = new("azurite");
    private readonly List<Server> servers = [];

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public string BlobEndpoint => $"http://127.0.0.1:{BlobPort}/{AccountName}";

    public string QueueEndpoint => $"http://127.0.0.1:{QueuePort}/{AccountName}";

    public string ConnectionString => ConnectionStringFor(BlobPort, QueuePort);

    /// <summary>A container name no other test uses: the fixture is shared, so each test takes containers of its own.</summary>
    public static string NewContainerName(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>The same account on loopback ports that were just free: nothing answers, as when storage is out of reach.</summary>
    public static string UnreachableConnectionString() => ConnectionStringFor(FreePort(), FreePort());

    private static string ConnectionStringFor(int blobPort, int queuePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};";

    /// <summary>The installed package; the tests fail with what to run when it is missing rather than skip.</summary>
    public static string PackageFolder => Path.Combine(RepositoryPaths.Root, ".tools", "azurite", "node_modules", "azurite");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(PackageFolder, "package.json")))
        {
            throw new InvalidOperationException($"Azurite is not installed in {PackageFolder}: run scripts/setup.sh --test");
        }

        BlobPort = await StartAsync("blob", "--blobHost", "--blobPort");
        QueuePort = await StartAsync("queue", "--queueHost", "--queuePort");
    }

    public async Task DisposeAsync()
    {
        foreach (var server in servers)
        {
            await server.StopAsync();
        }

        workspace.Dispose();
    }

    /// <summary>
    /// Starts one service on port 0, so the system gives it a free port with no window for another process to take it,
    /// reads the port from the line the service prints once it listens, then waits until it answers HTTP.
    /// </summary>
    private async Task<int> StartAsync(string service, string hostOption, string portOption)
    {
        var location = Path.Combine(workspace.Path, service);
        Directory.CreateDirectory(location);
        var server = new Server(Path.Combine(PackageFolder, "dist", "src", service, "main.js"), location, [hostOption, "127.0.0.1", portOption, "0"]);
        var port = await server.ListeningPortAsync(StartTimeout);
        if (port is { } listening && await server.AnswersAsync(listening, StartTimeout))
        {
            servers.Add(server);
            return listening;
        }

        throw new InvalidOperationException($"azurite-{service} did not start: {await server.StopAsync()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>One Azurite service process, with the last lines it printed for the message when it fails.</summary>
    private sealed partial class Server
    {
        private readonly Process process;
        private readonly Queue<string> output = new();
        private readonly TaskCompletionSource<int> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // "Azurite Blob service successfully listens on http://127.0.0.1:42499"
        [GeneratedRegex(@"successfully listens on https?://[^:/]+:(\d+)")]
        private static partial Regex ListensOn();

        public Server(string mainJs, string location, IReadOnlyList<string> listen)
        {
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = location,
            };
            foreach (var arg in (string[])[mainJs, .. listen, "--location", location, "--silent", "--disableTelemetry", "--skipApiVersionCheck"])
            {
                start.ArgumentList.Add(arg);
            }

            process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
            process.EnableRaisingEvents = true;
            process.Exited += (_, _) => listening.TrySetResult(0);
            // Drained so a chatty server never blocks on a full pipe.
            process.OutputDataReceived += (_, e) => Remember(e.Data);
            process.ErrorDataReceived += (_, e) => Remember(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        /// <summary>The port the server says it listens on; null if it exits or stays silent first.</summary>
        public async Task<int?> ListeningPortAsync(TimeSpan timeout)
        {
            try
            {
                var port = await listening.Task.WaitAsync(timeout);
                return port > 0 ? port : null;
            }
            catch (TimeoutException)
            {
                return null;
            }
        }

        /// <summary>Any HTTP answer, even a refusal of an unsigned request, means the server is listening.</summary>
        public async Task<bool> AnswersAsync(int port, TimeSpan timeout)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var waited = Stopwatch.StartNew();
            while (waited.Elapsed < timeout && !process.HasExited)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/{AccountName}?comp=list"));
                    return true;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(100);
                }
            }

            return false;
        }

        /// <summary>Stops the server by its own process id; nothing else is signalled.</summary>
        public async Task<string> StopAsync()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: false);
                }

                await process.WaitForExitAsync();
                lock (output)
                {
                    return $"exit {process.ExitCode}: {string.Join(' ', output)}";
                }
            }
            finally
            {
                process.Dispose();
            }
        }

        private void Remember(string? line)
        {
            if (line is null)
            {
                return;
            }

            if (ListensOn().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            lock (output)
            {
                output.Enqueue(line);
                if (output.Count > 5)
                {
                    output.Dequeue();
                }
            }
        }
    }
}
