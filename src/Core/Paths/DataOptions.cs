using System.ComponentModel.DataAnnotations;
using CallCoach.Core.Storage;
using Npgsql;

namespace CallCoach.Core.Paths;

/// <summary>Where CallCoach keeps its files and its store. Relative paths resolve against the working directory.</summary>
public sealed class DataOptions : IValidatableObject
{
    public const string Section = "Data";

    /// <summary>The database: the embedded SQLite file (default) or a PostgreSQL server.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// The provider's connection string. PostgreSQL needs one (`Host=…;Database=…;Username=…;Password=…`); SQLite
    /// defaults to <see cref="Database"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    [Required]
    public string Root { get; set; } = "data";

    [Required]
    public string Models { get; set; } = "models";

    public string Inbox => Path.GetFullPath(Path.Combine(Root, "inbox"));
    public string Archive => Path.GetFullPath(Path.Combine(Root, "audio"));
    /// <summary>Local copies of recordings archived elsewhere (a blob container), read from here by the stages.</summary>
    public string AudioCache => Path.GetFullPath(Path.Combine(Root, "cache", "audio"));
    /// <summary>Files a source downloaded and has not yet handed to intake, one folder per source.</summary>
    public string Spool => Path.GetFullPath(Path.Combine(Root, "spool"));
    public string Quarantine => Path.GetFullPath(Path.Combine(Root, "quarantine"));
    /// <summary>Recordings the recording policy kept out of analysis, named by SHA-256: kept, never read by the pipeline.</summary>
    public string MetadataOnly => Path.GetFullPath(Path.Combine(Root, "metadata-only"));
    public string Uploads => Path.GetFullPath(Path.Combine(Root, "uploads"));
    /// <summary>Recordings being fetched from meeting systems, one folder per download, until the intake takes them.</summary>
    public string Downloads => Path.GetFullPath(Path.Combine(Root, "downloads"));
    /// <summary>The SQLite file when no connection string names another.</summary>
    public string Database => Path.GetFullPath(Path.Combine(Root, "callcoach.db"));

    /// <summary>What the context connects with: <see cref="ConnectionString"/>, or for SQLite the file <see cref="Database"/>.</summary>
    public string StoreConnectionString =>
        string.IsNullOrWhiteSpace(ConnectionString) && Provider == StoreProvider.Sqlite ? $"Data Source={Database}" : ConnectionString ?? "";
    /// <summary>Benchmark clips of coaching packs, one WAV per pack.</summary>
    public string Clips => Path.GetFullPath(Path.Combine(Root, "clips"));
    /// <summary>Classifier versions the service trained, one folder per model; the shipped ones stay in <see cref="Models"/>.</summary>
    public string ModelVersions => Path.GetFullPath(Path.Combine(Root, "models"));
    /// <summary>Enrolled voice profiles of reps, one <c>&lt;repId&gt;.json</c> each.</summary>
    public string Voices => Path.GetFullPath(Path.Combine(Root, "voices"));
    /// <summary>
    /// <see cref="Models"/> against the working directory; when a relative folder is not there, the copy shipped
    /// beside the binary, so `callcoach analyze` works from any folder.
    /// </summary>
    public string ModelsRoot
    {
        get
        {
            var local = Path.GetFullPath(Models);
            var shipped = Path.Combine(AppContext.BaseDirectory, Models);
            return Directory.Exists(local) || Path.IsPathRooted(Models) || !Directory.Exists(shipped) ? local : shipped;
        }
    }

    /// <summary>A model file named in configuration: rooted paths as given, others under <see cref="ModelsRoot"/>; empty means none.</summary>
    public string? ModelFile(string? path) =>
        string.IsNullOrWhiteSpace(path) ? null : Path.IsPathRooted(path) ? path : Path.Combine(ModelsRoot, path);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult("Data:Provider is sqlite or postgres.", [nameof(Provider)]);
        }

        if (Provider != StoreProvider.Postgres)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Data:ConnectionString is required when Data:Provider is postgres, e.g. Host=db.internal;Database=callcoach;Username=callcoach;Password=… (set it in the environment: Data__ConnectionString).",
                [nameof(ConnectionString)]);
            yield break;
        }

        // The message names what is wrong, never the string itself: it holds a password.
        string? problem;
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(ConnectionString);
            problem = string.IsNullOrWhiteSpace(parsed.Host) ? "it names no Host" : null;
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidCastException)
        {
            problem = error.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult($"Data:ConnectionString is not a PostgreSQL connection string: {problem}.", [nameof(ConnectionString)]);
        }
    }
}
