using CallCoach.Transcribe.PocketSphinx;

namespace CallCoach.Transcribe.Tests.PocketSphinx;

public sealed class PocketSphinxOptionsValidatorTests
{
    [Fact]
    public void InstalledModelIsValid()
    {
        var result = Recognizers.Validator().Validate(null, new PocketSphinxOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void MissingAcousticModelFailsWithTheInstallCommand()
    {
        var options = new PocketSphinxOptions { AcousticModel = "/nonexistent/pocketsphinx/en-us" };

        var result = Recognizers.Validator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("/nonexistent/pocketsphinx/en-us", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(PocketSphinxOptions.InstallCommand, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingLanguageModelAndDictionaryAreBothNamed()
    {
        var options = new PocketSphinxOptions { LanguageModel = "/nonexistent/en-us.lm.bin", Dictionary = "/nonexistent/cmudict.dict" };

        var result = Recognizers.Validator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("/nonexistent/en-us.lm.bin", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/cmudict.dict", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(PocketSphinxOptions.InstallCommand, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDomainModelFailsNamingTheVerbThatRebuildsIt()
    {
        var options = new PocketSphinxOptions { DomainLanguageModel = "lm/not-there.arpa" };

        var result = Recognizers.Validator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("not-there.arpa", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("callcoach train lm", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(PocketSphinxOptions.InstallCommand, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyDomainSettingsRunOnTheGenericModelAlone()
    {
        Assert.True(Recognizers.Validator().Validate(null, Recognizers.Generic).Succeeded);
    }

    [Theory]
    [InlineData(nameof(PocketSphinxOptions.SearchArguments), "-beam", "not pairs of a flag and its value")]
    [InlineData(nameof(PocketSphinxOptions.SearchArguments), "beam 1e-40", "'beam' is not a flag")]
    [InlineData(nameof(PocketSphinxOptions.SearchArguments), "-pl_window 10 -lw 9", "-lw is set by CallCoach's own settings")]
    [InlineData(nameof(PocketSphinxOptions.KeywordSearchArguments), "-ds", "not pairs of a flag and its value")]
    [InlineData(nameof(PocketSphinxOptions.KeywordSearchArguments), "-kws -x", "-kws is set by CallCoach's own settings")]
    public void SearchArgumentsThatAreNotFlagPairsOrThatOverrideOwnSettingsAreRefused(string setting, string arguments, string reason)
    {
        var options = setting == nameof(PocketSphinxOptions.SearchArguments)
            ? new PocketSphinxOptions { SearchArguments = arguments }
            : new PocketSphinxOptions { KeywordSearchArguments = arguments };

        var result = Recognizers.Validator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($":{setting}:", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(reason, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchArgumentsReachTheDecoderWhichRefusesAFlagItDoesNotKnow()
    {
        Assert.True(Recognizers.Validator().Validate(null, new PocketSphinxOptions { SearchArguments = "-beam 1e-40 -pl_window 10" }).Succeeded);

        var refused = Assert.Throws<InvalidOperationException>(() => Recognizers.Create(new PocketSphinxOptions { SearchArguments = "-no_such_flag 1" }));

        Assert.Contains("-no_such_flag", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeywordSearchArgumentsReachOnlyTheKeywordDecoder()
    {
        var options = new PocketSphinxOptions { KeywordSearchArguments = "-no_such_flag 1" };

        // Without keyphrases there is no keyword decoder, and the transcript's decoder never sees the flag.
        using (new PocketSphinxRecognizer(Recognizers.Files(options) with { Keywords = [] }))
        {
        }

        var refused = Assert.Throws<InvalidOperationException>(
            () => new PocketSphinxRecognizer(Recognizers.Files(options) with { Keywords = [new KeywordThreshold("budget", 0)] }));
        Assert.Contains("-no_such_flag", refused.Message, StringComparison.Ordinal);
    }
}
