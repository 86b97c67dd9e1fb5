using System.Text.Json;

namespace LocalAction.Web.Data.Seed;

/// <summary>Reads the seed files embedded in the assembly (Data/Seed/**).</summary>
public static class SeedResource
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static string ReadText(string fileName)
    {
        var assembly = typeof(SeedResource).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Seed file '{fileName}' is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static T ReadJson<T>(string fileName) =>
        JsonSerializer.Deserialize<T>(ReadText(fileName), Json) ?? throw new InvalidOperationException($"Seed file '{fileName}' is empty.");
}
