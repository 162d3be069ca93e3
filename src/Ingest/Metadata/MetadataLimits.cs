namespace CallCoach.Ingest.Metadata;

/// <summary>
/// How much metadata one call may carry. A real sidecar is a few hundred bytes of flat fields; these bounds keep a
/// hostile one (a nesting bomb, a megabyte "name") from costing more than reading 64 KiB once.
/// </summary>
public static class MetadataLimits
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>The sidecar is one flat object; the depth leaves room for nothing a caller needs, and refuses bombs early.</summary>
    public const int MaxDepth = 16;

    /// <summary>Any string value or property name, in characters.</summary>
    public const int MaxStringLength = 1_000;

    /// <summary>repId, teamId, customerId and source, which are looked up, grouped by and shown in URLs.</summary>
    public const int MaxIdLength = 128;

    /// <summary>
    /// externalId, another system's id that is only stored and shown: a Teams meeting id alone is about 150 characters.
    /// </summary>
    public const int MaxExternalIdLength = 512;
}
