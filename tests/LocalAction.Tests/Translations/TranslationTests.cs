using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace LocalAction.Tests.Translations;

/// <summary>
/// Multilingual pledge content: the Secretariat translates a published pledge's title and description; readers see their
/// language or the original with a note saying so; search finds the pledge by the words of any of its languages. Both providers.
/// </summary>
public abstract class TranslationTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;

    [Fact]
    public async Task A_french_translation_is_shown_to_french_readers_the_original_to_others_with_a_note_and_search_finds_it_by_its_french_words()
    {
        var pledge = await SeededPledgeAsync(0);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var saved = await secretariat.PutAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/translations/fr",
            new { title = "Accueil des nouveaux arrivants à Quimperlé", description = "Cours de langue et logement pour les familles réfugiées." });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(saved))["version"]!.GetValue<int>().ShouldBe(1);

        var french = await PageAsync(pledge.PublicId, "fr");
        var h1 = french.QuerySelector("h1")!;
        h1.TextContent.ShouldBe("Accueil des nouveaux arrivants à Quimperlé");
        h1.GetAttribute("lang").ShouldBe("fr");
        var note = french.QuerySelector(".text-language")!.TextContent;
        note.ShouldContain("Traduction du Secrétariat.");
        note.ShouldContain("Langue d'origine : anglais.");
        french.QuerySelector("#description-heading")!.ParentElement!.TextContent.ShouldContain("Cours de langue et logement");
        french.QuerySelector(".text-language a")!.GetAttribute("href").ShouldBe($"/pledges/{pledge.PublicId}?text=original");

        // Spanish has no translation: the original, in English, said so, and marked as English for screen readers.
        var spanish = await PageAsync(pledge.PublicId, "es");
        spanish.QuerySelector("h1")!.TextContent.ShouldBe(pledge.Title);
        spanish.QuerySelector("h1")!.GetAttribute("lang").ShouldBe("en");
        spanish.QuerySelector(".text-language")!.TextContent.ShouldContain("Este texto aún no está disponible en español: se muestra en su idioma original, inglés.");
        spanish.QuerySelector(".text-versions")!.TextContent.ShouldContain("francés");

        var english = await PageAsync(pledge.PublicId, "en");
        english.QuerySelector("h1")!.TextContent.ShouldBe(pledge.Title);
        english.QuerySelector(".text-language").ShouldBeNull();

        var original = await PageAsync(pledge.PublicId + "?text=original", "fr");
        original.QuerySelector("h1")!.TextContent.ShouldBe(pledge.Title);
        original.QuerySelector(".text-language").ShouldBeNull();

        var api = await ReadAsync(await F.CreateClient().GetAsync($"/api/v1/pledges/{pledge.PublicId}"));
        api["textLanguage"]!.GetValue<string>().ShouldBe("en");
        var translation = api["translations"]!.AsArray().Single()!;
        translation["language"]!.GetValue<string>().ShouldBe("fr");
        translation["source"]!.GetValue<string>().ShouldBe("secretariat");
        translation["mayBeOutdated"]!.GetValue<bool>().ShouldBeFalse();

        // Found by a French word in any interface language, and listed with the French title to French readers.
        var total = 0;
        for (var attempt = 0; attempt < 100 && total == 0; attempt++)
        {
            total = (await ReadAsync(await F.CreateClient().GetAsync("/api/v1/pledges?q=Quimperle")))["total"]!.GetValue<int>();
            if (total == 0) await Task.Delay(100);
        }
        total.ShouldBe(1);
        var list = await PageAsync("?q=quimperl%C3%A9", "fr", prefix: "/pledges");
        var link = list.QuerySelector($"[data-public-id='{pledge.PublicId}'] h2 a")!;
        link.TextContent.ShouldBe("Accueil des nouveaux arrivants à Quimperlé");
        link.GetAttribute("lang").ShouldBe("fr");
        var englishList = await PageAsync("?q=quimperl%C3%A9", "en", prefix: "/pledges");
        englishList.QuerySelector($"[data-public-id='{pledge.PublicId}'] h2 a")!.TextContent.ShouldBe(pledge.Title);

        // A French export carries the translation beside the original; an English one has no French text.
        var frenchCsv = await F.CreateClient().GetStringAsync("/api/v1/exports/pledges?format=csv&lang=fr&q=quimperle");
        var frenchLines = frenchCsv.TrimStart('\uFEFF').Split("\r\n");
        var header = frenchLines[0].Split(',').ToList();
        var translatedTitle = header.IndexOf("Titre dans la langue du fichier");
        translatedTitle.ShouldBeGreaterThan(header.IndexOf("Titre"));
        frenchLines[1].ShouldContain(pledge.PublicId);
        frenchLines[1].ShouldContain("Accueil des nouveaux arrivants à Quimperlé");
        var englishCsv = await F.CreateClient().GetStringAsync("/api/v1/exports/pledges?format=csv&lang=en&q=quimperle");
        englishCsv.ShouldContain("Title in the file's language");
        englishCsv.ShouldNotContain("Accueil des nouveaux arrivants");

        await using var scope = F.CreateDbScope();
        (await scope.Db.AuditEvents.CountAsync(e => e.Action == "translation.added" && e.Target == $"pledge:{pledge.PublicId}" && e.Detail == "fr")).ShouldBe(1);
    }

    [Fact]
    public async Task Each_bad_translation_gets_its_own_message_and_nothing_is_stored()
    {
        var pledge = await SeededPledgeAsync(1);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var url = $"/api/v1/pledges/{pledge.PublicId}/translations";

        async Task<string> Refused(HttpResponseMessage response, HttpStatusCode status, string field)
        {
            response.StatusCode.ShouldBe(status);
            var body = await ReadAsync(response);
            return string.Join(" ", body["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()));
        }

        (await Refused(await secretariat.PutAsJsonAsync(url + "/de", new { title = "Titel" }), HttpStatusCode.BadRequest, "language"))
            .ShouldContain("'de' is not a language of this site: use one of en, fr, es.");
        (await Refused(await secretariat.PutAsJsonAsync(url + "/en", new { title = "Another English title" }), HttpStatusCode.BadRequest, "language"))
            .ShouldContain("English is this pledge's original language");
        (await Refused(await secretariat.PutAsJsonAsync(url + "/es", new { title = "  ", description = "" }), HttpStatusCode.BadRequest, "title"))
            .ShouldContain("Give the title, the description or both");
        (await Refused(await secretariat.PutAsJsonAsync(url + "/es", new { title = new string('t', 501) }), HttpStatusCode.BadRequest, "title"))
            .ShouldContain("at most 500 characters");
        (await Refused(await secretariat.PutAsJsonAsync(url + "/es", new { description = new string('d', 20_001) }), HttpStatusCode.BadRequest, "description"))
            .ShouldContain("at most 20000 characters");
        (await Refused(await secretariat.PutAsJsonAsync(url + "/es", new { title = "Título", source = "robot" }), HttpStatusCode.BadRequest, "source"))
            .ShouldContain("'robot' is not a source");
        (await secretariat.PutAsJsonAsync(url + "/es", new { title = "Título", colour = "red" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        (await focal.PutAsJsonAsync(url + "/es", new { title = "Título" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await F.CreateClient().PutAsJsonAsync(url + "/es", new { title = "Título" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await secretariat.PutAsJsonAsync("/api/v1/pledges/not-an-id/translations/es", new { title = "Título" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await secretariat.PutAsJsonAsync("/api/v1/pledges/CLA-2019-9999/translations/es", new { title = "Título" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var scope = F.CreateDbScope();
        (await scope.Db.PledgeTranslations.CountAsync(t => t.PledgeId == pledge.Id)).ShouldBe(0);
        (await scope.Db.AuditEvents.CountAsync(e => e.Target == $"pledge:{pledge.PublicId}" && e.Action.StartsWith("translation."))).ShouldBe(0);
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_the_saved_one_and_removal_needs_the_version_seen()
    {
        var pledge = await SeededPledgeAsync(2);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        var url = $"/api/v1/pledges/{pledge.PublicId}/translations/es";
        (await secretariat.PutAsJsonAsync(url, new { title = "Primera versión" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await secretariat.PutAsJsonAsync(url, new { title = "Segunda versión", version = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Someone who opened version 1 (or thought there was none) does not overwrite version 2 unseen.
        foreach (var stale in new int?[] { 1, null })
        {
            var conflict = await secretariat.PutAsJsonAsync(url, new { title = "Versión perdida", version = stale });
            conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            var body = await ReadAsync(conflict);
            body["currentVersion"]!.GetValue<int>().ShouldBe(2);
            body["current"]!["title"]!.GetValue<string>().ShouldBe("Segunda versión");
        }

        (await secretariat.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await secretariat.DeleteAsync(url + "?version=1")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await PageAsync(pledge.PublicId, "es")).QuerySelector("h1")!.TextContent.ShouldBe("Segunda versión");
        (await secretariat.DeleteAsync(url + "?version=2")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await secretariat.DeleteAsync(url + "?version=2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var spanish = await PageAsync(pledge.PublicId, "es");
        spanish.QuerySelector("h1")!.TextContent.ShouldBe(pledge.Title);
        spanish.QuerySelector(".text-language")!.TextContent.ShouldContain("no está disponible en español");
        await using var scope = F.CreateDbScope();
        (await scope.Db.AuditEvents.Where(e => e.Target == $"pledge:{pledge.PublicId}" && e.Action.StartsWith("translation."))
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()).ShouldBe(["translation.added", "translation.corrected", "translation.removed"]);
    }

    [Fact]
    public async Task When_the_original_text_changes_the_translation_says_it_may_no_longer_match()
    {
        var pledge = await SeededPledgeAsync(3);
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        (await secretariat.PutAsJsonAsync($"/api/v1/pledges/{pledge.PublicId}/translations/fr", new { title = "Titre traduit", source = "pledger" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await PageAsync(pledge.PublicId, "fr");
        before.QuerySelector(".text-language")!.TextContent.ShouldContain("Traduction fournie par l'organisation qui s'engage.");
        before.QuerySelector(".text-language strong").ShouldBeNull();
        // The description was not translated: it stays in English, marked as such, and the note says the text is not all French.
        before.QuerySelector("#description-heading")!.ParentElement!.QuerySelector("div[lang]")!.GetAttribute("lang").ShouldBe("en");

        await using (var scope = F.CreateDbScope())
        {
            var stored = await scope.Db.Pledges.SingleAsync(p => p.Id == pledge.Id);
            stored.Title += " (revised)";
            await scope.Db.SaveChangesAsync();
        }
        var after = await PageAsync(pledge.PublicId, "fr");
        after.QuerySelector("h1")!.TextContent.ShouldBe("Titre traduit");
        after.QuerySelector(".text-language strong")!.TextContent.ShouldContain("Le texte original a changé depuis cette traduction");
    }

    [Fact]
    public async Task The_secretariat_translates_on_the_page_sees_every_error_beside_its_field_and_confirms_a_removal()
    {
        var pledge = await SeededPledgeAsync(4);
        var (client, _) = await TestAccounts.SignedInClientAsync(F, Roles.Secretariat);
        var page = $"/pledges/{pledge.PublicId}/translations";

        var tooLong = await TestAccounts.SubmitFormAsync(client, page, new Dictionary<string, string>
        {
            ["Input.Language"] = "es", ["Input.Version"] = "0", ["Input.Title"] = new string('x', 501), ["Input.Description"] = "", ["Input.Source"] = "secretariat",
        });
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = new HtmlParser().ParseDocument(await tooLong.Content.ReadAsStringAsync());
        html.QuerySelector("#error-summary a[href='#Input_Title']").ShouldNotBeNull();
        html.QuerySelector("#Input_Title")!.GetAttribute("aria-describedby").ShouldBe("Input_Title-error");
        html.QuerySelector("#Input_Title-error")!.TextContent.ShouldContain("at most 500 characters");
        html.QuerySelector("#Input_Title")!.GetAttribute("value")!.Length.ShouldBe(501); // what was typed is kept

        var saved = await TestAccounts.SubmitFormAsync(client, page, new Dictionary<string, string>
        {
            ["Input.Language"] = "es", ["Input.Version"] = "0", ["Input.Title"] = "Título en español", ["Input.Description"] = "", ["Input.Source"] = "secretariat",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PageAsync(pledge.PublicId, "es")).QuerySelector("h1")!.TextContent.ShouldBe("Título en español");

        // Removing asks first; only the confirmation's POST removes it.
        var confirm = new HtmlParser().ParseDocument(await client.GetStringAsync(page + "?remove=es"));
        confirm.QuerySelector("#confirm-remove")!.TextContent.ShouldContain("Remove the translation into Spanish?");
        await using (var scope = F.CreateDbScope()) (await scope.Db.PledgeTranslations.CountAsync(t => t.PledgeId == pledge.Id)).ShouldBe(1);
        var removed = await TestAccounts.SubmitFormAsync(client, page + "?remove=es", new Dictionary<string, string> { ["Input.Language"] = "es", ["Input.Version"] = "1" },
            postUrl: page + "?handler=Remove");
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var scope = F.CreateDbScope()) (await scope.Db.PledgeTranslations.CountAsync(t => t.PledgeId == pledge.Id)).ShouldBe(0);

        // Focal points and anonymous readers do not reach the page.
        var (focal, _) = await TestAccounts.SignedInClientAsync(F, Roles.FocalPoint, pledge.OrganizationId);
        (await focal.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TestAccounts.BrowserClient(F).GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Translations_given_with_a_submission_are_published_as_the_pledgers_and_an_edit_replaces_them()
    {
        var focal = await TestAccounts.ApiClientAsync(F, Roles.FocalPoint, await Submissions.SubmissionTestData.OrganizationIdAsync(F, "accra"));
        var secretariat = await TestAccounts.ApiClientAsync(F, Roles.Secretariat);
        Dictionary<string, object?> Content(params object[] translations)
        {
            var content = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(
                System.Text.Json.JsonSerializer.Serialize(Submissions.SubmissionTestData.Complete("accra", "Welcome desks in Ablekuma")), Submissions.SubmissionTestData.Web)!;
            content["translations"] = translations;
            return content;
        }

        // Bad translations are each named, and no draft is created.
        int drafts;
        await using (var scope = F.CreateDbScope()) drafts = await scope.Db.Submissions.CountAsync();
        var refused = await focal.PostAsJsonAsync("/api/v1/submissions", Content(
            new { language = "en", title = "Welcome desks" }, new { language = "de", title = "Willkommensschalter" },
            new { language = "fr", title = "Guichets" }, new { language = "fr", title = "Guichets d'accueil" }));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var messages = string.Join(" | ", (await ReadAsync(refused))["errors"]!["translations"]!.AsArray().Select(m => m!.GetValue<string>()));
        messages.ShouldContain("English is the language the pledge is written in: leave its translation empty.");
        messages.ShouldContain("'de' is not a language of this site");
        messages.ShouldContain("French is given twice.");
        await using (var scope = F.CreateDbScope()) (await scope.Db.Submissions.CountAsync()).ShouldBe(drafts);

        var created = await ReadAsync(await focal.PostAsJsonAsync("/api/v1/submissions", Content(
            new { language = "fr", title = "Guichets d'accueil à Ablekuma", description = "Des guichets d'accueil dans quatre quartiers." })));
        var id = created["id"]!.GetValue<int>();
        var publicId = await PublishAsync(focal, secretariat, id);

        var pledge = await ReadAsync(await F.CreateClient().GetAsync($"/api/v1/pledges/{publicId}"));
        var translation = pledge["translations"]!.AsArray().Single()!;
        (translation["language"]!.GetValue<string>(), translation["source"]!.GetValue<string>()).ShouldBe(("fr", "pledger"));
        var french = await PageAsync(publicId, "fr");
        french.QuerySelector("h1")!.TextContent.ShouldBe("Guichets d'accueil à Ablekuma");
        french.QuerySelector(".text-language")!.TextContent.ShouldContain("Traduction fournie par l'organisation qui s'engage.");
        // The home page's latest pledges use the translated title too, marked as French.
        var home = await PageAsync("", "fr", prefix: "/");
        var latest = home.QuerySelector($".latest-pledges a[href='/pledges/{publicId}']")!;
        (latest.TextContent, latest.GetAttribute("lang")).ShouldBe(("Guichets d'accueil à Ablekuma", "fr"));

        // An edit starts from the published translations; removing French and giving Spanish publishes exactly that.
        var edit = await ReadAsync(await focal.PostAsync($"/api/v1/pledges/{publicId}/edits", null));
        edit["content"]!["translations"]!.AsArray().Single()!["title"]!.GetValue<string>().ShouldBe("Guichets d'accueil à Ablekuma");
        var content = Content(new { language = "es", title = "Ventanillas de acogida en Ablekuma", description = (string?)null });
        content["round"] = edit["content"]!["round"]!.GetValue<string>();
        (await focal.PutAsJsonAsync($"/api/v1/submissions/{edit["id"]!.GetValue<int>()}", new { version = edit["version"]!.GetValue<int>(), content }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PublishAsync(focal, secretariat, edit["id"]!.GetValue<int>())).ShouldBe(publicId);
        var after = await ReadAsync(await F.CreateClient().GetAsync($"/api/v1/pledges/{publicId}"));
        after["translations"]!.AsArray().Select(t => t!["language"]!.GetValue<string>()).ShouldBe(["es"]);
        (await PageAsync(publicId, "fr")).QuerySelector(".text-language")!.TextContent.ShouldContain("n'est pas encore disponible en français");
    }

    private static async Task<string> PublishAsync(HttpClient focal, HttpClient secretariat, int id)
    {
        var version = (await ReadAsync(await focal.GetAsync($"/api/v1/submissions/{id}")))["version"]!.GetValue<int>();
        (await focal.PostAsJsonAsync($"/api/v1/submissions/{id}/submit", new { version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var action in new[] { "start-review", "validate" })
            (await Submissions.SubmissionTestData.ReviewAsync(secretariat, id, action)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var published = await ReadAsync(await Submissions.SubmissionTestData.ReviewAsync(secretariat, id, "publish"));
        return published["publishedPublicId"]!.GetValue<string>();
    }

    private sealed record SeededPledge(int Id, string PublicId, string Title, int OrganizationId);

    /// <summary>The n-th seeded pledge with a title and a description (each test its own, so they never see each other's translations).</summary>
    private async Task<SeededPledge> SeededPledgeAsync(int n)
    {
        await using var scope = F.CreateDbScope();
        var p = await scope.Db.Pledges.Where(p => p.ReviewState == ReviewState.Published && p.Title != null && p.Description != null && !p.IsSynthetic)
            .OrderByDescending(p => p.Id).Skip(10 + n).Select(p => new { p.Id, p.PublicId, p.Title, Lead = p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.OrganizationId).First() })
            .FirstAsync();
        return new SeededPledge(p.Id, p.PublicId, p.Title!, p.Lead);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string path, string language, string prefix = "/pledges/")
    {
        var client = F.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.GetAsync(prefix + path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonNode> ReadAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}

public sealed class TranslationTestsOnSqlite(SqliteApp app) : TranslationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class TranslationTestsOnPostgres(PostgresApp app) : TranslationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
