using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Bot.Chat;
using RecoveryBot.Bot.Conversation;
using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Bot.Endpoints;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Bot.Tools;

if (KnowledgeCheckCommand.IsKnowledgeCheck(args))
{
    return await KnowledgeCheckCommand.RunAsync(args, Console.Out, Console.Error);
}

if (UnderstandCommand.IsUnderstand(args))
{
    return await UnderstandCommand.RunAsync(args, Console.In, Console.Out, Console.Error, TimeProvider.System);
}

if (ChatArguments.IsChat(args))
{
    return await TerminalChat.RunAsync(args, Console.In, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseDefaultAddressWhenUnset(builder.Configuration);
builder.Services.AddRecoveryBotHost();
builder.Services.AddBotTelemetry(builder.Configuration);
builder.Services.AddRecoveryConversation(backgroundAudit: true);
builder.Services.AddDirectLine();

var app = builder.Build();

// Load and validate the knowledge now: a broken knowledge folder stops the start, not the first user.
app.Services.GetRequiredService<IRecoveryConversation>();
app.UseDirectLine();
app.MapRecoveryBot();
app.MapDirectLine();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
