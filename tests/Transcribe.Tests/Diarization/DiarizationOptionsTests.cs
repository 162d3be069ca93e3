using System.ComponentModel.DataAnnotations;
using CallCoach.Transcribe.Diarization;

namespace CallCoach.Transcribe.Tests.Diarization;

public sealed class DiarizationOptionsTests
{
    private static List<ValidationResult> Validate(DiarizationOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void TheDefaultsAreValid()
    {
        Assert.Empty(Validate(new DiarizationOptions()));
    }

    [Fact]
    public void AHopLongerThanTheWindowIsRefusedSinceSpeechBetweenWindowsWouldBeIgnored()
    {
        var result = Assert.Single(Validate(new DiarizationOptions { WindowSeconds = 1, HopSeconds = 1.5 }));

        Assert.Contains(nameof(DiarizationOptions.HopSeconds), result.MemberNames);
    }

    [Fact]
    public void ASeparationBelowOneIsRefusedSinceOneVoiceWouldCountAsTwo()
    {
        Assert.NotEmpty(Validate(new DiarizationOptions { MinSeparation = 0.9 }));
    }
}
