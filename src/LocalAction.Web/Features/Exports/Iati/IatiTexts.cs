namespace LocalAction.Web.Features.Exports.Iati;

/// <summary>
/// The few fixed narratives the IATI file writes itself, in the three languages the registry publishes in. They are data of
/// the exported document (like taxonomy names), not interface strings, so they live here rather than in the resources.
/// </summary>
public static class IatiTexts
{
    public static readonly string[] Languages = ["en", "fr", "es"];

    private static readonly Dictionary<string, (string En, string Fr, string Es)> Texts = new()
    {
        ["year-start"] = ("The source states only the year {0}; the first day of that year stands for it.",
            "La source n’indique que l’année {0} ; le premier jour de cette année en tient lieu.",
            "La fuente solo indica el año {0}; el primer día de ese año lo representa."),
        ["year-end"] = ("The source states only the year {0}; the last day of that year stands for it.",
            "La source n’indique que l’année {0} ; le dernier jour de cette année en tient lieu.",
            "La fuente solo indica el año {0}; el último día de ese año lo representa."),
        ["people-reached"] = ("People reached", "Personnes atteintes", "Personas alcanzadas"),
        ["people-reached-description"] = ("People the pledge reached, as reported in its validated updates.",
            "Personnes que l’engagement a atteintes, selon ses mises à jour validées.",
            "Personas que el compromiso alcanzó, según sus actualizaciones validadas."),
        ["more-than"] = ("More than this figure.", "Plus que ce chiffre.", "Más que esta cifra."),
        ["about"] = ("About this figure.", "Environ ce chiffre.", "Aproximadamente esta cifra."),
        ["less-than"] = ("Less than this figure.", "Moins que ce chiffre.", "Menos que esta cifra."),
        ["gcm"] = ("GCM objective {0}: {1}", "Objectif {0} du PMM : {1}", "Objetivo {0} del PMM: {1}"),
    };

    public static string Normalize(string? language) => Languages.Contains(language) ? language! : "en";

    public static string Get(string key, string language, params object[] args)
    {
        var (en, fr, es) = Texts[key];
        var text = language switch { "fr" => fr, "es" => es, _ => en };
        return args.Length == 0 ? text : string.Format(System.Globalization.CultureInfo.InvariantCulture, text, args);
    }
}
