using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Campaigns;

/// <summary>EF mapping of update campaigns and their scope.</summary>
internal sealed class UpdateCampaignConfiguration : IEntityTypeConfiguration<UpdateCampaign>, IEntityTypeConfiguration<UpdateCampaignPledge>
{
    public void Configure(EntityTypeBuilder<UpdateCampaign> b)
    {
        b.Property(c => c.Code).HasMaxLength(60);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.CreatedByUserId).HasMaxLength(450);
        b.HasIndex(c => c.Code).IsUnique();
        b.HasMany(c => c.Pledges).WithOne().HasForeignKey(p => p.CampaignId);
    }

    public void Configure(EntityTypeBuilder<UpdateCampaignPledge> b)
    {
        b.HasKey(p => new { p.CampaignId, p.PledgeId });
        b.HasOne<Pledge>().WithMany().HasForeignKey(p => p.PledgeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.PledgeId);
    }
}
