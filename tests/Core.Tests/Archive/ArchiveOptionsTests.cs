using System.ComponentModel.DataAnnotations;
using CallCoach.Core.Archive;

namespace CallCoach.Core.Tests.Archive;

public sealed class ArchiveOptionsTests
{
    private const string AccountKey = "c2VjcmV0LWtleS10aGF0LW11c3Qtbm90LWxlYWs=";

    private static List<string> Problems(ArchiveOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }

    [Fact]
    public void TheFolderStoreNeedsNothing() => Assert.Empty(Problems(new ArchiveOptions()));

    [Fact]
    public void TheBlobStoreWithAContainerAndAConnectionStringIsValid() =>
        Assert.Empty(Problems(new ArchiveOptions
        {
            Store = AudioStoreKind.Blob,
            Blob = new BlobArchiveOptions { ConnectionString = "UseDevelopmentStorage=true", Container = "callcoach-audio" },
        }));

    [Fact]
    public void TheBlobStoreWithoutItsSettingsNamesBothKeys()
    {
        var problems = Problems(new ArchiveOptions { Store = AudioStoreKind.Blob });

        Assert.Contains(problems, p => p.Contains("Archive:Blob:ConnectionString is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Archive:Blob:Container is required", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Calls")]
    [InlineData("ab")]
    [InlineData("call--audio")]
    [InlineData("-calls")]
    [InlineData("calls_2026")]
    public void AContainerNameAzureWouldRefuseIsRefusedAtStart(string container)
    {
        var problems = Problems(new ArchiveOptions
        {
            Store = AudioStoreKind.Blob,
            Blob = new BlobArchiveOptions { ConnectionString = "UseDevelopmentStorage=true", Container = container },
        });

        Assert.Contains(problems, p => p.Contains($"'{container}' is not a container name", StringComparison.Ordinal));
    }

    [Fact]
    public void ABrokenConnectionStringIsRefusedWithoutShowingTheKey()
    {
        var problems = Problems(new ArchiveOptions
        {
            Store = AudioStoreKind.Blob,
            Blob = new BlobArchiveOptions { ConnectionString = $"AccountName=x;AccountKey={AccountKey};BlobEndpoint=not a uri", Container = "calls" },
        });

        var problem = Assert.Single(problems);
        Assert.Contains("Archive:Blob:ConnectionString is not an Azure Storage connection string", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountKey, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void BlobSettingsWhileTheFolderStoreIsChosenAreAMistakeNotSilentlyIgnored()
    {
        var problems = Problems(new ArchiveOptions { Blob = new BlobArchiveOptions { Container = "calls" } });

        Assert.Contains("set Archive:Store=Blob", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ACacheKeptForNoDaysIsRefused()
    {
        var problems = Problems(new ArchiveOptions
        {
            Store = AudioStoreKind.Blob,
            Blob = new BlobArchiveOptions { ConnectionString = "UseDevelopmentStorage=true", Container = "calls", CacheDays = 0 },
        });

        Assert.Contains("Archive:Blob: The field CacheDays", Assert.Single(problems), StringComparison.Ordinal);
    }
}
