using System.Xml.Linq;
using LocalAction.Tests.Infrastructure;

namespace LocalAction.Tests.Web;

/// <summary>Every interface string exists in French and Spanish, so no reader meets an untranslated label.</summary>
public sealed class LocalizationResourceTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_resource_key_has_a_translation(string language)
    {
        var folder = Path.Combine(RepositoryPaths.WebProject, "Resources");
        var english = Read(Path.Combine(folder, "SharedResource.resx"));
        var translated = Read(Path.Combine(folder, $"SharedResource.{language}.resx"));
        english.Keys.Except(translated.Keys).ShouldBeEmpty($"keys missing from SharedResource.{language}.resx");
        translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty("keys with an empty value");
        english.Count.ShouldBeGreaterThan(10);
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
