using RecoveryBot.Dialogs.Knowledge.Loading;

namespace RecoveryBot.Dialogs.Knowledge.Validation;

/// <summary>
/// No user-facing text may repeat a wrong claim, and each claim's own examples prove its patterns: the
/// wrong sentences are caught, the right ones are not caught by any claim.
/// </summary>
internal static class WrongClaimAudit
{
    public static void Check(IReadOnlyList<WrongClaim> claims, IReadOnlyList<UserText> texts, IReadOnlyList<ClaimExample> examples, KnowledgeErrors errors)
    {
        // The scan is most of the loading time (every sentence against every pattern); texts are
        // independent, so it runs in parallel and reports in file order.
        var matches = new IReadOnlyList<WrongClaimMatch>[texts.Count];
        Parallel.For(0, texts.Count, i => matches[i] = WrongClaim.Scan(claims, texts[i].Text));
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            foreach (var match in matches[i])
            {
                errors.Add(text.File, text.Line, $"{text.Where} repeats wrong claim '{match.Claim.Id}' ({match.Claim.Why}): \"{match.Sentence}\"");
            }
        }

        foreach (var example in examples)
        {
            if (example.IsWrong && example.Claim.FindIn(example.Sentence).Count == 0)
            {
                errors.Add(WrongClaimsLoader.FileName, example.Line, $"claim '{example.Claim.Id}': its patterns miss its own wrong example \"{example.Sentence}\"");
            }

            if (!example.IsWrong)
            {
                foreach (var match in WrongClaim.Scan(claims, example.Sentence))
                {
                    errors.Add(WrongClaimsLoader.FileName, example.Line, $"claim '{example.Claim.Id}': its right example is flagged as wrong claim '{match.Claim.Id}' (matched \"{match.Matched}\")");
                }
            }
        }
    }
}
