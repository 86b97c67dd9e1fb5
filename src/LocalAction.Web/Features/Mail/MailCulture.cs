using System.Globalization;
using LocalAction.Web.Features.Accounts;

namespace LocalAction.Web.Features.Mail;

/// <summary>
/// Writes an e-mail in its reader's language, not the sender's: the localizer and date formatting follow the current
/// cultures, so these are switched for the time the text is written and put back afterwards (also when it throws).
/// </summary>
public static class MailCulture
{
    public static T In<T>(CultureInfo culture, Func<T> write)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    /// <summary>In one of the interface's languages; an unknown or missing one falls back to the default.</summary>
    public static T In<T>(string? language, Func<T> write) =>
        In(CultureInfo.GetCultureInfo(UserLanguages.IsSupported(language) ? language! : UserLanguages.Default), write);

    public static void In(string? language, Action write) => In(language, () =>
    {
        write();
        return true;
    });
}
