namespace LocalAction.Web.Pages;

/// <summary>What a form's error summary shows: a title and each field's messages, linked to the field (or elsewhere).</summary>
public sealed record FormErrorSummary(string Title, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyDictionary<string, string> Labels,
    Func<string, string>? LinkFor = null);
