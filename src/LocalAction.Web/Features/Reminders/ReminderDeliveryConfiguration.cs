using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalAction.Web.Features.Reminders;

/// <summary>EF mapping of sent reminders.</summary>
internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> b)
    {
        b.Property(r => r.Step).HasMaxLength(80);
        b.HasOne<Pledge>().WithMany().HasForeignKey(r => r.PledgeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.PledgeId, r.Step }).IsUnique();
    }
}
