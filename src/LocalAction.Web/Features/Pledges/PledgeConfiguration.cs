using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Pledges;

/// <summary>EF mapping of pledges and what hangs off them.</summary>
internal sealed class PledgeConfiguration :
    IEntityTypeConfiguration<Pledge>, IEntityTypeConfiguration<PledgeOrganization>, IEntityTypeConfiguration<PledgePartner>,
    IEntityTypeConfiguration<PledgeBeneficiary>, IEntityTypeConfiguration<PledgePriority>, IEntityTypeConfiguration<PledgeGcmObjective>,
    IEntityTypeConfiguration<PledgeGuidingPrinciple>, IEntityTypeConfiguration<PledgeGcrObjective>, IEntityTypeConfiguration<PledgeGcrArea>,
    IEntityTypeConfiguration<PledgeSdg>
{
    public void Configure(EntityTypeBuilder<Pledge> b)
    {
        b.Property(p => p.PublicId).HasMaxLength(20);
        b.HasIndex(p => p.PublicId).IsUnique();
        b.Property(p => p.ExternalId).HasMaxLength(100);
        b.HasIndex(p => p.ExternalId).IsUnique();
        b.Property(p => p.Title).HasMaxLength(500);
        b.Property(p => p.Description).HasMaxLength(20_000);
        b.Property(p => p.OriginalLanguage).HasMaxLength(10);
        b.Property(p => p.BudgetCurrency).HasMaxLength(3);
        b.Property(p => p.SourceDocument).HasMaxLength(200);
        b.Property(p => p.SourceSection).HasMaxLength(300);
        b.Property(p => p.SourceNote).HasMaxLength(1000);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasOne(p => p.Round).WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.RoundId, p.ReviewState });
        b.HasMany(p => p.Organizations).WithOne().HasForeignKey(o => o.PledgeId);
        b.HasMany(p => p.Beneficiaries).WithOne().HasForeignKey(o => o.PledgeId);
        b.HasMany(p => p.Priorities).WithOne().HasForeignKey(o => o.PledgeId);
        b.HasMany(p => p.GcmObjectives).WithOne().HasForeignKey(o => o.PledgeId);
        b.HasMany(p => p.GuidingPrinciples).WithOne().HasForeignKey(o => o.PledgeId);
        b.HasMany(p => p.GcrObjectives).WithOne().HasForeignKey(o => o.PledgeId);
        b.HasMany(p => p.GcrAreas).WithOne().HasForeignKey(o => o.PledgeId);
        b.HasMany(p => p.Sdgs).WithOne().HasForeignKey(o => o.PledgeId);
        b.HasMany(p => p.Partners).WithOne().HasForeignKey(o => o.PledgeId);
        b.HasMany(p => p.Updates).WithOne(u => u.Pledge).HasForeignKey(u => u.PledgeId);
    }

    public void Configure(EntityTypeBuilder<PledgeOrganization> b)
    {
        b.HasKey(o => new { o.PledgeId, o.OrganizationId });
        b.HasOne(o => o.Organization).WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => o.OrganizationId);
    }

    public void Configure(EntityTypeBuilder<PledgePartner> b)
    {
        b.Property(p => p.Name).HasMaxLength(300);
        b.HasIndex(p => p.PledgeId);
    }

    public void Configure(EntityTypeBuilder<PledgeBeneficiary> b) => b.HasKey(x => new { x.PledgeId, x.Group });

    public void Configure(EntityTypeBuilder<PledgePriority> b)
    {
        b.HasKey(x => new { x.PledgeId, x.PriorityNumber });
        b.HasOne<Priority>().WithMany().HasForeignKey(x => x.PriorityNumber).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PledgeGcmObjective> b)
    {
        b.HasKey(x => new { x.PledgeId, x.GcmObjectiveNumber });
        b.HasOne<GcmObjective>().WithMany().HasForeignKey(x => x.GcmObjectiveNumber).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PledgeGuidingPrinciple> b)
    {
        b.HasKey(x => new { x.PledgeId, x.GuidingPrincipleCode });
        b.Property(x => x.GuidingPrincipleCode).HasMaxLength(1);
        b.HasOne<GuidingPrinciple>().WithMany().HasForeignKey(x => x.GuidingPrincipleCode).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PledgeGcrObjective> b)
    {
        b.HasKey(x => new { x.PledgeId, x.GcrObjectiveNumber });
        b.HasOne<GcrObjective>().WithMany().HasForeignKey(x => x.GcrObjectiveNumber).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PledgeGcrArea> b)
    {
        b.HasKey(x => new { x.PledgeId, x.GcrAreaCode });
        b.Property(x => x.GcrAreaCode).HasMaxLength(40);
        b.HasOne<GcrArea>().WithMany().HasForeignKey(x => x.GcrAreaCode).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PledgeSdg> b)
    {
        b.HasKey(x => new { x.PledgeId, x.SdgNumber });
        b.HasOne<Sdg>().WithMany().HasForeignKey(x => x.SdgNumber).OnDelete(DeleteBehavior.Restrict);
    }
}
