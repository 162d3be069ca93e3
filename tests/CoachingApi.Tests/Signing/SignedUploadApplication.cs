using Microsoft.AspNetCore.Hosting;

namespace CallCoach.CoachingApi.Tests.Signing;

/// <summary>The real host with signatures required and one source, <see cref="SignedRequest.Source"/>.</summary>
public sealed class SignedUploadApplication(string dataRoot, int maxUploadMegabytes = 1024) : CallCoachApplication(dataRoot)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:Signing:Required", "true");
        builder.UseSetting($"Api:Signing:Sources:{SignedRequest.Source}:Secret", SignedRequest.Secret);
        builder.UseSetting("Api:MaxUploadMegabytes", maxUploadMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
