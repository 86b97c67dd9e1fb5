using LocalAction.Web.Features.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Submissions;

/// <summary>EF mapping of submissions, their co-pledgers and review decisions.</summary>
internal sealed class SubmissionConfiguration :
    IEntityTypeConfiguration<Submission>, IEntityTypeConfiguration<SubmissionCoPledger>, IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.Property(s => s.Title).HasMaxLength(500);
        b.Property(s => s.Language).HasMaxLength(10);
        b.Property(s => s.CreatedByUserId).HasMaxLength(450);
        b.Property(s => s.UpdatedByUserId).HasMaxLength(450);
        b.Property(s => s.PublishedPublicId).HasMaxLength(20);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne(s => s.Pledge).WithMany().HasForeignKey(s => s.PledgeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.LeadOrganization).WithMany().HasForeignKey(s => s.LeadOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Round).WithMany().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.CoPledgers).WithOne().HasForeignKey(c => c.SubmissionId);
        b.HasMany(s => s.Decisions).WithOne().HasForeignKey(d => d.SubmissionId);
        b.HasIndex(s => new { s.State, s.SubmittedAt });
        b.HasIndex(s => s.LeadOrganizationId);
        b.HasIndex(s => s.PledgeId);
    }

    public void Configure(EntityTypeBuilder<SubmissionCoPledger> b)
    {
        b.HasKey(c => new { c.SubmissionId, c.OrganizationId });
        b.Property(c => c.AcceptedByUserId).HasMaxLength(450);
        b.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.OrganizationId);
    }

    public void Configure(EntityTypeBuilder<ReviewDecision> b)
    {
        b.Property(d => d.Action).HasMaxLength(40);
        b.Property(d => d.ActorUserId).HasMaxLength(450);
        b.Property(d => d.ActorName).HasMaxLength(200);
        b.Property(d => d.Comment).HasMaxLength(4_000);
        b.HasIndex(d => d.SubmissionId);
    }
}
