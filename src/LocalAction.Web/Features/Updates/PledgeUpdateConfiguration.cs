using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Updates;

/// <summary>EF mapping of pledge updates.</summary>
internal sealed class PledgeUpdateConfiguration : IEntityTypeConfiguration<PledgeUpdate>, IEntityTypeConfiguration<PledgeUpdateChallenge>
{
    public void Configure(EntityTypeBuilder<PledgeUpdate> b)
    {
        b.Property(u => u.AsOf).HasMaxLength(100);
        b.Property(u => u.Results).HasMaxLength(20_000);
        b.Property(u => u.PeopleReachedNote).HasMaxLength(500);
        b.Property(u => u.MoneyMobilizedCurrency).HasMaxLength(3);
        b.Property(u => u.ChallengesText).HasMaxLength(5_000);
        b.Property(u => u.ChallengesAddressed).HasMaxLength(5_000);
        b.Property(u => u.LessonsLearned).HasMaxLength(5_000);
        b.Property(u => u.SourceDocument).HasMaxLength(200);
        b.Property(u => u.SourceSection).HasMaxLength(300);
        b.Property(u => u.Version).IsConcurrencyToken();
        b.HasIndex(u => new { u.PledgeId, u.Status });
        b.HasMany(u => u.Challenges).WithOne().HasForeignKey(c => c.PledgeUpdateId);
    }

    public void Configure(EntityTypeBuilder<PledgeUpdateChallenge> b) => b.HasKey(c => new { c.PledgeUpdateId, c.Challenge });
}
