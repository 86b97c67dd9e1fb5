using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Rounds;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Forums;

/// <summary>EF mapping of forums, their programme, delegations, side-event registration and declarations.</summary>
internal sealed class ForumsConfiguration :
    IEntityTypeConfiguration<Forum>, IEntityTypeConfiguration<ForumSession>, IEntityTypeConfiguration<DelegationMember>,
    IEntityTypeConfiguration<DelegatePerson>, IEntityTypeConfiguration<SpeakingRole>, IEntityTypeConfiguration<ForumQuote>,
    IEntityTypeConfiguration<EventPage>, IEntityTypeConfiguration<EventPageLine>, IEntityTypeConfiguration<EventRegistration>,
    IEntityTypeConfiguration<EventInvitation>, IEntityTypeConfiguration<Declaration>, IEntityTypeConfiguration<DeclarationParagraph>,
    IEntityTypeConfiguration<ProposedLanguage>
{
    public void Configure(EntityTypeBuilder<Forum> b)
    {
        b.Property(f => f.Code).HasMaxLength(60);
        b.Property(f => f.Name).HasMaxLength(200);
        b.Property(f => f.City).HasMaxLength(100);
        b.Property(f => f.TimeZone).HasMaxLength(60);
        b.Property(f => f.Summary).HasMaxLength(4000);
        b.Property(f => f.Source).HasMaxLength(2000);
        b.HasIndex(f => f.Code).IsUnique();
        b.HasOne<Round>().WithMany().HasForeignKey(f => f.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(f => f.Sessions).WithOne().HasForeignKey(s => s.ForumId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(f => f.Delegation).WithOne().HasForeignKey(d => d.ForumId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(f => f.Quotes).WithOne().HasForeignKey(q => q.ForumId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ForumSession> b)
    {
        b.Property(s => s.Title).HasMaxLength(400);
        b.Property(s => s.Room).HasMaxLength(100);
        b.Property(s => s.Group).HasMaxLength(100);
        b.Property(s => s.GcmObjectives).HasMaxLength(100);
        b.Property(s => s.Hosts).HasMaxLength(1000);
        b.Property(s => s.Source).HasMaxLength(2000);
        b.HasIndex(s => new { s.ForumId, s.Date, s.StartsAt });
        b.HasMany(s => s.SpeakingRoles).WithOne().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.EventPage).WithOne().HasForeignKey<EventPage>(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DelegationMember> b)
    {
        b.Property(d => d.NameAsWritten).HasMaxLength(200);
        b.Property(d => d.CountryCode).HasMaxLength(2);
        b.Property(d => d.Source).HasMaxLength(2000);
        b.HasIndex(d => new { d.ForumId, d.NameAsWritten }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => d.OrganizationId);
        b.HasMany(d => d.People).WithOne().HasForeignKey(p => p.DelegationMemberId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DelegatePerson> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Title).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<SpeakingRole> b)
    {
        b.HasOne<DelegationMember>().WithMany().HasForeignKey(r => r.DelegationMemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DelegatePerson>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.DelegationMemberId);
        b.HasIndex(r => r.PersonId);
    }

    public void Configure(EntityTypeBuilder<ForumQuote> b)
    {
        b.Property(q => q.Text).HasMaxLength(2000);
        b.Property(q => q.Speaker).HasMaxLength(200);
        b.Property(q => q.Role).HasMaxLength(300);
        b.Property(q => q.Source).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<EventPage> b)
    {
        b.HasKey(p => p.SessionId);
        b.Property(p => p.Slug).HasMaxLength(100);
        b.Property(p => p.TimeZone).HasMaxLength(60);
        b.Property(p => p.Place).HasMaxLength(300);
        b.Property(p => p.AccessNote).HasMaxLength(300);
        b.Property(p => p.Background).HasMaxLength(8000);
        b.Property(p => p.OrganizerUserId).HasMaxLength(450);
        b.HasIndex(p => p.Slug).IsUnique();
        b.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Registrations).WithOne().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<EventPageLine> b)
    {
        b.Property(l => l.Time).HasMaxLength(40);
        b.Property(l => l.Text).HasMaxLength(1000);
        b.HasIndex(l => new { l.SessionId, l.Section, l.Position }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<EventRegistration> b)
    {
        b.Property(r => r.Name).HasMaxLength(200);
        b.Property(r => r.Email).HasMaxLength(256);
        b.Property(r => r.NormalizedEmail).HasMaxLength(256);
        b.Property(r => r.Organization).HasMaxLength(200);
        b.HasIndex(r => new { r.SessionId, r.NormalizedEmail }).IsUnique();
        b.HasOne<EventInvitation>().WithMany().HasForeignKey(r => r.InvitationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.InvitationId);
    }

    public void Configure(EntityTypeBuilder<EventInvitation> b)
    {
        b.Property(i => i.Email).HasMaxLength(256);
        b.Property(i => i.NormalizedEmail).HasMaxLength(256);
        b.Property(i => i.CodeHash).HasMaxLength(64);
        b.HasOne<EventPage>().WithMany().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.SessionId, i.NormalizedEmail }).IsUnique();
        b.HasIndex(i => i.CodeHash).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Declaration> b)
    {
        b.Property(d => d.Symbol).HasMaxLength(40);
        b.Property(d => d.Title).HasMaxLength(300);
        b.Property(d => d.Adoption).HasMaxLength(500);
        b.Property(d => d.VotedAgainst).HasMaxLength(500);
        b.Property(d => d.Source).HasMaxLength(2000);
        b.HasIndex(d => d.Symbol).IsUnique();
        b.HasOne<Forum>().WithMany().HasForeignKey(d => d.ForumId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => d.ForumId);
        b.HasMany(d => d.Paragraphs).WithOne().HasForeignKey(p => p.DeclarationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.ProposedLanguage).WithOne().HasForeignKey(p => p.DeclarationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DeclarationParagraph> b)
    {
        b.Property(p => p.Number).HasMaxLength(20);
        b.Property(p => p.Summary).HasMaxLength(2000);
        b.Property(p => p.Source).HasMaxLength(2000);
        b.HasIndex(p => new { p.DeclarationId, p.Position }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<ProposedLanguage> b)
    {
        b.Property(p => p.Text).HasMaxLength(2000);
        b.Property(p => p.Source).HasMaxLength(2000);
        b.HasIndex(p => new { p.DeclarationId, p.Position }).IsUnique();
    }
}
