using System.Net.Http.Json;
using System.Text;
using CallCoach.CoachingApi.Access;

namespace CallCoach.CoachingApi.Tests.Access;

/// <summary>
/// The expected answer of every endpoint to every role, for the caller's own data, a colleague's (same team) and
/// another team's. "A" is allowed (any answer but 401, 403 or a server error), "F" is 403, "V" is 401 because only the
/// vendor's own proof opens it (meeting webhooks: our keys and roles neither open nor close them). Anonymous callers get
/// 401 everywhere but the rows marked public. A new endpoint without a row fails
/// <see cref="AuthorizationMatrixTests.EveryEndpointTheServiceMapsHasARowInTheMatrix"/>.
/// Placeholders: {rep} r1/r2/r3, {team} t1/t1/t2, {call} and {pack} one of that rep's.
/// </summary>
public static class AuthorizationMatrix
{
    public sealed record Row(string Method, string Pattern, string Path, IReadOnlyDictionary<string, string> Expect, Func<Target, HttpContent?>? Body = null)
    {
        public bool Public => Expect.Count == 0;

        public string Endpoint => $"{Method} {Pattern}";
    }

    public sealed record Target(string Name, string Rep, string Team, Guid Call, Guid Pack);

    // Who may see a rep's data: the rep themself, their team's manager, an admin.
    private static readonly Dictionary<string, string> RepData = Expect(rep: "AFF", manager: "AAF", data: "FFF", admin: "AAA", ingest: "FFF");
    private static readonly Dictionary<string, string> TeamData = Expect(rep: "FFF", manager: "AAF", data: "FFF", admin: "AAA", ingest: "FFF");
    // Team-wide reports are scoped inside (a manager's cover their teams), so every target is allowed.
    private static readonly Dictionary<string, string> Reports = Expect(rep: "FFF", manager: "AAA", data: "FFF", admin: "AAA", ingest: "FFF");
    private static readonly Dictionary<string, string> ModelWork = Expect(rep: "FFF", manager: "FFF", data: "AAA", admin: "AAA", ingest: "FFF");
    private static readonly Dictionary<string, string> Ingest = Expect(rep: "FFF", manager: "FFF", data: "FFF", admin: "AAA", ingest: "AAA");
    private static readonly Dictionary<string, string> AdminOnly = Expect(rep: "FFF", manager: "FFF", data: "FFF", admin: "AAA", ingest: "FFF");
    private static readonly Dictionary<string, string> AnySignedIn = Expect(rep: "AAA", manager: "AAA", data: "AAA", admin: "AAA", ingest: "AAA");
    private static readonly Dictionary<string, string> Public = [];
    // Meeting systems call without our credentials and prove themselves with a signature, token or client state;
    // without that proof every caller, key or not, is refused with 401 (the bodies below carry none).
    private static readonly Dictionary<string, string> VendorSigned = Expect(rep: "VVV", manager: "VVV", data: "VVV", admin: "VVV", ingest: "VVV");

    public static readonly IReadOnlyList<Row> Rows =
    [
        new("*", "/healthz", "/healthz", Public),
        new("GET,HEAD", "/reps/{id}", "/reps/{rep}", Public),
        new("GET,HEAD", "/teams/{id}", "/teams/{team}", Public),
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", AnySignedIn),

        new("GET", "/api/calls/", "/api/calls?repId={rep}", RepData),
        new("GET", "/api/calls/{id:guid}", "/api/calls/{call}", RepData),
        new("POST", "/api/calls/", "/api/calls", Ingest, _ => Upload()),
        // The matrix's calls carry no anomaly flags: allowed callers get the 409 "nothing to clear", and nothing changes.
        new("POST", "/api/calls/{id:guid}/anomalies/clear", "/api/calls/{call}/anomalies/clear", TeamData),

        new("GET", "/api/reps/{id}/radar", "/api/reps/{rep}/radar", RepData),
        new("GET", "/api/reps/{id}/radar.svg", "/api/reps/{rep}/radar.svg", RepData),
        new("GET", "/api/teams/{id}/radar", "/api/teams/{team}/radar", TeamData),

        new("POST", "/api/packs/generate", "/api/packs/generate", Expect(rep: "FFF", manager: "AAF", data: "FFF", admin: "AAA", ingest: "FFF"), t => JsonContent.Create(new { repId = t.Rep })),
        new("GET", "/api/packs/{id:guid}", "/api/packs/{pack}", RepData),
        new("GET", "/api/packs/{id:guid}/clip.wav", "/api/packs/{pack}/clip.wav", RepData),
        new("GET", "/api/reps/{id}/packs", "/api/reps/{rep}/packs", RepData),
        new("GET", "/api/teams/{id}/packs", "/api/teams/{team}/packs", TeamData),

        new("GET", "/api/reports/coaching-effect", "/api/reports/coaching-effect", Reports),
        new("GET", "/api/reports/lost-deals", "/api/reports/lost-deals", Reports),
        new("POST", "/api/outcomes/", "/api/outcomes", Ingest, t => JsonContent.Create(new { customerId = $"c-{t.Rep}", result = "lost", amount = 100m, closedAt = DateTimeOffset.UtcNow })),
        new("GET", "/api/outcomes/", "/api/outcomes", Reports),

        new("GET", "/api/models/", "/api/models", ModelWork),
        new("GET", "/api/models/{name}/card", "/api/models/objection/card", ModelWork),
        // An unknown model: allowed callers get the model's 404, after authorization, without starting a training run.
        new("POST", "/api/models/{name}/train", "/api/models/nosuch/train", ModelWork, _ => JsonContent.Create(new { })),
        new("GET", "/api/models/{name}/training/{id:guid}", $"/api/models/objection/training/{Guid.Empty}", ModelWork),
        new("POST", "/api/models/{name}/promote", "/api/models/nosuch/promote", ModelWork, _ => JsonContent.Create(new { version = "v0" })),
        new("POST", "/api/models/{name}/rollback", "/api/models/nosuch/rollback", ModelWork),
        new("POST", "/api/labels/", "/api/labels", ModelWork, _ => JsonContent.Create(new { })),
        new("GET", "/api/labels/", "/api/labels", ModelWork),

        new("GET", "/api/keys/", "/api/keys", AdminOnly),
        new("POST", "/api/keys/", "/api/keys", AdminOnly, _ => JsonContent.Create(new { role = Roles.Data, name = "matrix" })),
        new("DELETE", "/api/keys/{id}", "/api/keys/nosuchkey0", AdminOnly),
        new("GET", "/api/audit/", "/api/audit", AdminOnly),

        new("GET", "/api/work/", "/api/work", AdminOnly),
        new("GET", "/api/work/parked", "/api/work/parked", AdminOnly),
        // A call that is not parked: admins get the 404 ProblemDetails after authorization, and nothing is queued.
        new("POST", "/api/work/parked/{id:guid}/requeue", "/api/work/parked/{call}/requeue", AdminOnly),
        new("POST", "/api/meetings/zoom", "/api/meetings/zoom", VendorSigned, _ => JsonContent.Create(new { @event = "recording.completed", payload = new { } })),
        new("POST", "/api/meetings/teams", "/api/meetings/teams", VendorSigned, _ => JsonContent.Create(new { value = new[] { new { clientState = "guessed", changeType = "created" } } })),
        new("POST", "/api/meetings/feishu", "/api/meetings/feishu", VendorSigned, _ => JsonContent.Create(new { schema = "2.0", header = new { token = "guessed", event_type = "vc.meeting.recording_ready_v1" } })),
    ];

    public static string Fill(string path, Target target) => path
        .Replace("{rep}", target.Rep, StringComparison.Ordinal)
        .Replace("{team}", target.Team, StringComparison.Ordinal)
        .Replace("{call}", target.Call.ToString(), StringComparison.Ordinal)
        .Replace("{pack}", target.Pack.ToString(), StringComparison.Ordinal);

    private static Dictionary<string, string> Expect(string rep, string manager, string data, string admin, string ingest) => new()
    {
        [Roles.Rep] = rep,
        [Roles.Manager] = manager,
        [Roles.Data] = data,
        [Roles.Admin] = admin,
        [Roles.Ingest] = ingest,
    };

    private static MultipartFormDataContent Upload() => new()
    {
        { new ByteArrayContent(Encoding.UTF8.GetBytes("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Rep>Hello from the matrix.\n")), "file", "matrix.vtt" },
        { new StringContent("""{"repId":"r9","teamId":"t9"}"""), "metadata" },
    };
}
