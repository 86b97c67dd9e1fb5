using System.Net;
using LocalAction.Tests.Infrastructure;
using LocalAction.Tests.Startup;
using LocalAction.Web;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Tests.Accounts;

/// <summary>The create-admin verb of the real executable.</summary>
public sealed class CreateAdminCommandTests
{
    [Fact]
    public async Task Create_admin_makes_a_confirmed_administrator_who_can_sign_in()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__LocalAction"] = database.Settings.ConnectionString,
            [CreateAdminCommand.PasswordVariable] = "a long enough admin passphrase",
        }, "create-admin", "--email", "ana@example.org", "--name", "Ana Admin", "--Seed:OnEmptyDatabase=false");
        outcome.StdErr.ShouldBeEmpty();
        outcome.ExitCode.ShouldBe(0);
        outcome.StdOut.ShouldContain("Created administrator ana@example.org");

        await using var factory = new LocalActionFactory(database.Settings, seed: false);
        var client = TestAccounts.BrowserClient(factory);
        (await TestAccounts.SignInAsync(client, "ana@example.org", "a long enough admin passphrase")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/account")).ShouldContain("Ana Admin");
        (await client.GetAsync("/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var scope = factory.CreateDbScope();
        (await scope.Db.AuditEvents.CountAsync(e => e.Actor == "cli" && e.Action == "role.granted")).ShouldBe(1);

        var again = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__LocalAction"] = database.Settings.ConnectionString,
            [CreateAdminCommand.PasswordVariable] = "a long enough admin passphrase",
        }, "create-admin", "--email", "ana@example.org", "--name", "Ana Again");
        again.ExitCode.ShouldBe(StartupException.ConfigurationError);
        again.StdErr.Trim().ShouldBe("create-admin: an account with the e-mail ana@example.org already exists.");
    }

    [Fact]
    public async Task Create_admin_refuses_a_weak_password_with_Identitys_reasons()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__LocalAction"] = database.Settings.ConnectionString,
            [CreateAdminCommand.PasswordVariable] = "short",
        }, "create-admin", "--email", "ana@example.org", "--name", "Ana Admin");
        outcome.ExitCode.ShouldBe(StartupException.ConfigurationError);
        var line = outcome.StdErr.Trim();
        line.Split('\n').Length.ShouldBe(1);
        line.ShouldStartWith("create-admin: the password is too weak:");
        line.ShouldContain("12");
    }

    [Theory]
    [InlineData("--name", "Ana Admin")]
    [InlineData("--email", "ana@example.org")]
    public async Task Create_admin_without_an_option_is_a_usage_error(string option, string value)
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string> { [CreateAdminCommand.PasswordVariable] = "a long enough admin passphrase" },
            "create-admin", option, value);
        outcome.ExitCode.ShouldBe(StartupException.UsageError);
        outcome.StdErr.Trim().ShouldStartWith("Usage: create-admin --email");
    }

    [Fact]
    public void Create_admins_own_options_stay_out_of_configuration_and_settings_reach_it()
    {
        var command = LocalAction.Web.Cli.HostCommand.Parse(["create-admin", "--email", "a@example.org", "--name=Ana", "--Database:Provider=Postgres", "--urls", "http://x"]);
        command.ConfigurationArgs.ShouldBe(["--Database:Provider=Postgres", "--urls", "http://x"]);
    }

    [Fact]
    public async Task Create_admin_refuses_an_invalid_e_mail()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string> { [CreateAdminCommand.PasswordVariable] = "a long enough admin passphrase" },
            "create-admin", "--email=not-an-address", "--name=Ana");
        outcome.ExitCode.ShouldBe(StartupException.ConfigurationError);
        outcome.StdErr.Trim().ShouldBe("create-admin: 'not-an-address' is not a valid e-mail address.");
    }
}
