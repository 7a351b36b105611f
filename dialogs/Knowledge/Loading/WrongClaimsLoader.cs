using System.Text.RegularExpressions;
using RecoveryBot.Dialogs.Model;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>A sentence from wrong-claims.yaml that shows what a claim's patterns must (not) catch.</summary>
internal sealed record ClaimExample(WrongClaim Claim, string Sentence, bool IsWrong, int Line);

/// <summary>Loads knowledge/wrong-claims.yaml: claims the bot must never repeat, with detection patterns.</summary>
internal static class WrongClaimsLoader
{
    public const string FileName = "wrong-claims.yaml";

    // Guards against a pattern that backtracks without end; generous, because the audit runs while
    // other work (a test run, a busy start-up) competes for the same cores.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    public static IReadOnlyList<WrongClaim> Load(
        string directory,
        IReadOnlyDictionary<string, Fact>? facts,
        KnowledgeErrors errors,
        List<ClaimExample> examples)
    {
        var claims = new List<WrongClaim>();
        if (YamlFile.Read(directory, FileName, errors) is not { } root)
        {
            return claims;
        }

        if (root is not YamlSequenceNode list)
        {
            errors.Add(FileName, root, "expected a list of wrong claims");
            return claims;
        }

        foreach (var item in list.Children)
        {
            if (MappingReader.From(item, FileName, errors, "claim") is { } reader && Read(reader, facts, examples) is { } claim)
            {
                if (claims.Any(c => c.Id == claim.Id))
                {
                    reader.Error($"claim '{claim.Id}' is defined twice");
                }

                claims.Add(claim);
            }
        }

        return claims;
    }

    private static WrongClaim? Read(MappingReader reader, IReadOnlyDictionary<string, Fact>? facts, List<ClaimExample> examples)
    {
        var id = reader.Text("id");
        var seed = reader.Text("seed");
        var why = reader.Text("why");
        FactReferences.Read(reader, facts, required: false);

        var patterns = new List<ClaimPattern>();
        if (reader.Map("patterns", required: true) is { } patternsReader)
        {
            foreach (var (language, node) in LocalizedText.Nodes(patternsReader))
            {
                if (node is not YamlSequenceNode list || list.Children.Count == 0)
                {
                    patternsReader.Error(node, $"'{language.Tag()}' must be a non-empty list of regular expressions");
                    continue;
                }

                foreach (var item in list.Children)
                {
                    if (patternsReader.Scalar(item, language.Tag()) is { } text && Compile(patternsReader, item, text) is { } regex)
                    {
                        patterns.Add(new ClaimPattern(language, regex));
                    }
                }
            }
        }

        var wrongExamples = new List<(string, YamlNode)>();
        var rightExamples = new List<(string, YamlNode)>();
        if (reader.Map("examples", required: true) is { } examplesReader)
        {
            wrongExamples.AddRange(examplesReader.TextList("wrong", required: true));
            rightExamples.AddRange(examplesReader.TextList("right", required: false));
            examplesReader.RejectUnknownFields();
        }

        reader.RejectUnknownFields();
        if (id is null || seed is null || why is null || patterns.Count == 0)
        {
            return null;
        }

        var claim = new WrongClaim(id, seed, why, patterns);
        examples.AddRange(wrongExamples.Select(e => new ClaimExample(claim, e.Item1, true, KnowledgeErrors.LineOf(e.Item2))));
        examples.AddRange(rightExamples.Select(e => new ClaimExample(claim, e.Item1, false, KnowledgeErrors.LineOf(e.Item2))));
        return claim;
    }

    private static Regex? Compile(MappingReader reader, YamlNode node, string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            reader.Error(node, "not a valid regular expression: " + e.Message);
            return null;
        }
    }
}
