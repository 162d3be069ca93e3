using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CallCoach.Core.Storage;

/// <summary>
/// A SQLite store made before migrations: releases up to issue 6 created the schema with EnsureCreated and added what
/// a newer release needed at each start, so such a store has its tables but no __EFMigrationsHistory. It is brought
/// to the first migration's shape by adding what is missing (tables, indexes, columns that may be null or have a
/// default), and that migration is then recorded as applied, so every later migration applies as usual. Nothing is
/// dropped or rewritten; a missing column that cannot be added without a value stops the start with its name.
/// </summary>
public static class PreMigrationStore
{
    /// <returns>What was changed, one line each; nothing for a store that has migrations already, or no tables yet.</returns>
    public static async Task<IReadOnlyList<string>> BaselineAsync(CallCoachDbContext db, CancellationToken ct)
    {
        if (await db.GetService<IHistoryRepository>().ExistsAsync(ct))
        {
            return [];
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var tables = await NamesAsync(connection, "table", ct);
            if (tables.Count == 0)
            {
                return [];
            }

            var migrations = db.GetService<IMigrationsAssembly>();
            var (initialId, initialType) = migrations.Migrations.First();
            var initial = migrations.CreateMigration(initialType, db.Database.ProviderName!);
            var indexes = await NamesAsync(connection, "index", ct);
            var missing = new List<MigrationOperation>();
            var changes = new List<string>();
            foreach (var operation in initial.UpOperations)
            {
                switch (operation)
                {
                    case CreateTableOperation table when !tables.Contains(table.Name):
                        missing.Add(table);
                        changes.Add($"created {table.Name}");
                        break;
                    case CreateTableOperation table:
                        var columns = await ColumnsAsync(connection, table.Name, ct);
                        foreach (var column in table.Columns.Where(c => !columns.Contains(c.Name)))
                        {
                            missing.Add(AddColumn(table, column));
                            changes.Add($"added column {table.Name}.{column.Name}");
                        }

                        break;
                    case CreateIndexOperation index when !indexes.Contains(index.Name):
                        missing.Add(index);
                        changes.Add($"created {index.Name}");
                        break;
                }
            }

            var history = db.GetService<IHistoryRepository>();
            var statements = db.GetService<IMigrationsSqlGenerator>().Generate(missing).Select(c => c.CommandText)
                .Append(history.GetCreateIfNotExistsScript())
                .Append(history.GetInsertScript(new HistoryRow(initialId, ProductInfo.GetVersion())));
            await using var transaction = await connection.BeginTransactionAsync(ct);
            foreach (var statement in statements)
            {
                // The SQL comes from the compiled migration and EF's generator, never from input.
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync(ct);
            }

            await transaction.CommitAsync(ct);
            changes.Add($"recorded migration {initialId} as applied");
            return changes;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static AddColumnOperation AddColumn(CreateTableOperation table, AddColumnOperation column)
    {
        if (!column.IsNullable && column.DefaultValue is null && column.DefaultValueSql is null)
        {
            throw new InvalidOperationException(
                $"The store lacks the column {table.Name}.{column.Name}, which this CallCoach needs and cannot add without a value. Move the data folder aside and start again, or upgrade through the release that added it.");
        }

        column.Table = table.Name;
        column.Schema = table.Schema;
        return column;
    }

    private static async Task<HashSet<string>> NamesAsync(DbConnection connection, string type, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = $type AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_EF%' ESCAPE '\\'";
        AddParameter(command, "$type", type);
        return await ReadAsync(command, ct);
    }

    private static async Task<HashSet<string>> ColumnsAsync(DbConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        AddParameter(command, "$table", table);
        return await ReadAsync(command, ct);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
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
