using CallCoach.Transcribe.Evaluation;

namespace CallCoach.Transcribe.Tests.Evaluation;

public sealed class RttmTests
{
    [Fact]
    public void SpeakerLinesBecomeTurnsAndOtherLinesArePassedOver()
    {
        string[] lines =
        [
            ";; made by hand",
            "SPEAKER call 1 0.000 4.940 <NA> <NA> rep <NA> <NA>",
            "SPKR-INFO call 1 <NA> <NA> <NA> unknown rep <NA> <NA>",
            "",
            "SPEAKER call 1 5.640 3.935 <NA> <NA> customer <NA> <NA>",
        ];

        var turns = Rttm.Parse(lines);

        Assert.Equal([new SpeakerTurn("rep", 0, 4.94), new SpeakerTurn("customer", 5.64, 9.575)], turns);
    }

    [Theory]
    [InlineData("SPEAKER call 1 zero 4.9 <NA> <NA> rep <NA> <NA>")]
    [InlineData("SPEAKER call 1 0.0 -1 <NA> <NA> rep <NA> <NA>")]
    [InlineData("SPEAKER call 1 0.0 4.9")]
    public void AMalformedSpeakerLineIsRejectedWithItsLineNumber(string line)
    {
        var error = Assert.Throws<FormatException>(() => Rttm.Parse(["SPEAKER call 1 0 1 <NA> <NA> rep <NA> <NA>", line]));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
