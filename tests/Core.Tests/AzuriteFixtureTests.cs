using System.Net.Sockets;
using Azure.Storage.Blobs;
using CallCoach.Testing;

namespace CallCoach.Core.Tests;

/// <summary>The shared test fixture itself: both services answer, and stopping it leaves nothing listening.</summary>
public sealed class AzuriteFixtureTests
{
    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [Fact]
    public async Task BlobAndQueueServicesAnswerOnTheirOwnPortsAndAreGoneOnceTheFixtureStops()
    {
        var azurite = new Azurite();
        await azurite.InitializeAsync();
        try
        {
            Assert.NotEqual(azurite.BlobPort, azurite.QueuePort);
            var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(Azurite.NewContainerName("fixture"));
            await container.CreateAsync();
            Assert.True((await container.ExistsAsync()).Value);
            // The queue service speaks the storage protocol: an unsigned listing is refused, not dropped.
            using var http = new HttpClient();
            using var queues = await http.GetAsync(new Uri($"{azurite.QueueEndpoint}?comp=list"));
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, queues.StatusCode);
        }
        finally
        {
            await azurite.DisposeAsync();
        }

        Assert.False(await ListensAsync(azurite.BlobPort));
        Assert.False(await ListensAsync(azurite.QueuePort));
    }
}
