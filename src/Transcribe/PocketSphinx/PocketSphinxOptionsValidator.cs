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
        if (SearchArgumentProblem(options.SearchArguments) is { } searchProblem)
        {
            return ValidateOptionsResult.Fail($"{PocketSphinxOptions.Section}:SearchArguments: {searchProblem}");
        }

        if (SearchArgumentProblem(options.KeywordSearchArguments) is { } keywordProblem)
        {
            return ValidateOptionsResult.Fail($"{PocketSphinxOptions.Section}:KeywordSearchArguments: {keywordProblem}");
        }

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

    // Set from the other options or by the recognizer itself; given twice, PocketSphinx would take the last silently.
    private static readonly HashSet<string> OwnedFlags = new(StringComparer.Ordinal)
    {
        "-hmm", "-dict", "-samprate", "-lw", "-wip", "-featparams", "-cmn", "-lm", "-lmctl", "-kws", "-keyphrase", "-jsgf", "-fsg", "-logfn",
    };

    private static string? SearchArgumentProblem(string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length % 2 != 0)
        {
            return $"'{arguments}' is not pairs of a flag and its value";
        }

        for (var i = 0; i < words.Length; i += 2)
        {
            if (!words[i].StartsWith('-'))
            {
                return $"'{words[i]}' is not a flag (flags start with '-')";
            }

            if (OwnedFlags.Contains(words[i]))
            {
                return $"{words[i]} is set by CallCoach's own settings, not here";
            }
        }

        return null;
    }

    private static List<string> Missing(params string[] files) =>
        [.. files.Where(f => !File.Exists(f)).Select(f => $"the model file {f} does not exist")];
}
