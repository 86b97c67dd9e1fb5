using LocalAction.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace LocalAction.Web.Features.Accounts;

/// <summary>
/// ASP.NET Core Identity with cookie sign-in for pages, personal API tokens for programs, and the role policies.
/// API writes accept tokens only, never the cookie, so no other site can make a signed-in browser write through the API.
/// </summary>
public static class AccountsSetup
{
    public const string SecretariatPolicy = "Secretariat";
    public const string AdministratorPolicy = "Administrator";
    public const string ApiPolicy = "ApiToken";

    public static WebApplicationBuilder AddLocalActionAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<LocalActionUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): 12 characters, any kind.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // User names are e-mail addresses: o'brien@example.ie and addresses with accents must be accepted.
                options.User.AllowedUserNameCharacters = string.Empty;
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<LocalActionDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<DisplayNameClaimsFactory>();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "localaction.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokens.Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(SecretariatPolicy, p => p.RequireRole(Roles.Secretariat, Roles.Administrator))
            .AddPolicy(AdministratorPolicy, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(ApiTokens.Scheme).RequireAuthenticatedUser());
        builder.Services.AddScoped<ActingOrganizations>();
        builder.Services.AddScoped<AccountMail>();
        return builder;
    }

    /// <summary>Creates the four roles where missing (at start-up and before create-admin).</summary>
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
