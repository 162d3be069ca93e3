using System.Text.RegularExpressions;
using CallCoach.Testing;

namespace CallCoach.Core.Tests.Storage;

/// <summary>
/// Every query goes through parameters. EF's LINQ and FromSql/ExecuteSql with interpolation are parameterised;
/// the "Raw" methods take the SQL as written, so their SQL must be a constant, never built from strings.
/// </summary>
public sealed partial class RawSqlScanTests
{
    [GeneratedRegex(@"\b(?<method>FromSqlRaw|ExecuteSqlRaw(?:Async)?|SqlQueryRaw(?:<[^>(]*>)?)\s*\(")]
    private static partial Regex RawSqlCall();

    [GeneratedRegex(@"\$@?""|@\$""|\+|string\.(?:Format|Concat|Join)\(")]
    private static partial Regex BuiltString();

    /// <summary>Each raw-SQL call whose SQL argument is interpolated or concatenated, as "method: argument".</summary>
    public static IEnumerable<string> BuiltRawSql(string source)
    {
        foreach (Match call in RawSqlCall().Matches(source))
        {
            var argument = FirstArgument(source, call.Index + call.Length);
            if (BuiltString().IsMatch(argument))
            {
                yield return $"{call.Groups["method"].Value}: {argument.Trim()}";
            }
        }
    }

    /// <summary>The text up to the first comma or closing parenthesis outside strings and nested parentheses.</summary>
    private static string FirstArgument(string source, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '"' && (i == 0 || source[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (!inString && c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (!inString && c is ')' or ']' or '}')
            {
                if (depth-- == 0)
                {
                    return source[start..i];
                }
            }
            else if (!inString && c == ',' && depth == 0)
            {
                return source[start..i];
            }
        }

        return source[start..];
    }

    [Fact]
    public void NoRawSqlInTheSourcesIsBuiltFromStrings()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => BuiltRawSql(File.ReadAllText(f)).Select(o => $"{Path.GetRelativePath(RepositoryPaths.Root, f)}: {o}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Raw SQL built from strings; use FromSql/ExecuteSql with interpolation or LINQ:\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("db.Calls.FromSqlRaw($\"SELECT * FROM Calls WHERE RepId = '{repId}'\")")]
    [InlineData("db.Calls.FromSqlRaw(\"SELECT * FROM Calls WHERE RepId = '\" + repId + \"'\")")]
    [InlineData("await db.Database.ExecuteSqlRawAsync(\n    $@\"DELETE FROM Calls WHERE TeamId = '{team}'\", ct)")]
    [InlineData("db.Database.SqlQueryRaw<int>(string.Format(\"SELECT {0}\", x))")]
    public void TheScanFindsRawSqlBuiltFromStrings(string code)
    {
        Assert.Single(BuiltRawSql(code));
    }

    [Theory]
    [InlineData("await db.Database.ExecuteSqlRawAsync(\"PRAGMA journal_mode=WAL;\", cancellationToken)")]
    [InlineData("db.Calls.FromSqlRaw(\"SELECT * FROM Calls WHERE RepId = {0}\", repId)")]
    [InlineData("db.Calls.FromSql($\"SELECT * FROM Calls WHERE RepId = {repId}\")")]
    [InlineData("db.Database.ExecuteSqlRaw(\"DELETE FROM Calls WHERE Id = @id\", new SqliteParameter(\"@id\", id + 1))")]
    public void ConstantOrParameterisedSqlPassesTheScan(string code)
    {
        Assert.Empty(BuiltRawSql(code));
    }
}
