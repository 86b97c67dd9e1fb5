using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Mail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalAction.Tests.Accounts;

/// <summary>Queued e-mails leave through the pickup folder (no SMTP configured), and a failing server is recorded, not thrown.</summary>
public abstract class OutboxDispatcherTests<TApp>(TApp app) where TApp : SeededApp
{
    [Fact]
    public async Task Without_SMTP_a_dispatched_message_lands_in_the_pickup_folder_as_an_eml_file()
    {
        var to = $"reader-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.CreateDbScope())
        {
            scope.Db.Enqueue(DateTime.UtcNow, to, "Pickup test", "The body of the pickup test.", "test");
            await scope.Db.SaveChangesAsync();
        }
        await app.Factory.Services.GetRequiredService<OutboxDispatcher>().DispatchNowAsync();

        var files = Directory.GetFiles(app.Factory.MailFolder, "*.eml");
        files.ShouldContain(f => File.ReadAllText(f).Contains(to) && File.ReadAllText(f).Contains("Pickup test"));
        await using var check = app.Factory.CreateDbScope();
        var message = await check.Db.OutboxMessages.SingleAsync(m => m.To == to);
        message.SentAt.ShouldNotBeNull();
        message.Transport.ShouldBe("pickup");
        message.Attempts.ShouldBe(1);
        message.LastError.ShouldBeNull();
    }

    [Fact]
    public async Task An_unreachable_SMTP_server_is_recorded_on_the_message_and_the_message_stays_unsent()
    {
        await using var broken = app.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Mail:Smtp:Host", "127.0.0.1");
            b.UseSetting("Mail:Smtp:Port", "1");
            b.UseSetting("Mail:Smtp:EnableSsl", "false");
            b.UseSetting("Mail:DispatchSeconds", "3600");
        });
        var to = $"unreachable-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.CreateDbScope())
        {
            scope.Db.Enqueue(DateTime.UtcNow, to, "SMTP test", "Body.", "test");
            await scope.Db.SaveChangesAsync();
        }
        var (_, failed) = await broken.Services.GetRequiredService<OutboxDispatcher>().DispatchNowAsync();
        failed.ShouldBeGreaterThan(0);

        await using var check = app.Factory.CreateDbScope();
        var message = await check.Db.OutboxMessages.SingleAsync(m => m.To == to);
        message.SentAt.ShouldBeNull();
        message.Attempts.ShouldBe(1);
        message.LastError.ShouldNotBeNullOrEmpty();
    }
}

public sealed class OutboxDispatcherTestsOnSqlite(SqliteApp app) : OutboxDispatcherTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class OutboxDispatcherTestsOnPostgres(PostgresApp app) : OutboxDispatcherTests<PostgresApp>(app), IClassFixture<PostgresApp>;
