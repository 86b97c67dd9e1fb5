using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Accounts;

/// <summary>EF mapping of memberships, invitations, API tokens, the outbox and the audit log (Identity maps its own tables).</summary>
internal sealed class AccountConfiguration :
    IEntityTypeConfiguration<LocalActionUser>, IEntityTypeConfiguration<OrganizationMembership>, IEntityTypeConfiguration<NetworkMember>,
    IEntityTypeConfiguration<Invitation>, IEntityTypeConfiguration<ApiToken>, IEntityTypeConfiguration<OutboxMessage>,
    IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<LocalActionUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.PreferredLanguage).HasMaxLength(10);
    }

    public void Configure(EntityTypeBuilder<OrganizationMembership> b)
    {
        b.HasKey(m => new { m.UserId, m.OrganizationId });
        b.Property(m => m.UserId).HasMaxLength(450);
        b.Property(m => m.Role).HasMaxLength(40);
        b.HasOne<LocalActionUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => m.OrganizationId);
    }

    public void Configure(EntityTypeBuilder<NetworkMember> b)
    {
        b.HasKey(m => new { m.NetworkId, m.MemberId });
        b.Property(m => m.CreatedBy).HasMaxLength(256);
        b.HasOne(m => m.Network).WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => m.MemberId);
    }

    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.TokenHash).HasMaxLength(64);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.Property(i => i.Email).HasMaxLength(256);
        b.Property(i => i.Role).HasMaxLength(40);
        b.Property(i => i.InvitedBy).HasMaxLength(256);
        b.Property(i => i.AcceptedByUserId).HasMaxLength(450);
        b.Property(i => i.Language).HasMaxLength(10);
        b.HasOne(i => i.Organization).WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.Property(t => t.UserId).HasMaxLength(450);
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Prefix).HasMaxLength(16);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(m => m.To).HasMaxLength(256);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.Body).HasMaxLength(20_000);
        b.Property(m => m.Purpose).HasMaxLength(40);
        b.Property(m => m.Transport).HasMaxLength(10);
        b.Property(m => m.LastError).HasMaxLength(1_000);
        b.HasIndex(m => m.SentAt);
    }

    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.Property(e => e.Actor).HasMaxLength(256);
        b.Property(e => e.Action).HasMaxLength(60);
        b.Property(e => e.Target).HasMaxLength(300);
        b.Property(e => e.Detail).HasMaxLength(1_000);
        b.HasIndex(e => e.At);
    }
}
