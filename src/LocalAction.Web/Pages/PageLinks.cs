namespace LocalAction.Web.Pages;

/// <summary>What the shared pager shows: the current page, how many there are and the address of any page.</summary>
public sealed record PageLinks(int Page, int TotalPages, Func<int, string> Url)
{
    public const int PageSize = 25;

    public static int Pages(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    public static int Clamp(int? page) => Math.Max(1, page ?? 1);
}
