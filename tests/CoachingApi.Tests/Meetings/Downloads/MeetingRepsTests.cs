using CallCoach.CoachingApi.Meetings.Downloads;
using CallCoach.Core.Reps;
using Microsoft.Extensions.Options;

namespace CallCoach.CoachingApi.Tests.Meetings.Downloads;

public sealed class MeetingRepsTests
{
    private static readonly MeetingReps Reps = new(new RepDirectory(Options.Create(new RepDirectoryOptions
    {
        DefaultTimeZone = "UTC",
        Reps =
        [
            new() { RepId = "anna", Name = "Anna Lee", TeamId = "east", TimeZone = "Asia/Shanghai", Emails = ["Anna.Lee@Example.com"], UserIds = ["zoom:anna-zoom"] },
            new() { RepId = "ben", TeamId = "west", Emails = ["ben@example.com"], UserIds = ["feishu:ou_ben"] },
        ],
    })));

    private static readonly DateTimeOffset Start = new(2026, 11, 20, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public void TheOrganiserIsTheRepWhenTheDirectoryKnowsTheirEmailWhateverItsCase()
    {
        var metadata = Reps.Map(new("zoom", "m1", MeetingPerson.Of("anna.lee@example.COM", null, "Anna"), [MeetingPerson.Of("ben@example.com", null)!], Start));

        Assert.Equal(("anna", "Anna Lee", "east", "zoom", "m1"), (metadata.RepId, metadata.RepName, metadata.TeamId, metadata.Source, metadata.ExternalId));
        Assert.Equal(TimeSpan.FromHours(8), metadata.StartedAt!.Value.Offset);
    }

    [Fact]
    public void ARepIsFoundByTheVendorsUserIdOnlyUnderThatVendor()
    {
        var byFeishuId = Reps.Map(new("feishu", "m2", MeetingPerson.Of(null, "ou_ben"), [], Start));
        var sameIdElsewhere = Reps.Map(new("zoom", "m3", MeetingPerson.Of(null, "ou_ben"), [], Start));

        Assert.Equal(("ben", "west"), (byFeishuId.RepId, byFeishuId.TeamId));
        Assert.Null(sameIdElsewhere.RepId);
    }

    [Fact]
    public void WhenTheOrganiserIsNoRepTheFirstParticipantWhoIsOneIsTaken()
    {
        var metadata = Reps.Map(new("zoom", "m4", MeetingPerson.Of("buyer@customer.example", "c1", "Buyer"),
            [MeetingPerson.Of("someone@customer.example", null)!, MeetingPerson.Of(null, "anna-zoom")!, MeetingPerson.Of("ben@example.com", null)!], Start));

        Assert.Equal("anna", metadata.RepId);
    }

    [Fact]
    public void ARepTheDirectoryGivesNoNameIsNamedAsTheVendorShowsThemWithoutControlCharacters()
    {
        var metadata = Reps.Map(new("zoom", "m6", MeetingPerson.Of("ben@example.com", null, "Ben\u0007 Okafor\n"), [], Start));

        Assert.Equal(("ben", "Ben Okafor"), (metadata.RepId, metadata.RepName));
    }

    [Fact]
    public void AMeetingWithoutAKnownRepKeepsItsSourceExternalIdAndTheVendorsZone()
    {
        var metadata = Reps.Map(new("zoom", "m5", MeetingPerson.Of("buyer@customer.example", null, "Buyer"), [], Start, "America/Los_Angeles"));

        Assert.Equal((null, null, null, "zoom", "m5"), (metadata.RepId, metadata.RepName, metadata.TeamId, metadata.Source, metadata.ExternalId));
        Assert.Equal(TimeSpan.FromHours(-8), metadata.StartedAt!.Value.Offset);
        Assert.Equal(Start, metadata.StartedAt);
    }
}
