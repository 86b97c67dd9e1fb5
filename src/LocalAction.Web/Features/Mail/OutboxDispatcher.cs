using System.Net;
using System.Net.Mail;
using LocalAction.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalAction.Web.Features.Mail;

/// <summary>
/// Sends unsent <see cref="OutboxMessage"/>s every <see cref="MailSettings.DispatchSeconds"/>: by SMTP when
/// <c>Mail:Smtp:Host</c> is set, otherwise as .eml files into the pickup folder. A failure is recorded on the message
/// (attempts, last error) and the loop waits longer before the next round; it never stops the app.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, IOptionsMonitor<MailSettings> settings, IHostEnvironment environment, TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <summary>A message that failed this many times is left for an administrator to look at.</summary>
    public const int MaxAttempts = 10;

    private const int BatchSize = 50;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failuresInARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var interval = TimeSpan.FromSeconds(Math.Max(1, settings.CurrentValue.DispatchSeconds));
            // Wait first: at start-up the database may still be migrating.
            try
            {
                await Task.Delay(Wait(interval, failuresInARow), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                var (_, failed) = await DispatchNowAsync(stoppingToken);
                failuresInARow = failed > 0 ? failuresInARow + 1 : 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failuresInARow++;
                logger.LogWarning(e, "Outbox dispatch failed");
            }
        }
    }

    /// <summary>Backs off after failures: 2, 4, 8 ... times the interval, at most 10 minutes.</summary>
    private static TimeSpan Wait(TimeSpan interval, int failuresInARow) => failuresInARow == 0 ? interval
        : TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(10).Ticks, interval.Ticks * (1L << Math.Min(failuresInARow, 10))));

    /// <summary>Sends every unsent message now; returns how many were sent and how many failed.</summary>
    public async Task<(int Sent, int Failed)> DispatchNowAsync(CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalActionDbContext>();
            var pending = await db.OutboxMessages.Where(m => m.SentAt == null && m.Attempts < MaxAttempts)
                .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (pending.Count == 0) return (0, 0);

            var options = settings.CurrentValue;
            using var client = CreateClient(options, out var transport);
            int sent = 0, failed = 0;
            foreach (var message in pending)
            {
                message.Attempts++;
                try
                {
                    using var mail = new MailMessage { From = new MailAddress(options.From), Subject = message.Subject, Body = message.Body, IsBodyHtml = false };
                    mail.To.Add(message.To);
                    await client.SendMailAsync(mail, cancellationToken);
                    message.SentAt = clock.GetUtcNow().UtcDateTime;
                    message.Transport = transport;
                    message.LastError = null;
                    // Once delivered by SMTP, a one-time link has no business staying readable in the database (or on the
                    // outbox page). Without SMTP the outbox page is how administrators pass links on, so it stays.
                    if (transport == "smtp" && message.Purpose is Features.Accounts.AccountMail.InvitationPurpose
                        or Features.Accounts.AccountMail.ConfirmEmailPurpose or Features.Accounts.AccountMail.PasswordResetPurpose)
                    {
                        message.Body = "(Removed after delivery: it held a one-time link.)";
                    }
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    var error = $"{e.GetType().Name}: {e.Message}";
                    message.LastError = error.Length > 1000 ? error[..1000] : error;
                    logger.LogWarning("Outbox message {Id} ({Purpose}) could not be sent: {Error}", message.Id, message.Purpose, message.LastError);
                }
                await db.SaveChangesAsync(CancellationToken.None);
            }
            return (sent, failed);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private SmtpClient CreateClient(MailSettings options, out string transport)
    {
        if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            transport = "smtp";
            var smtp = new SmtpClient(options.Smtp.Host, options.Smtp.Port) { EnableSsl = options.Smtp.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
            if (!string.IsNullOrEmpty(options.Smtp.User)) smtp.Credentials = new NetworkCredential(options.Smtp.User, options.Smtp.Password);
            return smtp;
        }
        transport = "pickup";
        var folder = PickupFolder(options);
        Directory.CreateDirectory(folder);
        return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
    }

    /// <summary>The absolute pickup folder.</summary>
    public string PickupFolder() => PickupFolder(settings.CurrentValue);

    private string PickupFolder(MailSettings options) => Path.GetFullPath(options.PickupFolder, environment.ContentRootPath);

    public override void Dispose()
    {
        _oneAtATime.Dispose();
        base.Dispose();
    }
}
