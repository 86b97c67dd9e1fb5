namespace LocalAction.Web.Cli;

/// <summary>
/// The verbs of the one executable: no verb serves the web app; <c>migrate</c> and <c>seed</c> work on the database and exit.
/// Everything after the verb is passed to ASP.NET Core configuration (so <c>--urls</c> and settings still apply), except
/// for <c>synthetic</c>, which reads its own options (see <see cref="ConfigurationArgs"/>).
/// </summary>
public sealed record HostCommand(string Verb, string[] HostArgs)
{
    public const string Serve = "serve";
    public const string Migrate = "migrate";
    public const string Seed = "seed";
    public const string SchemaScript = "schema-script";
    public const string Synthetic = "synthetic";
    public const string CreateAdmin = "create-admin";
    public const string Export = "export";
    public const string Import = "import";

    /// <summary>The create-admin verb's own options, kept out of configuration.</summary>
    public static readonly string[] CreateAdminOptions = ["--email", "--name"];

    public static readonly IReadOnlyDictionary<string, string> Verbs = new Dictionary<string, string>
    {
        [Serve] = "serve the web app (the default)",
        [Migrate] = "apply pending schema migrations and exit",
        [Seed] = "migrate, then load the seeded registry (idempotent: a second run adds nothing) and exit",
        [SchemaScript] = "print the SQL that creates the EF model on the configured provider (to write a new migration)",
        [Synthetic] = "fill a separate database (--database, never the configured one) with generated load-test pledges and exit",
        [CreateAdmin] = "migrate, then create a confirmed administrator (--email, --name; password from LOCALACTION_ADMIN_PASSWORD or the first line of standard input) and exit",
        [Export] = "migrate, then write the published pledges (or with --part updates their validated updates) the filters select to a file (--format csv|xlsx|json|hxl|iati --out FILE [--lang en|fr|es] [--round CODE ...]) and exit",
        [Import] = "import FILE [--dry-run]: migrate, add missing taxonomies and rounds, then create and update pledges from a CSV or .xlsx file laid out like the pledge export (all rows or none) and exit",
    };

    public static HostCommand Parse(string[] args)
    {
        if (args.Length > 0 && args[0].ToLowerInvariant() is "help" or "--help" or "-h")
        {
            throw new StartupException(Usage(), 0);
        }
        if (args.Length == 0 || args[0].StartsWith('-')) return new HostCommand(Serve, args);
        var verb = args[0].ToLowerInvariant();
        if (!Verbs.ContainsKey(verb))
        {
            throw new StartupException($"Unknown command '{args[0]}'. {Usage()}", StartupException.UsageError);
        }
        return new HostCommand(verb, args[1..]);
    }

    /// <summary>
    /// What ASP.NET Core configuration reads. The synthetic verb's own options are not settings: "--database x" and
    /// "--seed 42" would otherwise land in the Database and Seed sections, and a connection string with its password
    /// would sit in the app's configuration. create-admin's --email and --name are its own too, and so are export's
    /// --format, --out, --lang, --part and filters, and import's file and --dry-run; their other arguments (--Setting=value)
    /// are configuration.
    /// </summary>
    public string[] ConfigurationArgs => Verb switch
    {
        Synthetic => [],
        CreateAdmin => WithoutOptions(HostArgs, CreateAdminOptions),
        Export => WithoutOptions(HostArgs, Features.Exports.ExportOptions.OptionNames),
        Import => Features.Imports.ImportCommand.Parse(HostArgs).Configuration,
        _ => HostArgs,
    };

    /// <summary>The arguments minus the named options, in "--name value" and "--name=value" forms.</summary>
    private static string[] WithoutOptions(string[] args, string[] options)
    {
        var kept = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].Split('=', 2)[0];
            if (!options.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                kept.Add(args[i]);
                continue;
            }
            if (!args[i].Contains('=') && i + 1 < args.Length) i++; // skip its value
        }
        return [.. kept];
    }

    private static string Usage() =>
        "Usage: LocalAction.Web [" + string.Join('|', Verbs.Keys) + "] [--urls http://host:port] [--Setting=value]. " +
        string.Join("; ", Verbs.Select(v => $"{v.Key}: {v.Value}"));
}
