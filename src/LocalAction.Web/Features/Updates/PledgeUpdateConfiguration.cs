using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Updates;

/// <summary>EF mapping of pledge updates.</summary>
internal sealed class PledgeUpdateConfiguration : IEntityTypeConfiguration<PledgeUpdate>, IEntityTypeConfiguration<PledgeUpdateChallenge>,
    IEntityTypeConfiguration<UpdateInterview>, IEntityTypeConfiguration<UpdateAttachment>
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
        b.Property(u => u.Language).HasMaxLength(10);
        b.Property(u => u.UsdRate).HasPrecision(18, 6);
        b.Property(u => u.MoneyMobilizedUsd).HasPrecision(18, 2);
        b.Property(u => u.SubmittedJson).HasMaxLength(100_000);
        b.Property(u => u.SubmittedByUserId).HasMaxLength(450);
        b.Property(u => u.ValidatedByUserId).HasMaxLength(450);
        b.Property(u => u.RejectionReason).HasMaxLength(4_000);
        b.HasOne<LocalAction.Web.Features.Campaigns.UpdateCampaign>().WithMany().HasForeignKey(u => u.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => new { u.Status, u.SubmittedAt });
        b.HasIndex(u => u.CampaignId);
        // At most one update per pledge and campaign awaiting validation, even when two arrive at once: the check before
        // saving cannot see a concurrent request's row, the database can.
        b.HasIndex(u => new { u.PledgeId, u.CampaignId }).IsUnique().HasFilter("\"Status\" = 'Submitted'")
            .HasDatabaseName("IX_PledgeUpdates_OneAwaitingValidation");
        b.HasMany(u => u.Interviews).WithOne().HasForeignKey(i => i.PledgeUpdateId);
        b.HasMany(u => u.Attachments).WithOne().HasForeignKey(a => a.PledgeUpdateId);
    }

    public void Configure(EntityTypeBuilder<UpdateInterview> b)
    {
        b.Property(i => i.Interviewer).HasMaxLength(200);
        b.Property(i => i.Notes).HasMaxLength(10_000);
        b.Property(i => i.RecordedByUserId).HasMaxLength(450);
        b.HasIndex(i => i.PledgeUpdateId);
    }

    public void Configure(EntityTypeBuilder<UpdateAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.UploadedByUserId).HasMaxLength(450);
        b.HasIndex(a => a.PledgeUpdateId);
    }

    public void Configure(EntityTypeBuilder<PledgeUpdateChallenge> b) => b.HasKey(c => new { c.PledgeUpdateId, c.Challenge });
}
