using Microsoft.AspNetCore.Hosting;

namespace CallCoach.CoachingApi.Tests.Calls;

/// <summary>
/// The real host with the anomaly flags on, as shipped (the other feature tests turn them off), and a directory in
/// which mei works in Shanghai; anyone else is in the directory's default zone, UTC. Extra settings as key/value pairs.
/// </summary>
internal sealed class FlaggingApplication(string dataRoot, params (string Key, string Value)[] settings) : CallCoachApplication(dataRoot)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingest:AnomalyFlags:Enabled", "true");
        builder.UseSetting("Directory:Reps:0:RepId", "mei");
        builder.UseSetting("Directory:Reps:0:TeamId", "east");
        builder.UseSetting("Directory:Reps:0:TimeZone", "Asia/Shanghai");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
