using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Access;

/// <summary>
/// The first start of an empty store has no key to open the API with. It creates an admin key and writes it to a
/// file only the service's user can read, never to the log; later starts leave keys alone.
/// </summary>
public sealed class AdminKeyBootstrap(ApiKeys keys, IOptions<AuthOptions> auth, IOptions<DataOptions> data, ILogger<AdminKeyBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (auth.Value.BootstrapAdminKeyFile is not { Length: > 0 } name || await keys.AnyActiveAdminAsync(cancellationToken))
        {
            return;
        }

        var created = await keys.CreateAsync(Roles.Admin, null, [], "bootstrap", cancellationToken);
        var path = Path.Combine(Path.GetFullPath(data.Value.Root), name);
        // This may run before anything else has made the data folder: on a shared store the other stages may have
        // nothing local to write yet.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var file = new FileStream(path, options))
        await using (var writer = new StreamWriter(file))
        {
            await writer.WriteLineAsync(created.Key.AsMemory(), cancellationToken);
        }

        logger.LogWarning(
            "No admin API key existed, so key {KeyId} was created and written to {Path}. Send it as the X-Api-Key header, create narrower keys with `callcoach keys create`, and delete the file.",
            created.Id, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
