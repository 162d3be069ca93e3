using CallCoach.CoachingApi.Access;
using CallCoach.Core.Storage;
using CallCoach.Transcribe.VoiceProfiles;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Cli;

/// <summary>
/// `callcoach keys create --role R [--rep ID] [--team ID]… [--name TEXT]` prints a new key once, on stdout alone so a
/// script can capture it; `callcoach keys revoke ID`; `callcoach keys list`. They work on the store under Data:Root.
/// </summary>
public static class KeysCommand
{
    private const string Usage = "usage: callcoach keys create --role rep|manager|data|admin|ingest [--rep <id>] [--team <id>]… [--name <text>] | callcoach keys revoke <id> | callcoach keys list";

    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        IEnumerable<KeyValuePair<string, string?>>? settings = null,
        CancellationToken ct = default)
    {
        if (args is not ["create", ..] and not ["revoke", _] and not ["list"])
        {
            await stderr.WriteLineAsync(Usage);
            return 2;
        }

        using var host = CliHost.Build(settings);
        // The service's own start-up step: creates the store, or brings one from an earlier release up to date.
        await ActivatorUtilities.CreateInstance<DatabaseInitializer>(host.Services).StartAsync(ct);
        var contexts = host.Services.GetRequiredService<IDbContextFactory<CallCoachDbContext>>();

        var keys = new ApiKeys(contexts, TimeProvider.System);
        switch (args)
        {
            case ["revoke", var id]:
                if (await keys.RevokeAsync(id, ct))
                {
                    await stdout.WriteLineAsync($"revoked {id}");
                    return 0;
                }

                await stderr.WriteLineAsync($"callcoach: there is no key {RepIds.Printable(id)}");
                return 1;
            case ["list"]:
                foreach (var k in await keys.ListAsync(ct))
                {
                    await stdout.WriteLineAsync($"{k.Id}\t{k.Role}\trep={k.RepId ?? "-"}\tteams={k.Teams ?? "-"}\t{(k.RevokedAt is null ? "active" : $"revoked {k.RevokedAt:u}")}\t{k.Name}");
                }

                return 0;
            default:
                return await CreateAsync(args[1..], keys, stdout, stderr, ct);
        }
    }

    private static async Task<int> CreateAsync(string[] args, ApiKeys keys, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        string? role = null, rep = null, name = null;
        var teams = new List<string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i], value)
            {
                case ("--role", { } v): role = v; break;
                case ("--rep", { } v): rep = v; break;
                case ("--team", { } v): teams.Add(v); break;
                case ("--name", { } v): name = v; break;
                default:
                    await stderr.WriteLineAsync(Usage);
                    return 2;
            }
        }

        var problem = role is null ? "--role is required" : ApiKeys.Check(role, rep, teams);
        if (problem is not null)
        {
            await stderr.WriteLineAsync($"callcoach: {problem}");
            return 2;
        }

        var created = await keys.CreateAsync(role!, rep, teams, name, ct);
        await stderr.WriteLineAsync($"created key {created.Id} ({role}); it is shown once, below, and stored only as a hash");
        await stdout.WriteLineAsync(created.Key);
        return 0;
    }
}
