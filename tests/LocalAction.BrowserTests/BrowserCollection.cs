namespace LocalAction.BrowserTests;

/// <summary>All browser tests share one running app and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<RunningApp>, ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
