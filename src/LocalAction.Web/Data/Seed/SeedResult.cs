namespace LocalAction.Web.Data.Seed;

/// <summary>How many rows a seed run added; all zero on a second run.</summary>
public sealed record SeedResult(int Taxonomies, int Rounds, int Organizations, int ChampionMarks, int Pledges, int PublishedStatistics, int Forums)
{
    public bool AddedNothing => Taxonomies + Rounds + Organizations + ChampionMarks + Pledges + PublishedStatistics + Forums == 0;

    public override string ToString() => AddedNothing
        ? "seed data already present; nothing added."
        : $"added {Taxonomies} taxonomy rows, {Rounds} rounds, {Organizations} organizations, {ChampionMarks} GCM Champion marks, {Pledges} pledges, {PublishedStatistics} published statistics, {Forums} forums.";
}
