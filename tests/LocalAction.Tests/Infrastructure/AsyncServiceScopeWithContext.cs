using LocalAction.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LocalAction.Tests.Infrastructure;

/// <summary>A DI scope and its DbContext, disposed together.</summary>
public sealed class AsyncServiceScopeWithContext(AsyncServiceScope scope, LocalActionDbContext db) : IAsyncDisposable
{
    public LocalActionDbContext Db { get; } = db;
    public IServiceProvider Services => scope.ServiceProvider;

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
