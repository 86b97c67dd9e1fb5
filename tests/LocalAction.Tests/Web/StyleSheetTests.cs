using LocalAction.Tests.Infrastructure;

namespace LocalAction.Tests.Web;

/// <summary>The site's own stylesheet parses: an unclosed rule makes browsers silently drop every rule after it.</summary>
public sealed class StyleSheetTests
{
    [Fact]
    public void Every_rule_of_site_css_is_closed_and_has_a_body()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.WebProject, "wwwroot", "css", "site.css"));
        var depth = 0;
        var sinceOpen = "";
        foreach (var ch in System.Text.RegularExpressions.Regex.Replace(css, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            if (ch == '{') { depth++; sinceOpen = ""; }
            else if (ch == '}') { sinceOpen.Trim().ShouldNotBeEmpty("an empty rule"); depth--; }
            else sinceOpen += ch;
            depth.ShouldBeInRange(0, 1);
        }
        depth.ShouldBe(0);
    }
}
