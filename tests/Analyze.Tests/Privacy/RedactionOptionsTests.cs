using CallCoach.Analyze.Privacy;
using CallCoach.Core;
using CallCoach.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCoach.Analyze.Tests.Privacy;

public sealed class RedactionOptionsTests
{
    private static RedactionOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddValidatedOptions<RedactionOptions>(RedactionOptions.Section);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<RedactionOptions>>().Value;
    }

    [Fact]
    public void EveryCategoryIsRedactedUnlessConfiguredOtherwise()
    {
        var options = Bind([]);

        Assert.True(options.Enabled);
        Assert.False(options.StoreOriginal);
        Assert.Equal(PiiRedactor.AllCategories, options.CategoriesFor("any-team"));
        Assert.Equal(PiiRedactor.AllCategories, options.CategoriesFor(null));
    }

    [Fact]
    public void ATeamOverridesOnlyTheCategoriesItNamesAndItsIdIsMatchedIgnoringCase()
    {
        var options = Bind(new()
        {
            ["Privacy:Redaction:Email"] = "false",
            ["Privacy:Redaction:Teams:East:Phone"] = "false",
            ["Privacy:Redaction:Teams:support:Email"] = "true",
        });

        Assert.Equal([PiiCategory.ResidentId, PiiCategory.BankCard], options.CategoriesFor("east"));
        Assert.Equal([PiiCategory.Phone, PiiCategory.Email, PiiCategory.ResidentId, PiiCategory.BankCard], options.CategoriesFor("support"));
        Assert.Equal([PiiCategory.Phone, PiiCategory.ResidentId, PiiCategory.BankCard], options.CategoriesFor("west"));
    }

    [Fact]
    public void TheMasterSwitchTurnsEveryCategoryOffForEveryTeam()
    {
        var options = Bind(new()
        {
            ["Privacy:Redaction:Enabled"] = "false",
            ["Privacy:Redaction:Teams:east:Phone"] = "true",
        });

        Assert.Empty(options.CategoriesFor("east"));
        Assert.Empty(options.CategoriesFor(null));
    }
}
