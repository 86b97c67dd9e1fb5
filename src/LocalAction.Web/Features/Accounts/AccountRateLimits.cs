using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalAction.Web.Features.Accounts;

/// <summary>
/// Slows down password guessing and mail flooding: per client IP, at most <c>RateLimits:AccountPerMinute</c> (default 10)
/// POSTs a minute to sign-in, forgot-password, resend-confirmation and invitation acceptance. Over the limit: 429 and the
/// error page. Read at request time, so a changed setting applies without a restart.
/// </summary>
public static class AccountRateLimits
{
    public const string Policy = "account";
    public const string Setting = "RateLimits:AccountPerMinute";

    public static WebApplicationBuilder AddLocalActionRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("reads");
                var limit = Math.Max(1, context.RequestServices.GetRequiredService<IConfiguration>().GetValue(Setting, 10));
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter($"{client}|{limit}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
                });
            });
        });
        return builder;
    }
}
