using System.ComponentModel.DataAnnotations;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace LocalAction.Web.Features.Accounts;

/// <summary>
/// <c>create-admin --email a@b.org --name "Ana Admin"</c>: the first administrator, who then invites everyone else.
/// The password comes from LOCALACTION_ADMIN_PASSWORD or the first line of standard input, never from the command line
/// (which other users of the machine can read). Exit 0 created, 2 refused (bad e-mail, weak password, account exists),
/// 64 missing options.
/// </summary>
public static class CreateAdminCommand
{
    public const string PasswordVariable = "LOCALACTION_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? email = null, name = null;
        for (var i = 0; i < args.Length; i++)
        {
            var parts = args[i].Split('=', 2);
            string? Value() => parts.Length == 2 ? parts[1] : i + 1 < args.Length ? args[++i] : null;
            switch (parts[0].ToLowerInvariant())
            {
                case "--email": email = Value()?.Trim(); break;
                case "--name": name = Value()?.Trim(); break;
            }
        }
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(name))
        {
            await stderr.WriteLineAsync("Usage: create-admin --email <address> --name \"<display name>\" (password from " + PasswordVariable + " or the first line of standard input).");
            return StartupException.UsageError;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password)) password = await stdin.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync($"create-admin: no password: set {PasswordVariable} or write it as the first line of standard input.");
            return StartupException.UsageError;
        }
        if (!EmailAddresses.IsPlain(email) || email.Length > 256)
        {
            await stderr.WriteLineAsync($"create-admin: '{email}' is not a valid e-mail address.");
            return StartupException.ConfigurationError;
        }

        await DatabaseStartup.MigrateAsync(services);
        await AccountsSetup.EnsureRolesAsync(services);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LocalActionUser>>();
        var db = scope.ServiceProvider.GetRequiredService<LocalActionDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (await users.FindByEmailAsync(email) is not null)
        {
            await stderr.WriteLineAsync($"create-admin: an account with the e-mail {email} already exists.");
            return StartupException.ConfigurationError;
        }

        var user = new LocalActionUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now };
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            problems.AddRange(check.Errors.Select(e => e.Description));
        }
        if (problems.Count > 0)
        {
            await stderr.WriteLineAsync("create-admin: the password is too weak: " + string.Join(" ", problems));
            return StartupException.ConfigurationError;
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded) created = await users.AddToRoleAsync(user, Roles.Administrator);
        if (!created.Succeeded)
        {
            await stderr.WriteLineAsync("create-admin: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return StartupException.ConfigurationError;
        }
        db.Record(now, "cli", "account.created", $"user:{email}", "created by create-admin");
        db.Record(now, "cli", "role.granted", $"user:{email}", Roles.Administrator);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await stdout.WriteLineAsync($"Created administrator {email} ({name}).");
        return 0;
    }
}
