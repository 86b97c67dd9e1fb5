using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Statistics;

/// <summary>EF mapping of the figures the reports published.</summary>
internal sealed class PublishedStatisticConfiguration : IEntityTypeConfiguration<PublishedStatistic>
{
    public void Configure(EntityTypeBuilder<PublishedStatistic> b)
    {
        b.HasKey(s => s.Key);
        b.Property(s => s.Key).HasMaxLength(120);
        b.Property(s => s.Label).HasMaxLength(300);
        b.Property(s => s.Unit).HasMaxLength(20);
        b.Property(s => s.Qualifier).HasMaxLength(20);
        b.Property(s => s.Scope).HasMaxLength(40);
        b.Property(s => s.Kind).HasMaxLength(20);
        b.Property(s => s.SourceSeed).HasMaxLength(100);
        b.Property(s => s.SourceDocument).HasMaxLength(300);
        b.Property(s => s.SourceSection).HasMaxLength(300);
        b.Property(s => s.SourceQuote).HasMaxLength(2_000);
    }
}
