using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// The values of the stored pledges a batch of rows names, read as flat, untracked projections (one query per link table,
/// filtered by the batch's ids, as the export reads them): comparing a re-imported file with the registry must not cost an
/// entity graph per row.
/// </summary>
public static class StoredPledges
{
    public static async Task<Dictionary<int, PledgeValues>> LoadAsync(LocalActionDbContext db, IReadOnlyCollection<int> ids, IReadOnlyDictionary<int, string> slugs,
        CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var values = await db.Pledges.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new
        {
            p.Id, Values = new PledgeValues
            {
                ExternalId = p.ExternalId, Title = p.Title, Description = p.Description, OriginalLanguage = p.OriginalLanguage, RoundId = p.RoundId,
                Compact = p.Compact, Kind = p.Kind, Stage = p.Stage, Completeness = p.Completeness, StartYear = p.StartYear, EndYear = p.EndYear,
                Ongoing = p.Ongoing, BudgetAmount = p.BudgetAmount, BudgetCurrency = p.BudgetCurrency, PledgedOn = p.PledgedOn,
                SourceDocument = p.SourceDocument, SourceSection = p.SourceSection, SourceNote = p.SourceNote, IsSynthetic = p.IsSynthetic,
            },
        }).ToDictionaryAsync(x => x.Id, x => x.Values, ct);

        foreach (var x in await db.Set<PledgeOrganization>().AsNoTracking().Where(x => ids.Contains(x.PledgeId)).Select(x => new { x.PledgeId, x.OrganizationId, x.Role }).ToListAsync(ct))
        {
            if (x.Role == PledgeRole.Lead) values[x.PledgeId].LeadSlug = slugs[x.OrganizationId];
            else values[x.PledgeId].CoPledgerSlugs.Add(slugs[x.OrganizationId]);
        }
        foreach (var x in await db.Set<PledgePartner>().AsNoTracking().Where(x => ids.Contains(x.PledgeId)).OrderBy(x => x.Id).Select(x => new { x.PledgeId, x.Name, x.Type }).ToListAsync(ct))
            values[x.PledgeId].Partners.Add((x.Name, x.Type));
        foreach (var x in await db.Set<PledgeBeneficiary>().AsNoTracking().Where(x => ids.Contains(x.PledgeId)).Select(x => new { x.PledgeId, x.Group }).ToListAsync(ct))
            values[x.PledgeId].Beneficiaries.Add(x.Group);
        foreach (var x in await db.Set<PledgePriority>().AsNoTracking().Where(x => ids.Contains(x.PledgeId)).Select(x => new { x.PledgeId, x.PriorityNumber }).ToListAsync(ct))
            values[x.PledgeId].Priorities.Add(x.PriorityNumber);
        foreach (var x in await db.Set<PledgeGcmObjective>().AsNoTracking().Where(x => ids.Contains(x.PledgeId)).Select(x => new { x.PledgeId, x.GcmObjectiveNumber, x.Origin }).ToListAsync(ct))
            values[x.PledgeId].GcmObjectives.Add((x.GcmObjectiveNumber, x.Origin));
        foreach (var x in await db.Set<PledgeGuidingPrinciple>().AsNoTracking().Where(x => ids.Contains(x.PledgeId)).Select(x => new { x.PledgeId, x.GuidingPrincipleCode, x.Origin }).ToListAsync(ct))
            values[x.PledgeId].GuidingPrinciples.Add((x.GuidingPrincipleCode, x.Origin));
        foreach (var x in await db.Set<PledgeGcrObjective>().AsNoTracking().Where(x => ids.Contains(x.PledgeId)).Select(x => new { x.PledgeId, x.GcrObjectiveNumber, x.Origin }).ToListAsync(ct))
            values[x.PledgeId].GcrObjectives.Add((x.GcrObjectiveNumber, x.Origin));
        foreach (var x in await db.Set<PledgeGcrArea>().AsNoTracking().Where(x => ids.Contains(x.PledgeId)).Select(x => new { x.PledgeId, x.GcrAreaCode, x.Origin }).ToListAsync(ct))
            values[x.PledgeId].GcrAreas.Add((x.GcrAreaCode, x.Origin));
        foreach (var x in await db.Set<PledgeSdg>().AsNoTracking().Where(x => ids.Contains(x.PledgeId)).Select(x => new { x.PledgeId, x.SdgNumber, x.Origin }).ToListAsync(ct))
            values[x.PledgeId].Sdgs.Add((x.SdgNumber, x.Origin));
        return values;
    }
}
