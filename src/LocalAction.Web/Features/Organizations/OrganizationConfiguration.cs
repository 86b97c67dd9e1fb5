using LocalAction.Web.Features.Rounds;
using LocalAction.Web.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Organizations;

/// <summary>EF mapping of organizations, rounds and GCM Champion marks.</summary>
internal sealed class OrganizationConfiguration :
    IEntityTypeConfiguration<Organization>, IEntityTypeConfiguration<ChampionCountry>, IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.Slug).HasMaxLength(120);
        b.HasIndex(o => o.Slug).IsUnique();
        b.Property(o => o.Name).HasMaxLength(300);
        b.Property(o => o.CountryCode).HasMaxLength(2);
        b.HasOne(o => o.Country).WithMany().HasForeignKey(o => o.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.Property(o => o.LocationAsWritten).HasMaxLength(120);
        b.Property(o => o.PopulationSource).HasMaxLength(300);
        b.Property(o => o.Website).HasMaxLength(500);
        b.HasIndex(o => o.Name);
    }

    public void Configure(EntityTypeBuilder<ChampionCountry> b)
    {
        b.HasKey(c => new { c.CountryCode, c.RoundId });
        b.Property(c => c.CountryCode).HasMaxLength(2);
        b.HasOne<Country>().WithMany().HasForeignKey(c => c.CountryCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Round).WithMany().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Source).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<Round> b)
    {
        b.Property(r => r.Code).HasMaxLength(40);
        b.HasIndex(r => r.Code).IsUnique();
        b.Property(r => r.Name).HasMaxLength(200);
    }
}
