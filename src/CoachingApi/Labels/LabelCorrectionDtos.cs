using CallCoach.Core.Storage;

namespace CallCoach.CoachingApi.Labels;

/// <summary>A corrected label for a text, or for a stored segment (callId and segmentIndex). The model follows from the label when not given.</summary>
public sealed record LabelCorrectionRequest(string? Label, string? Text, Guid? CallId, int? SegmentIndex, string? Model);

public sealed record LabelCorrectionDto(long Id, string Model, string Text, string Label, Guid? CallId, int? SegmentIndex, DateTimeOffset CreatedAt)
{
    public static LabelCorrectionDto From(LabelCorrectionRecord c) => new(c.Id, c.Model, c.Text, c.Label, c.CallId, c.SegmentIndex, c.CreatedAt);
}
