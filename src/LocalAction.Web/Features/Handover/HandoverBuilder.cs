using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Handover;

/// <summary>
/// Builds a round's hand-over package from the published pledges, in the fields the receiving platform asks for, and the
/// validation report of every pledge that cannot be handed over as it stands. Nothing is filled in that the registry does
/// not state: a missing value is left empty and named in the report. Texts are in English, the language of the three forms.
/// See docs/interoperability.md for the field mapping.
/// </summary>
public sealed class HandoverBuilder(LocalActionDbContext db)
{
    public const int GcmDescriptionMin = 300;
    public const int GcmDescriptionMax = 3_000;

    public static readonly IReadOnlyDictionary<string, HandoverPackage> Packages = new Dictionary<string, HandoverPackage>(StringComparer.Ordinal)
    {
        ["gcm"] = HandoverPackage.Gcm, ["gcr"] = HandoverPackage.Gcr, ["gfmd"] = HandoverPackage.Gfmd,
    };

    public static string Slug(HandoverPackage package) => package.ToString().ToLowerInvariant();

    /// <summary>Null when no round has this code.</summary>
    public async Task<HandoverResult?> BuildAsync(HandoverPackage package, string roundCode, string baseUrl, CancellationToken ct)
    {
        var round = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Code == roundCode, ct);
        if (round is null) return null;

        // A round holds at most a few hundred pledges: one read with everything the forms ask for.
        var pledges = await db.Pledges.AsNoTracking().AsSplitQuery()
            .Include(p => p.Organizations).ThenInclude(o => o.Organization).ThenInclude(o => o!.Country)
            .Include(p => p.Round).Include(p => p.Partners).Include(p => p.GcmObjectives).Include(p => p.GuidingPrinciples)
            .Include(p => p.GcrObjectives).Include(p => p.GcrAreas).Include(p => p.Sdgs)
            .Where(p => p.RoundId == round.Id && p.ReviewState == ReviewState.Published)
            .OrderBy(p => p.PublicId)
            .ToListAsync(ct);
        var names = await TaxonomyNames.LoadAsync(db, ct);

        var issues = new List<HandoverIssue>();
        var leftOut = new List<HandoverLeftOut>();
        var rows = new List<IReadOnlyList<string>>();
        var candidates = 0;
        foreach (var p in pledges)
        {
            if (p.Compact == Compact.IdpOnly)
            {
                leftOut.Add(new HandoverLeftOut(p.PublicId, p.Title, Lead(p),
                    "IDP-only: the action serves only internally displaced people, so it is not a GCM or GCR pledge; it stays in the registry and is counted apart."));
                continue;
            }
            if (!InScope(package, p.Compact)) continue;
            candidates++;

            var found = new List<HandoverIssue>();
            void Problem(string field, string problem, bool blocking = true) => found.Add(new HandoverIssue(p.PublicId, p.Title, Lead(p), field, problem, blocking));

            if (p.Compact is null && package != HandoverPackage.Gfmd)
                Problem("compact", $"The compact (GCM, GCR or both) is not stated, so it cannot be told whether this pledge belongs in the {package.ToString().ToUpperInvariant()} package.");
            if (string.IsNullOrWhiteSpace(p.Title)) Problem("title", "No title is documented in the registry.");
            CheckDescription(package, p.Description, Problem);

            var row = package switch
            {
                HandoverPackage.Gcm => GcmRow(p, names, baseUrl, Problem),
                HandoverPackage.Gcr => GcrRow(p, names, baseUrl, Problem),
                _ => GfmdRow(p, names, baseUrl),
            };
            issues.AddRange(found);
            if (!found.Any(i => i.Blocking)) rows.Add(row);
        }

        var columns = package switch
        {
            HandoverPackage.Gcm => GcmColumns,
            HandoverPackage.Gcr => GcrColumns,
            _ => GfmdColumns,
        };
        return new HandoverResult(package, round.Code, round.Name, columns, rows, issues, leftOut, candidates);
    }

    /// <summary>GCM takes GCM and Mirror pledges, GCR takes GCR and Mirror ones, GFMD every GCM/GCR pledge; an unknown compact is checked (and reported) by all.</summary>
    public static bool InScope(HandoverPackage package, Compact? compact) => package switch
    {
        HandoverPackage.Gcm => compact is Compact.Gcm or Compact.Mirror or null,
        HandoverPackage.Gcr => compact is Compact.Gcr or Compact.Mirror or null,
        _ => compact is not Compact.IdpOnly,
    };

    private static void CheckDescription(HandoverPackage package, string? description, Action<string, string, bool> problem)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            problem("description", "No description is documented in the registry.", true);
            return;
        }
        // The UN Network on Migration's pledge form takes 300 to 3,000 characters; the other forms set no length.
        var length = description.Trim().Length;
        if (package == HandoverPackage.Gcm && (length < GcmDescriptionMin || length > GcmDescriptionMax))
            problem("description", $"The description is {length.ToString("N0", CultureInfo.InvariantCulture)} characters long; the GCM pledge form takes {GcmDescriptionMin} to {GcmDescriptionMax.ToString("N0", CultureInfo.InvariantCulture)}.", true);
    }

    public static readonly IReadOnlyList<string> GcmColumns =
        ["pledge_id", "title", "description", "gcm_objectives", "guiding_principles", "pledge_type", "participating_actors", "contact", "compact", "round", "url"];

    public static readonly IReadOnlyList<string> GcrColumns =
        ["pledge_id", "title", "description", "areas_of_focus", "gcr_objectives", "contribution_type", "stage", "pledging_entity", "co_pledgers", "partners", "countries", "compact", "round", "url"];

    public static readonly IReadOnlyList<string> GfmdColumns =
        ["pledge_id", "title", "description", "lead_organization", "partners", "countries", "gcm_objectives", "gcr_areas_of_focus", "sdgs", "start_year", "end_year", "status", "round", "url"];

    private static List<string> GcmRow(Pledge p, TaxonomyNames names, string baseUrl, Action<string, string, bool> problem)
    {
        if (p.GcmObjectives.Count == 0) problem("gcm_objectives", "No GCM objective is recorded.", true);
        if (p.GuidingPrinciples.Count == 0) problem("guiding_principles", "No guiding principle is recorded; the field is left empty.", false);
        var type = PledgeType(p.Kind, p.Organizations.Any(o => o.Role == PledgeRole.CoPledger));
        if (type is null) problem("pledge_type", "How the pledge was made (alone, jointly, by a network) is not stated, so its pledge type cannot be told.", true);
        // Contact e-mails are personal data: only an organization-level contact may be handed over, and the registry holds
        // none (accounts' e-mails are never used). The field stays empty and the report says so.
        problem("contact", "The registry holds no organization-level contact for this pledge; the field is left empty (personal e-mails of accounts are never handed over).", false);
        return
        [
            p.PublicId, p.Title ?? "", p.Description?.Trim() ?? "",
            Join(p.GcmObjectives.Select(g => g.GcmObjectiveNumber).Order().Select(n => $"{n}. {names.Gcm[n]}")),
            Join(p.GuidingPrinciples.Select(g => g.GuidingPrincipleCode).Order(StringComparer.Ordinal).Select(c => $"{c}. {names.Principles[c]}")),
            type ?? "", Actors(p), "", CompactName(p.Compact), p.Round?.Code ?? "", Url(baseUrl, p),
        ];
    }

    private static List<string> GcrRow(Pledge p, TaxonomyNames names, string baseUrl, Action<string, string, bool> problem)
    {
        if (p.GcrAreas.Count == 0) problem("areas_of_focus", "No GCR area of focus is recorded.", true);
        // The GRF form asks whether a pledge is financial, material, technical or a policy commitment; the registry does not record it.
        problem("contribution_type", "The contribution type (financial, material, technical, policy) is not recorded in the registry; the field is left empty.", false);
        if (p.Stage is null) problem("stage", "The pledge's stage is not stated; the field is left empty.", false);
        var lead = p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.Organization!.Name);
        var co = p.Organizations.Where(o => o.Role == PledgeRole.CoPledger).Select(o => o.Organization!.Name).Order(StringComparer.Ordinal);
        return
        [
            p.PublicId, p.Title ?? "", p.Description?.Trim() ?? "",
            Join(p.GcrAreas.OrderBy(a => names.GcrAreaOrder[a.GcrAreaCode]).Select(a => names.GcrAreas[a.GcrAreaCode])),
            Join(p.GcrObjectives.Select(o => o.GcrObjectiveNumber).Order().Select(n => $"{n}. {names.GcrObjectives[n]}")),
            "", p.Stage is { } s ? StageName(s) : "", Join(lead), Join(co), Partners(p), Countries(p), CompactName(p.Compact), p.Round?.Code ?? "", Url(baseUrl, p),
        ];
    }

    private static List<string> GfmdRow(Pledge p, TaxonomyNames names, string baseUrl) =>
    [
        p.PublicId, p.Title ?? "", p.Description?.Trim() ?? "",
        Join(p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.Organization!.Name)),
        Join(p.Organizations.Where(o => o.Role == PledgeRole.CoPledger).Select(o => o.Organization!.Name).Order(StringComparer.Ordinal).Concat(p.Partners.OrderBy(x => x.Id).Select(x => x.Name))),
        Countries(p),
        Join(p.GcmObjectives.Select(g => g.GcmObjectiveNumber).Order().Select(n => $"{n}. {names.Gcm[n]}")),
        Join(p.GcrAreas.OrderBy(a => names.GcrAreaOrder[a.GcrAreaCode]).Select(a => names.GcrAreas[a.GcrAreaCode])),
        Join(p.Sdgs.Select(s => s.SdgNumber).Order().Select(n => $"{n}. {names.Sdgs[n]}")),
        p.StartYear?.ToString(CultureInfo.InvariantCulture) ?? "", p.Ongoing == true ? "ongoing" : p.EndYear?.ToString(CultureInfo.InvariantCulture) ?? "",
        p.Stage is { } s ? StageName(s) : "", p.Round?.Code ?? "", Url(baseUrl, p),
    ];

    /// <summary>
    /// The GCM pledge form's types: a network's pledge on behalf of its members, one commitment shared by many, is "common";
    /// a city-to-city or national-local pledge, or any pledge with co-pledgers, made together, is "in partnership"; one
    /// government's pledge without co-pledgers is "individual". Named partners who did not pledge do not make a pledge "in
    /// partnership". "Matching" (a pledge answering another's offer or need) is never recorded, so never given. Without a
    /// stated kind or co-pledgers there is no type: a single recorded pledger alone does not prove an individual pledge.
    /// </summary>
    public static string? PledgeType(PledgeKind? kind, bool hasCoPledgers) => (kind, hasCoPledgers) switch
    {
        (PledgeKind.NetworkOnBehalfOfMembers, _) => "common",
        (PledgeKind.CityToCityJoint or PledgeKind.NationalLocal, _) or (_, true) => "in partnership",
        (PledgeKind.Individual, false) => "individual",
        _ => null,
    };

    public static string StageName(PledgeStage stage) => stage switch
    {
        PledgeStage.Planning => "planning",
        PledgeStage.InProgress => "in progress",
        PledgeStage.Fulfilled => "fulfilled",
        _ => "discontinued",
    };

    private static string CompactName(Compact? compact) => compact is { } c ? FilterValues.Compacts[c] : "";

    private static string Lead(Pledge p) => p.Organizations.FirstOrDefault(o => o.Role == PledgeRole.Lead)?.Organization?.Name ?? "";

    private static string Actors(Pledge p) => Join(
        p.Organizations.OrderBy(o => o.Role).ThenBy(o => o.Organization!.Name, StringComparer.Ordinal)
            .Select(o => $"{o.Organization!.Name} ({(o.Role == PledgeRole.Lead ? "lead pledger" : "co-pledger")}, {KindName(o.Organization.Kind)})")
            .Concat(p.Partners.OrderBy(x => x.Id).Select(x => x.Type is { } t ? $"{x.Name} (partner, {PartnerName(t)})" : $"{x.Name} (partner)")));

    private static string Partners(Pledge p) => Join(p.Partners.OrderBy(x => x.Id).Select(x => x.Name));

    private static string Countries(Pledge p) => Join(p.Organizations.Select(o => o.Organization!.Country?.Name).OfType<string>().Distinct().Order(StringComparer.Ordinal));

    private static string KindName(OrganizationKind kind) => FilterValues.Kinds[kind] switch
    {
        "city" => "city or municipality",
        "district" => "district or county",
        "province" => "province, state or region",
        "network" => "local government network",
        "national-government" => "national government",
        _ => "partner organization",
    };

    private static string PartnerName(PartnerType type) => FilterValues.Kebab(type).Replace('-', ' ');

    private static string Url(string baseUrl, Pledge p) => $"{baseUrl.TrimEnd('/')}/pledges/{p.PublicId}";

    private static string Join(IEnumerable<string> values) => string.Join(" | ", values);

    /// <summary>English names of the taxonomies: small, fixed lists read once per package.</summary>
    private sealed record TaxonomyNames(
        IReadOnlyDictionary<int, string> Gcm, IReadOnlyDictionary<string, string> Principles, IReadOnlyDictionary<int, string> GcrObjectives,
        IReadOnlyDictionary<string, string> GcrAreas, IReadOnlyDictionary<string, int> GcrAreaOrder, IReadOnlyDictionary<int, string> Sdgs)
    {
        public static async Task<TaxonomyNames> LoadAsync(LocalActionDbContext db, CancellationToken ct)
        {
            var areas = await db.GcrAreas.AsNoTracking().ToListAsync(ct);
            return new TaxonomyNames(
                await db.GcmObjectives.AsNoTracking().ToDictionaryAsync(x => x.Number, x => x.NameEn, ct),
                await db.GuidingPrinciples.AsNoTracking().ToDictionaryAsync(x => x.Code, x => x.NameEn, ct),
                await db.GcrObjectives.AsNoTracking().ToDictionaryAsync(x => x.Number, x => x.NameEn, ct),
                areas.ToDictionary(a => a.Code, a => a.NameEn), areas.ToDictionary(a => a.Code, a => a.SortOrder),
                await db.Sdgs.AsNoTracking().ToDictionaryAsync(x => x.Number, x => x.NameEn, ct));
        }
    }
}
