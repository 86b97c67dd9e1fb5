using Microsoft.Extensions.Options;

namespace LocalAction.Web.Features.Reminders;

/// <summary>
/// Runs <see cref="ReminderJob"/> every <see cref="ReminderSettings.IntervalMinutes"/>. Every app instance may run it:
/// the job itself makes sure each reminder goes out once. A failed run is logged and retried at the next interval; it
/// never stops the app.
/// </summary>
public sealed class ReminderService(
    IServiceScopeFactory scopes, IOptionsMonitor<ReminderSettings> settings, IHostEnvironment environment, TimeProvider clock,
    ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var options = settings.CurrentValue;
            // Wait first: at start-up the database may still be migrating.
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(Math.Max(1, options.IntervalMinutes)), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            // Read after the wait so turning reminders off (or on) takes effect without a restart.
            if (!IsEnabled(settings.CurrentValue)) continue;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunOnceAsync(stoppingToken);
                if (sent > 0) logger.LogInformation("Sent {Count} reminders", sent);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The reminder job failed");
            }
        }
    }

    /// <summary>Tests run the job explicitly, so in the Testing environment it is off unless configured.</summary>
    private bool IsEnabled(ReminderSettings options) => options.Enabled ?? !environment.IsEnvironment("Testing");
}
