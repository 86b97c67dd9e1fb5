namespace LocalAction.BrowserTests;

/// <summary>Files of the web project as built next to these tests: the executable under test and its npm packages.</summary>
public static class WebProject
{
    public static string Folder { get; } = FindFolder();

    /// <summary>The web app built in the same configuration as these tests (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string Dll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(Folder, "bin", configuration, "net10.0", "LocalAction.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the web project first: {dll} is missing.");
    }

    /// <summary>A file of an npm package the web project's build installed (npm ci).</summary>
    public static string NodeModule(string relativePath)
    {
        var path = Path.Combine(Folder, "node_modules", relativePath);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{relativePath} is missing: the web project's build runs npm ci ({path}).");
    }

    private static string FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LocalAction.slnx"))) dir = dir.Parent;
        return dir is null
            ? throw new InvalidOperationException("LocalAction.slnx not found above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, "src", "LocalAction.Web");
    }
}
