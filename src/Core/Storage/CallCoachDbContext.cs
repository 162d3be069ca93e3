using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CallCoach.Core.Storage;

public sealed class CallCoachDbContext(DbContextOptions<CallCoachDbContext> options) : DbContext(options)
{
    public DbSet<CallRecord> Calls => Set<CallRecord>();
    public DbSet<SegmentRecord> Segments => Set<SegmentRecord>();
    public DbSet<KeywordHitRecord> KeywordHits => Set<KeywordHitRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CallRecord>(call =>
        {
            call.HasIndex(c => c.ContentHash).IsUnique();
            call.HasIndex(c => new { c.RepId, c.StartedAt });
            call.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            call.Property(c => c.CustomerTier).HasConversion<string>().HasMaxLength(1);
            call.HasMany(c => c.Segments).WithOne().HasForeignKey(s => s.CallId).OnDelete(DeleteBehavior.Cascade);
            call.HasMany(c => c.KeywordHits).WithOne().HasForeignKey(h => h.CallId).OnDelete(DeleteBehavior.Cascade);
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
