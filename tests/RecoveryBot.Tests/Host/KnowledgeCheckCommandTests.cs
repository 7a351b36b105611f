using RecoveryBot.Bot.Tools;
using RecoveryBot.Tests.Knowledge;

namespace RecoveryBot.Tests.Host;

public class KnowledgeCheckCommandTests
{
    [Fact]
    public async Task KnowledgeCheck_OnTheRealFolder_PrintsTheCoverageReport()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await KnowledgeCheckCommand.RunAsync(["knowledge-check", "--path", RepositoryPaths.Knowledge], output, error);

        Assert.Equal(0, exit);
        var report = output.ToString();
        Assert.Contains("without errors", report, StringComparison.Ordinal);
        Assert.Contains("Situations: 480 of 480 covered", report, StringComparison.Ordinal);
        Assert.Contains("by confidence", report, StringComparison.Ordinal);
        Assert.Contains("uncited", report, StringComparison.Ordinal);
        Assert.Contains("civil-complaint", report, StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task KnowledgeCheck_OnABrokenFolder_ListsTheErrorsAndFails()
    {
        using var folder = new KnowledgeFolderBuilder();
        folder.Write("fees.yaml", KnowledgeFolderBuilder.Fees.Replace("confidence: medium", "confidence: maybe", StringComparison.Ordinal));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await KnowledgeCheckCommand.RunAsync(["knowledge-check", "--path", folder.Directory], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("fees.yaml:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("unknown confidence 'maybe'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeCheck_WithUnexpectedArguments_PrintsUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await KnowledgeCheckCommand.RunAsync(["knowledge-check", "--verbose"], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("usage", error.ToString(), StringComparison.Ordinal);
    }
}
