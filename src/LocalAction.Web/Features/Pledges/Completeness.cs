namespace LocalAction.Web.Features.Pledges;

/// <summary>Whether the pledge's content is documented or only its registration is known.</summary>
public enum Completeness
{
    Documented,
    DetailsNotDocumented,
}
