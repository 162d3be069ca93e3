using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCoach.CoachingApi.Demo;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DemoOrganisation))]
[JsonSerializable(typeof(DemoSidecar))]
internal sealed partial class DemoJson : JsonSerializerContext;

/// <summary>The sidecar a demo call is submitted with, in the fields the intake reads (README, "Sidecar metadata").</summary>
internal sealed record DemoSidecar(
    string RepId,
    string? RepName,
    string TeamId,
    string? CustomerId,
    string? CustomerTier,
    int? InteractionNumber,
    string StartedAt,
    string Source);
