using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Demo;

/// <summary>With seeding on, a missing or broken demo folder stops the start instead of a half-seeded store later.</summary>
public sealed class DemoOptionsValidator(IOptions<DataOptions> data) : IValidateOptions<DemoOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        if (!options.Seed)
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            DemoOrganisation.Read(DemoOrganisation.FolderOf(options, data.Value));
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException e)
        {
            return ValidateOptionsResult.Fail($"Demo:Seed is on, but {e.Message}. Restore models/{options.Folder} or start with --Demo:Seed=false.");
        }
    }
}
