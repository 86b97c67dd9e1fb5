using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Translations;

/// <summary>EF mapping of translations: one per pledge and language.</summary>
internal sealed class TranslationConfiguration : IEntityTypeConfiguration<PledgeTranslation>
{
    public void Configure(EntityTypeBuilder<PledgeTranslation> b)
    {
        b.Property(t => t.Language).HasMaxLength(10);
        b.Property(t => t.Title).HasMaxLength(PledgeTranslations.MaxTitleLength);
        b.Property(t => t.Description).HasMaxLength(PledgeTranslations.MaxDescriptionLength);
        b.Property(t => t.UpdatedBy).HasMaxLength(200);
        b.Property(t => t.SourceTextHash).HasMaxLength(64);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasOne(t => t.Pledge).WithMany(p => p.Translations).HasForeignKey(t => t.PledgeId).OnDelete(DeleteBehavior.Cascade);
        // One translation per language: two people saving the first French text at once store one and refuse the other.
        b.HasIndex(t => new { t.PledgeId, t.Language }).IsUnique();
    }
}
