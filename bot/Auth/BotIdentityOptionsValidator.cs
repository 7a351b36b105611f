using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.Auth;

/// <summary>Names the exact problem with the identity settings in the start-up error.</summary>
internal sealed class BotIdentityOptionsValidator : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
