using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Taxonomy;

/// <summary>EF mapping of the reference lists (countries, compacts' objectives, SDGs, priorities and their mapping).</summary>
internal sealed class TaxonomyConfiguration :
    IEntityTypeConfiguration<Country>, IEntityTypeConfiguration<GcmObjective>, IEntityTypeConfiguration<GuidingPrinciple>,
    IEntityTypeConfiguration<GcrObjective>, IEntityTypeConfiguration<GcrArea>, IEntityTypeConfiguration<Sdg>,
    IEntityTypeConfiguration<CitySizeClass>, IEntityTypeConfiguration<Priority>, IEntityTypeConfiguration<PriorityGcmObjective>,
    IEntityTypeConfiguration<PriorityGcrArea>, IEntityTypeConfiguration<PrioritySdg>
{
    public void Configure(EntityTypeBuilder<Country> b)
    {
        b.HasKey(c => c.Alpha2);
        b.Property(c => c.Alpha2).HasMaxLength(2);
        b.Property(c => c.Alpha3).HasMaxLength(3);
        b.Property(c => c.Numeric).HasMaxLength(3);
        b.Property(c => c.Name).HasMaxLength(120);
        b.Property(c => c.M49RegionCode).HasMaxLength(3);
        b.Property(c => c.M49Region).HasMaxLength(60);
        b.Property(c => c.M49SubregionCode).HasMaxLength(3);
        b.Property(c => c.M49Subregion).HasMaxLength(60);
        b.Property(c => c.M49IntermediateRegionCode).HasMaxLength(3);
        b.Property(c => c.M49IntermediateRegion).HasMaxLength(60);
        b.Property(c => c.ReportRegion).HasMaxLength(60);
        b.HasIndex(c => c.Alpha3).IsUnique();
        b.HasIndex(c => c.Numeric).IsUnique();
    }

    public void Configure(EntityTypeBuilder<GcmObjective> b)
    {
        b.HasKey(o => o.Number);
        b.Property(o => o.Number).ValueGeneratedNever();
        Names(b);
    }

    public void Configure(EntityTypeBuilder<GuidingPrinciple> b)
    {
        b.HasKey(o => o.Code);
        b.Property(o => o.Code).HasMaxLength(1);
        Names(b);
    }

    public void Configure(EntityTypeBuilder<GcrObjective> b)
    {
        b.HasKey(o => o.Number);
        b.Property(o => o.Number).ValueGeneratedNever();
        Names(b);
    }

    public void Configure(EntityTypeBuilder<GcrArea> b)
    {
        b.HasKey(o => o.Code);
        b.Property(o => o.Code).HasMaxLength(40);
        Names(b);
    }

    public void Configure(EntityTypeBuilder<Sdg> b)
    {
        b.HasKey(o => o.Number);
        b.Property(o => o.Number).ValueGeneratedNever();
        b.Property(o => o.Colour).HasMaxLength(7);
        Names(b);
    }

    public void Configure(EntityTypeBuilder<CitySizeClass> b)
    {
        b.HasKey(o => o.Code);
        b.Property(o => o.Code).HasMaxLength(40);
        Names(b);
    }

    public void Configure(EntityTypeBuilder<Priority> b)
    {
        b.HasKey(o => o.Number);
        b.Property(o => o.Number).ValueGeneratedNever();
        Names(b);
        b.HasMany(p => p.GcmObjectives).WithOne().HasForeignKey(m => m.PriorityNumber);
        b.HasMany(p => p.GcrAreas).WithOne().HasForeignKey(m => m.PriorityNumber);
        b.HasMany(p => p.Sdgs).WithOne().HasForeignKey(m => m.PriorityNumber);
    }

    public void Configure(EntityTypeBuilder<PriorityGcmObjective> b)
    {
        b.HasKey(m => new { m.PriorityNumber, m.GcmObjectiveNumber });
        b.HasOne<GcmObjective>().WithMany().HasForeignKey(m => m.GcmObjectiveNumber);
    }

    public void Configure(EntityTypeBuilder<PriorityGcrArea> b)
    {
        b.HasKey(m => new { m.PriorityNumber, m.GcrAreaCode });
        b.Property(m => m.GcrAreaCode).HasMaxLength(40);
        b.HasOne<GcrArea>().WithMany().HasForeignKey(m => m.GcrAreaCode);
    }

    public void Configure(EntityTypeBuilder<PrioritySdg> b)
    {
        b.HasKey(m => new { m.PriorityNumber, m.SdgNumber });
        b.HasOne<Sdg>().WithMany().HasForeignKey(m => m.SdgNumber);
    }

    private static void Names<T>(EntityTypeBuilder<T> b) where T : MultilingualTerm
    {
        b.Property(t => t.NameEn).HasMaxLength(300);
        b.Property(t => t.NameFr).HasMaxLength(300);
        b.Property(t => t.NameEs).HasMaxLength(300);
    }
}
