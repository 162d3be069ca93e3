using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CallCoach.CoachingApi.Tests.Pages;

/// <summary>
/// <see cref="CallCoachApplication"/> on a real Kestrel socket (127.0.0.1, a free port), because a browser cannot
/// reach the in-memory test server. Everything else about the host is the same.
/// </summary>
public sealed class ServedCallCoachApplication : CallCoachApplication
{
    public ServedCallCoachApplication(string dataRoot)
        : base(dataRoot)
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server and returns where it listens.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }
}
