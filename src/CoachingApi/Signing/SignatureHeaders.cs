namespace CallCoach.CoachingApi.Signing;

/// <summary>
/// The three headers of a signed body. The signature is HMAC-SHA256 with the source's secret over the ASCII
/// timestamp, a dot, and the raw body bytes, sent as "sha256=" and 64 lowercase hex digits.
/// </summary>
public sealed record SignatureHeaders(string? Source, string? Timestamp, string? Signature)
{
    public const string SourceHeader = "X-CallCoach-Source";
    public const string TimestampHeader = "X-CallCoach-Timestamp";
    public const string SignatureHeader = "X-CallCoach-Signature";
    public const string SignaturePrefix = "sha256=";

    public static SignatureHeaders From(IHeaderDictionary headers) =>
        new(Single(headers, SourceHeader), Single(headers, TimestampHeader), Single(headers, SignatureHeader));

    public bool NonePresent => Source is null && Timestamp is null && Signature is null;

    public IReadOnlyList<string> Missing =>
        [.. new[] { (SourceHeader, Source), (TimestampHeader, Timestamp), (SignatureHeader, Signature) }.Where(h => h.Item2 is null).Select(h => h.Item1)];

    /// <summary>A header sent twice counts as present but unusable (""), so it is refused, never guessed between.</summary>
    private static string? Single(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) ? values.Count == 1 ? values[0]?.Trim() ?? string.Empty : string.Empty : null;
}
