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
    public DbSet<SourceItemRecord> SourceItems => Set<SourceItemRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CallRecord>(call =>
        {
            call.HasIndex(c => c.ContentHash).IsUnique();
            call.HasIndex(c => new { c.RepId, c.OccurredAt });
            call.HasIndex(c => new { c.TeamId, c.OccurredAt });
            call.HasIndex(c => new { c.TeamId, c.AnalyzedAt });
            call.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
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
        modelBuilder.Entity<AuditEntryRecord>(entry =>
        {
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.Actor, e.At });
            entry.HasIndex(e => new { e.Subject, e.At });
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
        // SQLite has no DateTimeOffset type, so EF can neither compare nor order one there. Storing the instant as
        // UTC ticks makes both exact; the caller's offset is kept beside it in its own column.
        // PostgreSQL stores timestamptz natively, so this stays provider-conditional.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
