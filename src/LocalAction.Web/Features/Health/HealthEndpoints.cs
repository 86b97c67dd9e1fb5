using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LocalAction.Web.Features.Health;

/// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers too.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
