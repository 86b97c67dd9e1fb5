namespace LocalAction.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "LocalAction.Web");

    public static string SeedSource(string file) => Path.Combine(WebProject, "Data", "Seed", "Sources", file);

    /// <summary>The built web app next to this test build (same configuration).</summary>
    public static string WebAppDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0/
        var dll = Path.Combine(WebProject, "bin", configuration, "net10.0", "LocalAction.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the web project first: {dll} is missing.");
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LocalAction.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LocalAction.slnx not found above " + AppContext.BaseDirectory);
    }
}
