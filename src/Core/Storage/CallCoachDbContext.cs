using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CallCoach.Core.Storage;

public sealed class CallCoachDbContext(DbContextOptions<CallCoachDbContext> options) : DbContext(options)
{
    public DbSet<CallRecord> Calls => Set<CallRecord>();
    public DbSet<SegmentRecord> Segments => Set<SegmentRecord>();
    public DbSet<KeywordHitRecord> KeywordHits => Set<KeywordHitRecord>();
    public DbSet<RedactionSpanRecord> RedactionSpans => Set<RedactionSpanRecord>();
    public DbSet<ObjectionRecord> Objections => Set<ObjectionRecord>();
    public DbSet<ActRecord> Acts => Set<ActRecord>();
    public DbSet<CallAxisScoreRecord> AxisScores => Set<CallAxisScoreRecord>();
    public DbSet<OutcomeRecord> Outcomes => Set<OutcomeRecord>();
    public DbSet<PackRecord> Packs => Set<PackRecord>();
    public DbSet<ReportRecord> Reports => Set<ReportRecord>();
    public DbSet<RadarSnapshotRecord> RadarSnapshots => Set<RadarSnapshotRecord>();
    public DbSet<LabelCorrectionRecord> LabelCorrections => Set<LabelCorrectionRecord>();
    public DbSet<ModelVersionRecord> ModelVersions => Set<ModelVersionRecord>();
    public DbSet<TrainingJobRecord> TrainingJobs => Set<TrainingJobRecord>();
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();
    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();
    public DbSet<PendingTranscriptRecord> PendingTranscripts => Set<PendingTranscriptRecord>();
    public DbSet<CallTransitionRecord> CallTransitions => Set<CallTransitionRecord>();
    public DbSet<MeetingDownloadRecord> MeetingDownloads => Set<MeetingDownloadRecord>();
    public DbSet<SourceItemRecord> SourceItems => Set<SourceItemRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CallRecord>(call =>
        {
            call.HasIndex(c => c.ContentHash).IsUnique();
            call.HasIndex(c => new { c.RepId, c.OccurredAt });
            call.HasIndex(c => new { c.TeamId, c.OccurredAt });
            call.HasIndex(c => new { c.TeamId, c.AnalyzedAt });
            // The bulk-upload rule counts a rep's recent arrivals; radar snapshots look for the latest flag change.
            call.HasIndex(c => new { c.RepId, c.ReceivedAt });
            call.HasIndex(c => new { c.TeamId, c.AnomaliesChangedAt });
            // Stores from before the recording policy gain these columns with what was true of their calls.
            call.Property(c => c.PolicyDecision).HasConversion<string>().HasMaxLength(16).HasDefaultValue(Screening.RecordingDecision.Analyze);
            call.Property(c => c.PolicyReason).HasDefaultValue(CallRecord.EarlierReleasePolicyReason);
            call.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            call.Property(c => c.RetryFrom).HasConversion<string>().HasMaxLength(16);
            // Stores from before the durable states gain the column with no failed attempts.
            call.Property(c => c.Attempts).HasDefaultValue(0);
            // The work loop's query: calls in a state to work on, oldest first.
            call.HasIndex(c => new { c.Status, c.NextAttemptAt });
            call.Property(c => c.CustomerTier).HasConversion<string>().HasMaxLength(1);
            call.HasMany(c => c.Segments).WithOne().HasForeignKey(s => s.CallId).OnDelete(DeleteBehavior.Cascade);
            call.HasMany(c => c.KeywordHits).WithOne().HasForeignKey(h => h.CallId).OnDelete(DeleteBehavior.Cascade);
            call.HasMany(c => c.Objections).WithOne().HasForeignKey(o => o.CallId).OnDelete(DeleteBehavior.Cascade);
            call.HasMany(c => c.Acts).WithOne().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Cascade);
            call.HasMany(c => c.AxisScores).WithOne().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Cascade);
            call.HasMany(c => c.Redactions).WithOne().HasForeignKey(r => r.CallId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SegmentRecord>(segment =>
        {
            segment.HasIndex(s => new { s.CallId, s.Index }).IsUnique();
            segment.Property(s => s.Speaker).HasConversion<string>().HasMaxLength(16);
            segment.HasMany(s => s.Words).WithOne().HasForeignKey(w => w.SegmentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WordRecord>(word =>
        {
            word.ToTable("Words");
            word.HasIndex(w => new { w.SegmentId, w.Index }).IsUnique();
        });
        modelBuilder.Entity<KeywordHitRecord>().HasIndex(h => new { h.CallId, h.Term });
        modelBuilder.Entity<RedactionSpanRecord>(span =>
        {
            span.HasIndex(r => new { r.CallId, r.SegmentIndex });
            span.Property(r => r.Category).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<ObjectionRecord>().HasIndex(o => new { o.CallId, o.Type });
        modelBuilder.Entity<ActRecord>().HasIndex(a => new { a.CallId, a.Type });
        modelBuilder.Entity<CallAxisScoreRecord>(score =>
        {
            score.HasIndex(a => new { a.CallId, a.Axis }).IsUnique();
            // Benchmark clips rank calls by their score on one axis.
            score.HasIndex(a => new { a.Axis, a.Score });
        });
        // One outcome per customer and closing moment: a CRM that pushes the same deal twice is answered, not doubled.
        modelBuilder.Entity<OutcomeRecord>().HasIndex(o => new { o.CustomerId, o.ClosedAt }).IsUnique();
        modelBuilder.Entity<ReportRecord>().HasIndex(r => new { r.Kind, r.Period }).IsUnique();
        modelBuilder.Entity<RadarSnapshotRecord>().HasIndex(r => r.Key).IsUnique();
        // No rep gets two packs in one week, however often generation runs or restarts.
        modelBuilder.Entity<PackRecord>(pack =>
        {
            pack.HasIndex(p => new { p.RepId, p.Week }).IsUnique();
            pack.HasIndex(p => new { p.TeamId, p.Week });
        });
        modelBuilder.Entity<LabelCorrectionRecord>().HasIndex(c => new { c.Model, c.Id });
        modelBuilder.Entity<ModelVersionRecord>().HasIndex(v => new { v.Model, v.Version }).IsUnique();
        modelBuilder.Entity<TrainingJobRecord>(job =>
        {
            job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
            job.HasIndex(j => new { j.Status, j.RequestedAt });
        });
        modelBuilder.Entity<ApiKeyRecord>().HasKey(k => k.Id);
        modelBuilder.Entity<PendingTranscriptRecord>(pending =>
        {
            pending.HasKey(p => p.CallId);
            pending.HasOne<CallRecord>().WithOne().HasForeignKey<PendingTranscriptRecord>(p => p.CallId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CallTransitionRecord>(transition =>
        {
            transition.Property(t => t.From).HasConversion<string>().HasMaxLength(16);
            transition.Property(t => t.To).HasConversion<string>().HasMaxLength(16);
            transition.Property(t => t.Instance).HasMaxLength(200);
            transition.HasIndex(t => new { t.CallId, t.Id });
            transition.HasOne<CallRecord>().WithMany().HasForeignKey(t => t.CallId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AuditEntryRecord>(entry =>
        {
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.Actor, e.At });
            entry.HasIndex(e => new { e.Subject, e.At });
        });
        modelBuilder.Entity<MeetingDownloadRecord>(download =>
        {
            // A vendor that delivers an event twice (they retry whatever they did not see answered) gets one download.
            download.HasIndex(d => new { d.Vendor, d.EventKey }).IsUnique();
            download.HasIndex(d => new { d.Status, d.NextAttemptAt });
            download.Property(d => d.Vendor).HasMaxLength(16);
            download.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        });

        // The sources' durable cursor: one row per version of an item, however often a source lists it.
        modelBuilder.Entity<SourceItemRecord>(item =>
        {
            item.HasIndex(i => new { i.Source, i.Name, i.Version }).IsUnique();
            item.Property(i => i.Source).HasMaxLength(200);
            item.Property(i => i.Name).HasMaxLength(1024);
            item.Property(i => i.Version).HasMaxLength(200);
            item.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        switch (Database.GetStoreProvider())
        {
            case StoreProvider.Sqlite:
                // SQLite has no DateTimeOffset type, so EF can neither compare nor order one there. Storing the instant
                // as UTC ticks makes both exact; the caller's offset is kept beside it in its own column.
                configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
                break;
            case StoreProvider.Postgres:
                // timestamptz holds the instant and Npgsql writes only UTC values to it: every instant goes in as UTC
                // (queries' parameters too), and the caller's offset is kept beside it as on SQLite.
                configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
                // Byte-wise comparison and order, as SQLite's BINARY collation, whatever the server's locale.
                configurationBuilder.Properties<string>().UseCollation("C");
                break;
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    private sealed class ToUtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(),
        value => value);
}
