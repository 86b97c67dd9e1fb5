using System.Globalization;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Reminders;

/// <summary>
/// The subject and plain-text body of a reminder, with the link to the pledge's update form, in the current culture:
/// the job writes it once per language of its recipients.
/// </summary>
public sealed class ReminderMail(IConfiguration configuration, IStringLocalizer<SharedResource> l)
{
    public (string Subject, string Body) Compose(string publicId, string? title, ReminderStep step)
    {
        var pledge = string.IsNullOrWhiteSpace(title) ? publicId : $"{publicId} “{title}”";
        var campaign = step.Campaign;
        var (subject, why) = step.Kind switch
        {
            ReminderKind.CampaignOpened => (
                l["Update campaign “{0}” is open: please update your pledge {1}", campaign!.Name, publicId].Value,
                l["The update campaign “{0}” is open until {1}. Please report the progress of your pledge {2}.", campaign.Name, Day(campaign.ClosesOn), pledge].Value),
            ReminderKind.CampaignClosing => (
                l["Update campaign “{0}” closes on {1}: please update your pledge {2}", campaign!.Name, Day(campaign.ClosesOn), publicId].Value,
                l["The update campaign “{0}” closes on {1} and your pledge {2} has no update in it yet.", campaign.Name, Day(campaign.ClosesOn), pledge].Value),
            ReminderKind.Due => (
                l["Your pledge {0} is due for an update", publicId].Value,
                l["Your pledge {0} has had no update since {1}. Pledges are updated at least once every 12 months.", pledge, Day(step.Since!.Value)].Value),
            _ => (
                l["Your pledge {0} is overdue for an update", publicId].Value,
                l["Your pledge {0} has had no update since {1}. After more than 24 months without one, a pledge is shown as inactive.", pledge, Day(step.Since!.Value)].Value),
        };
        var body = string.Join("\n\n",
            l["Hello,"].Value, why, l["To update it, open this link:"].Value, Link(publicId),
            l["You receive this message as a focal point or network staff member of an organization behind this pledge."].Value) + "\n";
        return (subject, body);
    }

    /// <summary>
    /// Absolute with <c>PublicBaseUrl</c> set (every deployment should); the job has no request to take a host from, so
    /// without it the link is a path on the site.
    /// </summary>
    private string Link(string publicId)
    {
        var path = $"/pledges/{Uri.EscapeDataString(publicId)}/update";
        var baseUrl = configuration["PublicBaseUrl"];
        return string.IsNullOrWhiteSpace(baseUrl) ? path : baseUrl.TrimEnd('/') + path;
    }

    /// <summary>The long date of the reader's culture: the e-mail is written in their language (see <see cref="Mail.MailCulture"/>).</summary>
    private static string Day(DateOnly day) => day.ToString("D", CultureInfo.CurrentCulture);
}
