using CallCoach.Testing;

namespace CallCoach.Analyze.Tests.Privacy;

/// <summary>
/// A redaction test set in Privacy/Data: tab-separated <c>lang text expected</c> with a header, where expected is
/// <c>-</c> or <c>CATEGORY:exact substring</c> items joined by <c> | </c> (PHONE, EMAIL, ID, CARD).
/// </summary>
internal sealed record PiiTestSet(string Name, IReadOnlyList<PiiExample> Examples)
{
    public static readonly IReadOnlyList<string> Categories = ["PHONE", "EMAIL", "ID", "CARD"];

    public static PiiTestSet Load(string fileName)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "Analyze.Tests", "Privacy", "Data", fileName);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != "lang\ttext\texpected")
        {
            throw new InvalidDataException($"{fileName}: the first line must be the header 'lang<TAB>text<TAB>expected'.");
        }

        return new PiiTestSet(fileName, [.. lines.Skip(1).Select((line, i) => (line, number: i + 2)).Where(l => l.line.Length > 0).Select(l => Parse(fileName, l.number, l.line))]);
    }

    private static PiiExample Parse(string fileName, int number, string line)
    {
        var fields = line.Split('\t');
        if (fields.Length != 3)
        {
            throw new InvalidDataException($"{fileName}:{number}: expected 3 tab-separated fields, found {fields.Length}.");
        }

        var expected = fields[2] == "-"
            ? []
            : fields[2].Split(" | ").Select(item =>
            {
                var colon = item.IndexOf(':', StringComparison.Ordinal);
                var category = colon > 0 ? item[..colon] : "";
                if (!Categories.Contains(category) || !fields[1].Contains(item[(colon + 1)..], StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"{fileName}:{number}: '{item}' is not CATEGORY:substring of the text.");
                }

                return new PiiItem(category, item[(colon + 1)..]);
            }).ToList();
        return new PiiExample(number, fields[0], fields[1], expected);
    }
}

internal sealed record PiiExample(int Line, string Language, string Text, IReadOnlyList<PiiItem> Expected);

internal sealed record PiiItem(string Category, string Value);
