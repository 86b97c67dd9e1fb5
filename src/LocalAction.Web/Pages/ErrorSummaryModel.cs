namespace LocalAction.Web.Pages;

/// <summary>What the shared error summary shows: each bad parameter with its messages, and where to start over.</summary>
public sealed record ErrorSummaryModel(IReadOnlyDictionary<string, string[]> Errors, string StartOverUrl);
