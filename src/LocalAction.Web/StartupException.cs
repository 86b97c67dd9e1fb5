namespace LocalAction.Web;

/// <summary>
/// A problem that stops the app from starting (bad setting, unreachable or too-new database).
/// Program prints <see cref="Exception.Message"/> as one line and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class StartupException(string message, int exitCode, Exception? inner = null) : Exception(message, inner)
{
    public const int ConfigurationError = 2;
    public const int DatabaseUnavailable = 3;
    public const int SchemaTooNew = 4;
    public const int UsageError = 64;

    public int ExitCode { get; } = exitCode;
}
