using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CallCoach.Core.Storage;

/// <summary>
/// Brings a SQLite store made by an older CallCoach up to this model by adding what is missing: tables, indexes and
/// nullable columns. EnsureCreated leaves an existing file alone, so without this a store from an earlier release
/// would stop the start at its first query of a new table. Nothing is dropped or rewritten. A required column gets
/// the value that was true of the rows made before it (<see cref="EarlierRows"/>); any other missing column that
/// cannot be added without a value stops the start with its name. (Migrations replace this with the scale-out work.)
/// </summary>
public static partial class SqliteSchemaUpgrade
{
    /// <summary>What rows made by an earlier release hold in a required column added since, as "Table.Column".</summary>
    private static readonly Dictionary<string, object> EarlierRows = new(StringComparer.Ordinal)
    {
        // Before the recording policy every call was analyzed, and said nothing about why.
        ["Calls.PolicyDecision"] = Screening.RecordingDecision.Analyze,
        ["Calls.PolicyReason"] = EarlierReleasePolicyReason,
    };

    public const string EarlierReleasePolicyReason = "stored before CallCoach had a recording policy: every call was analyzed";

    [GeneratedRegex(@"^CREATE (UNIQUE )?(TABLE|INDEX) """, RegexOptions.Multiline)]
    private static partial Regex CreateStatement();

    /// <returns>What was added, one line each.</returns>
    public static async Task<IReadOnlyList<string>> ApplyAsync(CallCoachDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var added = new List<string>();
            var before = await NamesAsync(connection, ct);
            // The model's own DDL, made idempotent: it comes from the compiled model, never from input. Tables first,
            // then the missing columns, then indexes, which may cover a column just added.
            var statements = db.Database.GenerateCreateScript().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(statement => CreateStatement().Replace(statement, m => $"CREATE {m.Groups[1].Value}{m.Groups[2].Value} IF NOT EXISTS \""))
                .ToLookup(statement => statement.Contains("CREATE TABLE", StringComparison.Ordinal));
            foreach (var statement in statements[true])
            {
                await ExecuteAsync(connection, statement, ct);
            }

            var sql = db.GetService<ISqlGenerationHelper>();
            foreach (var entity in db.Model.GetEntityTypes())
            {
                var table = entity.GetTableName()!;
                var columns = await ColumnsAsync(connection, table, ct);
                var identifier = StoreObjectIdentifier.Table(table, entity.GetSchema());
                foreach (var property in entity.GetProperties())
                {
                    var column = property.GetColumnName(identifier);
                    if (column is null || columns.Contains(column))
                    {
                        continue;
                    }

                    var definition = $"{sql.DelimitIdentifier(column)} {property.GetColumnType(identifier)}";
                    if (!property.IsColumnNullable(identifier))
                    {
                        if (!EarlierRows.TryGetValue($"{table}.{column}", out var earlier))
                        {
                            throw new InvalidOperationException(
                                $"The store lacks the column {table}.{column}, which this CallCoach needs and cannot add without a value. Move the data folder aside and start again, or upgrade through the release that added it.");
                        }

                        // SQLite adds a NOT NULL column only with a default, which every existing row then holds. The
                        // literal comes from the constant above through the column's own type mapping, never from input.
                        definition += $" NOT NULL DEFAULT {property.GetRelationalTypeMapping().GenerateSqlLiteral(earlier)}";
                    }

                    await ExecuteAsync(connection, $"ALTER TABLE {sql.DelimitIdentifier(table)} ADD COLUMN {definition}", ct);
                    added.Add($"added column {table}.{column}");
                }
            }

            foreach (var statement in statements[false])
            {
                await ExecuteAsync(connection, statement, ct);
            }

            added.InsertRange(0, (await NamesAsync(connection, ct)).Except(before).Order(StringComparer.Ordinal).Select(n => $"created {n}"));
            return added;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string statement, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = statement;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<HashSet<string>> NamesAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'";
        return await ReadAsync(command, ct);
    }

    private static async Task<HashSet<string>> ColumnsAsync(DbConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        return await ReadAsync(command, ct);
    }

    private static async Task<HashSet<string>> ReadAsync(DbCommand command, CancellationToken ct)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
