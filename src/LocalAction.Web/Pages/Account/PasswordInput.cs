using LocalAction.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>A new password typed twice (invitation acceptance and password reset), checked by Identity's own rules.</summary>
public sealed class PasswordInput
{
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }

    /// <summary>Adds every problem to the model state under <paramref name="prefix"/>; true when there is none.</summary>
    public static async Task<bool> ValidateAsync(
        PasswordInput input, string prefix, ModelStateDictionary state, UserManager<LocalActionUser> users, LocalActionUser user, IStringLocalizer<SharedResource> l)
    {
        var before = state.ErrorCount;
        if (string.IsNullOrEmpty(input.Password))
        {
            state.AddModelError($"{prefix}.Password", l["Choose a password."]);
        }
        else
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, input.Password);
                foreach (var error in result.Errors) state.AddModelError($"{prefix}.Password", Describe(error, l));
            }
            if (input.Password != input.ConfirmPassword) state.AddModelError($"{prefix}.ConfirmPassword", l["The two passwords are not the same."]);
        }
        return state.ErrorCount == before;
    }

    /// <summary>Identity's reasons in the reader's language, for the rules this site sets.</summary>
    public static string Describe(IdentityError error, IStringLocalizer<SharedResource> l) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => l["The password must have at least 12 characters."],
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => l["The password must use at least 4 different characters."],
        _ => error.Description,
    };
}
