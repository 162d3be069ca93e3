using System.Runtime.InteropServices;
using CallCoach.Core.Paths;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>Fails the start, naming the install command, when the library or the model is not on this machine.</summary>
public sealed class PocketSphinxOptionsValidator(IOptions<DataOptions> data) : IValidateOptions<PocketSphinxOptions>
{
    public ValidateOptionsResult Validate(string? name, PocketSphinxOptions options)
    {
        var problems = new List<string>();
        foreach (var library in new[] { PocketSphinxNative.PocketSphinxLibrary, PocketSphinxNative.SphinxBaseLibrary })
        {
            if (!NativeLibrary.TryLoad(library, out var handle))
            {
                problems.Add($"the native library {library} cannot be loaded");
            }
            else
            {
                NativeLibrary.Free(handle);
            }
        }

        if (!Directory.Exists(options.AcousticModel))
        {
            problems.Add($"the acoustic model folder {options.AcousticModel} does not exist");
        }

        problems.AddRange(Missing(options.LanguageModel, options.Dictionary));
        var domain = Missing(new[] { options.DomainLanguageModel, options.DomainDictionary, options.Keywords }.Select(data.Value.ModelFile).OfType<string>().ToArray());
        if (problems.Count > 0)
        {
            return ValidateOptionsResult.Fail(
                $"PocketSphinx is not usable: {string.Join("; ", problems.Concat(domain))}. Install it with: {PocketSphinxOptions.InstallCommand}");
        }

        return domain.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"PocketSphinx's sales-domain files are missing: {string.Join("; ", domain)}. Rebuild them with `callcoach train lm`, " +
                $"or set {PocketSphinxOptions.Section}:DomainLanguageModel, :DomainDictionary or :Keywords to an empty string to run without them.");
    }

    private static List<string> Missing(params string[] files) =>
        [.. files.Where(f => !File.Exists(f)).Select(f => $"the model file {f} does not exist")];
}
