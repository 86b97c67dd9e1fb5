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

    [Fact]
    public void Every_string_the_pages_ask_for_exists_in_the_resources()
    {
        var english = Read(Path.Combine(RepositoryPaths.WebProject, "Resources", "SharedResource.resx"));
        var used = Directory.EnumerateFiles(RepositoryPaths.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "\\b[Ll]\\[\"((?:[^\"\\\\]|\\\\.)+)\"").Select(m => m.Groups[1].Value.Replace("\\\"", "\"")))
            .Where(k => !(k.EndsWith('.') && !k.Contains(' '))) // prefixes of keys built at run time, e.g. L["Compact." + value]
            .ToHashSet();
        used.Count.ShouldBeGreaterThan(100);
        used.Except(english.Keys).ShouldBeEmpty("strings used in pages but missing from SharedResource.resx");
    }

    [Theory]
    [InlineData("Compact.", new[] { "gcm", "gcr", "mirror", "idp-only" })]
    [InlineData("Stage.", new[] { "planning", "in-progress", "fulfilled", "discontinued" })]
    [InlineData("Kind.", new[] { "city", "district", "province", "network", "national-government", "partner" })]
    [InlineData("Beneficiary.", new[] { "migrants", "refugees", "idps", "stateless", "host-community" })]
    [InlineData("Challenge.", new[] { "shrinking-operating-space", "financing-gaps", "national-disinterest", "coordination-constraints", "legal-or-policy-constraints", "capacity", "other" })]
    [InlineData("Engagement.", new[] { "not-invited", "ad-hoc", "institutionalized" })]
    [InlineData("UpdateStatus.", new[] { "draft", "submitted", "validated", "rejected" })]
    public void Every_value_shown_through_a_built_key_has_a_string(string prefix, string[] values)
    {
        var english = Read(Path.Combine(RepositoryPaths.WebProject, "Resources", "SharedResource.resx"));
        values.Select(v => prefix + v).Except(english.Keys).ShouldBeEmpty();
    }

    [Fact]
    public void Every_session_type_speaking_role_and_accreditation_has_a_string()
    {
        var english = Read(Path.Combine(RepositoryPaths.WebProject, "Resources", "SharedResource.resx"));
        var keys = Enum.GetNames<LocalAction.Web.Features.Forums.SessionType>().Select(n => "SessionType." + n)
            .Concat(Enum.GetNames<LocalAction.Web.Features.Forums.SpeakingRoleKind>().Select(n => "Role." + n))
            .Concat(Enum.GetNames<LocalAction.Web.Features.Forums.Accreditation>().Select(n => "Accreditation." + n));
        keys.Except(english.Keys).ShouldBeEmpty();
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
}
