using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace CallCoach.Transcribe.PocketSphinx;

/// <summary>Fails the start, naming the install command, when the library or the model is not on this machine.</summary>
public sealed class PocketSphinxOptionsValidator : IValidateOptions<PocketSphinxOptions>
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

        foreach (var file in new[] { options.LanguageModel, options.Dictionary })
        {
            if (!File.Exists(file))
            {
                problems.Add($"the model file {file} does not exist");
            }
        }

        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"PocketSphinx is not usable: {string.Join("; ", problems)}. Install it with: {PocketSphinxOptions.InstallCommand}");
    }
}
