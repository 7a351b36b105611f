using RecoveryBot.Dialogs.Knowledge.Loading;

namespace RecoveryBot.Dialogs.Knowledge.Validation;

/// <summary>
/// Every situation must have a plan, and every rule must decide at least one situation (a rule that
/// never wins is hidden behind earlier rules, which is almost always a mistake in the order).
/// </summary>
internal static class RuleCoverageValidator
{
    public static void Check(IReadOnlyList<LocatedRule> rules, KnowledgeErrors errors)
    {
        if (rules.Count == 0)
        {
            return;
        }

        var winners = new HashSet<string>(StringComparer.Ordinal);
        var uncovered = new List<Situation>();
        foreach (var situation in Situation.All)
        {
            var rule = rules.FirstOrDefault(r => r.Rule.Matches(situation.Kind, situation.Action, situation.Reason, situation.Window));
            if (rule is null)
            {
                uncovered.Add(situation);
            }
            else
            {
                winners.Add(rule.Rule.Id);
            }
        }

        var lastLine = rules[^1].Line;
        foreach (var group in uncovered.GroupBy(s => (s.Kind, s.Action, s.Reason)))
        {
            var windows = string.Join(" and ", group.Select(s => s.Window is { } w ? WireNames.Of(w) : WireNames.Unknown));
            errors.Add(
                RulesLoader.FileName,
                lastLine,
                $"no rule covers {Situation.Name(group.Key.Kind)} × {WireNames.Of(group.Key.Action)} × {Situation.Name(group.Key.Reason)} ({windows})");
        }

        foreach (var rule in rules.Where(r => !winners.Contains(r.Rule.Id)))
        {
            errors.Add(RulesLoader.FileName, rule.Line, $"rule '{rule.Rule.Id}' never applies: earlier rules catch every situation it matches");
        }
    }
}
