using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Revisions;

/// <summary>EF mapping of the append-only revision history.</summary>
internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> b)
    {
        b.Property(r => r.EntityType).HasMaxLength(40);
        b.Property(r => r.Action).HasMaxLength(40);
        b.Property(r => r.ChangedBy).HasMaxLength(200);
        b.Property(r => r.Reason).HasMaxLength(2_000);
        b.HasIndex(r => new { r.EntityType, r.EntityId, r.EntityVersion }).IsUnique();
    }
}
