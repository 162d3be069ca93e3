using System.Text.RegularExpressions;
using Azure.Storage.Blobs;

namespace CallCoach.Core.Blobs;

/// <summary>
/// One container of an Azure Storage account (or Azurite): the archive and the blob source each name theirs this way.
/// Checked without calling Azure, since a start must not depend on the network; messages never show the connection
/// string, which carries the account key.
/// </summary>
public partial class BlobContainerOptions
{
    /// <summary>An Azure Storage connection string: the account's, a SAS one, or <c>UseDevelopmentStorage=true</c>.</summary>
    public string? ConnectionString { get; set; }

    public string? Container { get; set; }

    /// <summary>Anything set at all: a half-configured container is an error, not "off".</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(Container);

    // Azure's rule: 3–63 characters, lowercase letters, digits and single hyphens, starting and ending with a letter or digit.
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();

    /// <summary>What is wrong, each naming its key under <paramref name="section"/>; empty when usable.</summary>
    public IEnumerable<string> Problems(string section)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return $"{section}:ConnectionString is required";
        }
        else if (!Parses(ConnectionString))
        {
            yield return $"{section}:ConnectionString is not an Azure Storage connection string (its value is not shown: it holds the account key)";
        }

        if (string.IsNullOrWhiteSpace(Container))
        {
            yield return $"{section}:Container is required";
        }
        else if (!ContainerName().IsMatch(Container))
        {
            yield return $"{section}:Container '{Container}' is not a container name: 3-63 lowercase letters, digits and single hyphens";
        }
    }

    /// <summary>The SDK's defaults (retries with back-off included) unless a test wants an unreachable account to fail fast.</summary>
    internal BlobClientOptions? ClientOptions { get; init; }

    public BlobServiceClient CreateServiceClient() => new(ConnectionString, ClientOptions ?? new BlobClientOptions());

    public BlobContainerClient CreateClient() => CreateServiceClient().GetBlobContainerClient(Container);

    private static bool Parses(string connectionString)
    {
        try
        {
            // Only parses; nothing is sent until the first request.
            _ = new BlobServiceClient(connectionString);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
