namespace LocalAction.Web.Features.Mail;

/// <summary>How queued e-mails leave: configuration section "Mail".</summary>
public sealed class MailSettings
{
    public const string Section = "Mail";

    /// <summary>How often the dispatcher looks for unsent messages.</summary>
    public int DispatchSeconds { get; set; } = 5;

    public string From { get; set; } = "LocalAction <no-reply@localhost>";

    /// <summary>Where .eml files go when no SMTP host is set; relative paths are under the content root.</summary>
    public string PickupFolder { get; set; } = "data/mail";

    public SmtpSettings Smtp { get; set; } = new();

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public string? User { get; set; }
        public string? Password { get; set; }
        public bool EnableSsl { get; set; } = true;
    }
}
