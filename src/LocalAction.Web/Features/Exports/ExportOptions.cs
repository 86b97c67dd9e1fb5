using LocalAction.Web.Features.Search;
using Microsoft.Extensions.Primitives;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// The arguments of the <c>export</c> verb: <c>--format</c>, <c>--out</c>, <c>--lang</c>, <c>--part</c>, and the list's
/// filters as <c>--name value</c> (the query parameters of /pledges: <c>--q</c>, <c>--sort</c>, <c>--round</c>,
/// <c>--compact</c> ...; repeat one or separate values with commas to choose several). Anything else of the form
/// <c>--Section:Setting=value</c> is configuration, read by the host.
/// </summary>
public sealed record ExportOptions(string OutputPath, IQueryCollection Query)
{
    public const string Usage =
        "Usage: LocalAction.Web export --format csv|xlsx|json|hxl|iati --out FILE [--lang en|fr|es] [--part pledges|updates] [--q TEXT] [--sort newest|title|organization|country] [--round CODE] [any filter of /pledges as --name value]";

    /// <summary>The verb's own option names (without "--"), as the query parameters they stand for.</summary>
    public static readonly IReadOnlyList<string> Names = ["format", "out", "lang", "part", "q", "sort", .. Facets.Parameters];

    /// <summary>The verb's own options as the host must leave them out of configuration.</summary>
    public static string[] OptionNames => Names.Select(n => "--" + n).ToArray();

    /// <summary>Reads and checks the verb's arguments; a problem is one line naming the option (exit 64).</summary>
    public static ExportOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw Refuse($"unexpected argument '{InputValues.Shorten(arg)}'. {Usage}");
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var given = equals < 0 ? arg[2..] : arg[2..equals];
            var name = Names.FirstOrDefault(n => string.Equals(n, given, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                // Configuration (--Database:Provider=Postgres, --ConnectionStrings:LocalAction "Data Source=...") is the host's.
                if (given.Contains(':')) { if (equals < 0) i++; continue; }
                throw Refuse($"unknown option '--{InputValues.Shorten(given)}'. {Usage}");
            }
            string value;
            if (equals >= 0) value = arg[(equals + 1)..];
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) value = args[++i];
            else throw Refuse($"--{name} needs a value. {Usage}");
            if (!values.TryGetValue(name, out var list)) values[name] = list = [];
            list.Add(value);
        }

        foreach (var single in new[] { "format", "out", "lang", "part", "q", "sort" })
        {
            if (values.TryGetValue(single, out var list) && list.Count > 1) throw Refuse($"--{single} is given more than once.");
        }
        if (!values.TryGetValue("format", out var format) || string.IsNullOrWhiteSpace(format[0]))
            throw Refuse($"--format is required: one of {string.Join(", ", ExportFormat.All.Select(f => f.Code))}. {Usage}");
        if (!values.TryGetValue("out", out var output) || string.IsNullOrWhiteSpace(output[0]))
            throw Refuse($"--out is required: the file to write. {Usage}");

        var query = values.Where(kv => kv.Key != "out").ToDictionary(kv => kv.Key, kv => new StringValues(kv.Value.ToArray()));
        return new ExportOptions(output[0], new QueryCollection(query));
    }

    private static StartupException Refuse(string message) => new($"export: {message}", StartupException.UsageError);
}
