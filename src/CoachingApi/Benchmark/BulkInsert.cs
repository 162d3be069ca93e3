using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCoach.CoachingApi.Benchmark;

/// <summary>
/// Writes many rows straight into SQLite with one prepared statement per table, taking table names, column names
/// and value conversions from the EF model, so the rows are exactly what the service itself would store. Only the
/// benchmark seeder needs a million rows in seconds; everything else goes through EF.
/// </summary>
internal static class BulkInsert
{
    public static void Rows<T>(DbContext db, SqliteConnection connection, SqliteTransaction transaction, IEnumerable<T> rows)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never || p.ClrType != typeof(long)).ToList();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{entity.GetTableName()}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""))}) " +
                              $"VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})";
        var parameters = properties.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToList();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                var value = properties[i].PropertyInfo!.GetValue(row);
                var converter = properties[i].GetTypeMapping().Converter;
                parameters[i].Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) switch
                {
                    null => DBNull.Value,
                    Guid guid => guid.ToString().ToUpperInvariant(),
                    var v => v,
                };
            }

            command.ExecuteNonQuery();
        }
    }
}
