namespace RecoveryBot.Dialogs.Knowledge.Loading;

/// <summary>
/// Sites wechat-facts.md names as content farms: they publish invented numbers and buttons, so no fact
/// may cite them.
/// </summary>
internal static class SourcePolicy
{
    private static readonly string[] ContentFarms =
    [
        "nctoro.com", "zhetiaohe", "fengdujob", "php.sqjnqi", "sboyo", "08gf", "0532bm",
    ];

    public static string? ContentFarmIn(Uri url) =>
        ContentFarms.FirstOrDefault(farm => url.Host.Contains(farm, StringComparison.OrdinalIgnoreCase));
}
