using System.Diagnostics.CodeAnalysis;

namespace CallCoach.Core.Archive;

/// <summary>How a call's row names audio kept in a blob container: <c>blob://&lt;container&gt;/&lt;name&gt;</c>.</summary>
public static class BlobLocation
{
    public const string Scheme = "blob://";

    public static string Format(string container, string name) => $"{Scheme}{container}/{name}";

    public static bool TryParse(string location, [NotNullWhen(true)] out string? container, [NotNullWhen(true)] out string? name)
    {
        container = name = null;
        if (!location.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = location[Scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            return false;
        }

        (container, name) = (rest[..slash], rest[(slash + 1)..]);
        return true;
    }
}
