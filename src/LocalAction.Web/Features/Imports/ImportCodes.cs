using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// The codes a file writes for enum values: the words the API and the URLs use (<see cref="FilterValues"/>), which the exports
/// write; the C# names are accepted too ("InProgress"), never numbers.
/// </summary>
public static class ImportCodes
{
    public static readonly IReadOnlyDictionary<string, Compact> Compacts = Reverse(FilterValues.Compacts);
    public static readonly IReadOnlyDictionary<string, PledgeKind> PledgeKinds = Reverse(FilterValues.PledgeKinds);
    public static readonly IReadOnlyDictionary<string, PledgeStage> Stages = Reverse(FilterValues.Stages);
    public static readonly IReadOnlyDictionary<string, Completeness> Completenesses = Reverse(FilterValues.Completenesses);
    public static readonly IReadOnlyDictionary<string, BeneficiaryGroup> Beneficiaries = Reverse(FilterValues.Beneficiaries);
    public static readonly IReadOnlyDictionary<string, OrganizationKind> OrganizationKinds = Reverse(FilterValues.Kinds);
    public static readonly IReadOnlyDictionary<string, PartnerType> PartnerTypes =
        Reverse(Enum.GetValues<PartnerType>().ToDictionary(t => t, FilterValues.Kebab));

    public static T? Parse<T>(IReadOnlyDictionary<string, T> codes, string value) where T : struct, Enum =>
        codes.TryGetValue(value.Trim(), out var parsed) ? parsed : ParseEnum<T>(value.Trim());

    /// <summary>The codes for a message: "gcm, gcr, mirror, idp-only" (worked out once per list: rows ask for it as they are read).</summary>
    public static string List<T>(IReadOnlyDictionary<string, T> codes) => Lists.GetValue(codes, c => string.Join(", ", ((IReadOnlyDictionary<string, T>)c).Keys));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, string> Lists = new();

    private static Dictionary<string, T> Reverse<T>(IReadOnlyDictionary<T, string> words) where T : struct, Enum =>
        words.ToDictionary(w => w.Value, w => w.Key, StringComparer.OrdinalIgnoreCase);
}
