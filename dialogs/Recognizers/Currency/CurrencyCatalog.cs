namespace RecoveryBot.Dialogs.Recognizers.Currency;

/// <summary>How currencies are written in Chinese and English, before (¥, US$, USD) or after (元, dollars) the amount.</summary>
internal static class CurrencyCatalog
{
    private static readonly CurrencyUnit Euro = new("Euro", "EUR");
    private static readonly CurrencyUnit JapaneseYen = new("Japanese yen", "JPY");
    private static readonly CurrencyUnit BritishPound = new("British pound", "GBP");
    private static readonly CurrencyUnit Pound = new("Pound", null);
    private static readonly CurrencyUnit NewTaiwanDollar = new("New Taiwan dollar", "TWD");
    private static readonly CurrencyUnit SwissFranc = new("Swiss franc", "CHF");
    private static readonly CurrencyUnit Franc = new("Franc", null);
    private static readonly CurrencyUnit NigerianNaira = new("Nigerian naira", "NGN");
    private static readonly CurrencyUnit Bitcoin = new("Bitcoin", null);
    private static readonly CurrencyUnit Satoshi = new("Satoshi", null);
    private static readonly CurrencyUnit RussianRuble = new("Russian ruble", "RUB");
    private static readonly CurrencyUnit SouthKoreanWon = new("South Korean won", "KRW");
    private static readonly CurrencyUnit AustralianDollar = new("Australian dollar", "AUD");
    private static readonly CurrencyUnit CanadianDollar = new("Canadian dollar", "CAD");
    private static readonly CurrencyUnit NewZealandDollar = new("New Zealand dollar", "NZD");
    private static readonly CurrencyUnit SingaporeDollar = new("Singapore dollar", "SGD");
    private static readonly CurrencyUnit MacanesePataca = new("Macanese pataca", "MOP");
    private static readonly CurrencyUnit ThaiBaht = new("Thai baht", "THB");
    private static readonly CurrencyUnit MexicanPeso = new("Mexican peso", "MXN");
    private static readonly CurrencyUnit Peso = new("Peso", null);
    private static readonly CurrencyUnit Peseta = new("Peseta", null);
    private static readonly CurrencyUnit Rupee = new("Rupee", null);
    private static readonly CurrencyUnit IndianRupee = new("Indian rupee", "INR");
    private static readonly CurrencyUnit Pence = new("Pence", null);
    private static readonly CurrencyUnit Penny = new("Penny", null);
    private static readonly CurrencyUnit Sen = new("Sen", null);
    private static readonly CurrencyUnit TurkishLira = new("Turkish lira", "TRY");
    private static readonly CurrencyUnit GeorgianLari = new("Georgian lari", "GEL");
    private static readonly CurrencyUnit LaoKip = new("Lao kip", "LAK");
    private static readonly CurrencyUnit SwedishKrona = new("Swedish krona", "SEK");
    private static readonly CurrencyUnit IndianRupeeSymbol = IndianRupee;

    /// <summary>Written after a Chinese amount: 500元, 两块, 三毛, 1200亿美元.</summary>
    public static readonly CurrencyNames ChineseSuffixes = Sorted(
    [
        new("元人民币", CurrencyUnit.ChineseYuan), new("块人民币", CurrencyUnit.ChineseYuan),
        new("人民币", CurrencyUnit.ChineseYuan, true), new("块钱", CurrencyUnit.ChineseYuan), new("塊錢", CurrencyUnit.ChineseYuan),
        new("元", CurrencyUnit.ChineseYuan), new("圆", CurrencyUnit.ChineseYuan), new("圓", CurrencyUnit.ChineseYuan),
        new("块", CurrencyUnit.ChineseYuan), new("塊", CurrencyUnit.ChineseYuan), new("毛钱", CurrencyUnit.Jiao),
        new("毛", CurrencyUnit.Jiao), new("角", CurrencyUnit.Jiao), new("分钱", CurrencyUnit.Fen), new("分", CurrencyUnit.Fen),
        new("美元", CurrencyUnit.UnitedStatesDollar, true), new("美金", CurrencyUnit.UnitedStatesDollar, true),
        new("美圆", CurrencyUnit.UnitedStatesDollar, true), new("美刀", CurrencyUnit.UnitedStatesDollar),
        new("美分", CurrencyUnit.UnitedStatesCent, true),
        new("港元", CurrencyUnit.HongKongDollar, true), new("港币", CurrencyUnit.HongKongDollar, true),
        new("港幣", CurrencyUnit.HongKongDollar, true), new("港纸", CurrencyUnit.HongKongDollar),
        new("欧元", Euro, true), new("歐元", Euro, true), new("日元", JapaneseYen, true), new("日圆", JapaneseYen, true),
        new("英镑", BritishPound, true), new("英鎊", BritishPound, true),
        new("新台币", NewTaiwanDollar, true), new("台币", NewTaiwanDollar, true), new("台幣", NewTaiwanDollar, true),
        new("瑞士法郎", SwissFranc, true), new("法郎", Franc, true), new("奈拉", NigerianNaira, true),
        new("比特币", Bitcoin, true), new("卢布", RussianRuble, true), new("韩元", SouthKoreanWon, true),
        new("澳元", AustralianDollar, true), new("澳大利亚元", AustralianDollar, true), new("加元", CanadianDollar, true),
        new("加拿大元", CanadianDollar, true), new("新西兰元", NewZealandDollar, true), new("新加坡元", SingaporeDollar, true),
        new("澳门元", MacanesePataca, true), new("澳门币", MacanesePataca, true), new("泰铢", ThaiBaht, true),
        new("卢比", Rupee, true), new("比索", Peso, true),
    ]);

    /// <summary>Written before an amount in either language: ¥300, $20, US$5.</summary>
    public static readonly CurrencyNames SymbolPrefixes = Sorted(
    [
        new("¥", CurrencyUnit.ChineseYuan), new("￥", CurrencyUnit.ChineseYuan), new("$", CurrencyUnit.Dollar),
        new("us$", CurrencyUnit.UnitedStatesDollar), new("u.s.$", CurrencyUnit.UnitedStatesDollar),
        new("u.s $", CurrencyUnit.UnitedStatesDollar), new("us $", CurrencyUnit.UnitedStatesDollar),
        new("usd$", CurrencyUnit.UnitedStatesDollar), new("hk$", CurrencyUnit.HongKongDollar), new("hk $", CurrencyUnit.HongKongDollar),
        new("hkd$", CurrencyUnit.HongKongDollar), new("c$", CanadianDollar), new("c $", CanadianDollar), new("cad$", CanadianDollar),
        new("a$", AustralianDollar), new("aud$", AustralianDollar), new("nz$", NewZealandDollar), new("nzd$", NewZealandDollar),
        new("mex$", MexicanPeso), new("€", Euro), new("£", Pound), new("₾", GeorgianLari), new("₭", LaoKip),
        new("₹", IndianRupeeSymbol), new("₩", SouthKoreanWon), new("₽", RussianRuble),
    ]);

    /// <summary>Codes and names written before an English amount: "USD 200", "CNY 500", "MUSD 30".</summary>
    public static readonly CurrencyNames EnglishWordPrefixes = Sorted(
    [
        new("usd", CurrencyUnit.UnitedStatesDollar), new("cny", CurrencyUnit.ChineseYuan), new("rmb", CurrencyUnit.ChineseYuan),
        new("hkd", CurrencyUnit.HongKongDollar), new("eur", Euro), new("gbp", BritishPound), new("jpy", JapaneseYen),
        new("aud", AustralianDollar), new("cad", CanadianDollar), new("chf", SwissFranc), new("sen", Sen),
        new("musd", CurrencyUnit.UnitedStatesDollar, false, 1e6m), new("meur", Euro, false, 1e6m),
        new("mgbp", BritishPound, false, 1e6m), new("maud", AustralianDollar, false, 1e6m),
    ]);

    /// <summary>
    /// Currency codes (ISO 4217 and RMB), written in Latin letters before or after an amount in Chinese text too:
    /// "600CNY", "3000rmb", "USD 200". The word prefixes that are no code (sen) are left out.
    /// </summary>
    public static readonly CurrencyNames Codes = Sorted([.. EnglishWordPrefixes.All.Where(n => n.Unit.Iso is not null)]);

    /// <summary>Written after an English amount: "500 yuan", "50 bucks", "1000 HKD", "3 dollars".</summary>
    public static readonly CurrencyNames EnglishSuffixes = Sorted(
    [
        new("yuan", CurrencyUnit.ChineseYuan, true), new("chinese yuan", CurrencyUnit.ChineseYuan, true),
        new("renminbi", CurrencyUnit.ChineseYuan, true), new("rmb", CurrencyUnit.ChineseYuan), new("cny", CurrencyUnit.ChineseYuan),
        new("kuai", CurrencyUnit.ChineseYuan), new("mao", CurrencyUnit.Jiao), new("jiao", CurrencyUnit.Jiao), new("fen", CurrencyUnit.Fen),
        new("元", CurrencyUnit.ChineseYuan), new("块", CurrencyUnit.ChineseYuan),
        new("dollar", CurrencyUnit.Dollar, true), new("dollars", CurrencyUnit.Dollar, true), new("buck", CurrencyUnit.Dollar),
        new("bucks", CurrencyUnit.Dollar), new("$", CurrencyUnit.Dollar),
        new("us dollar", CurrencyUnit.UnitedStatesDollar, true), new("us dollars", CurrencyUnit.UnitedStatesDollar, true),
        new("u.s. dollars", CurrencyUnit.UnitedStatesDollar, true), new("american dollars", CurrencyUnit.UnitedStatesDollar, true),
        new("usd", CurrencyUnit.UnitedStatesDollar), new("musd", CurrencyUnit.UnitedStatesDollar, false, 1e6m),
        new("cent", CurrencyUnit.Cent), new("cents", CurrencyUnit.Cent),
        new("hkd", CurrencyUnit.HongKongDollar), new("hk dollars", CurrencyUnit.HongKongDollar, true),
        new("hong kong dollar", CurrencyUnit.HongKongDollar, true), new("hong kong dollars", CurrencyUnit.HongKongDollar, true),
        new("canadian dollar", CanadianDollar, true), new("canadian dollars", CanadianDollar, true), new("cad", CanadianDollar),
        new("australian dollar", AustralianDollar, true), new("australian dollars", AustralianDollar, true), new("aud", AustralianDollar),
        new("euro", Euro, true), new("euros", Euro, true), new("eur", Euro), new("€", Euro), new("meur", Euro, false, 1e6m),
        new("pound", Pound, true), new("pounds", Pound, true), new("british pound", BritishPound, true),
        new("british pounds", BritishPound, true), new("gbp", BritishPound), new("mgbp", BritishPound, false, 1e6m),
        new("pound sterling", BritishPound, true), new("£", Pound),
        new("yen", JapaneseYen, true), new("japanese yen", JapaneseYen, true), new("jpy", JapaneseYen),
        new("franc", Franc, true), new("francs", Franc, true), new("swiss franc", SwissFranc, true),
        new("swiss francs", SwissFranc, true), new("chf", SwissFranc),
        new("peseta", Peseta, true), new("pesetas", Peseta, true), new("peso", Peso, true), new("pesos", Peso, true),
        new("mexican peso", MexicanPeso, true), new("mexican pesos", MexicanPeso, true), new("mxn", MexicanPeso),
        new("rupee", Rupee, true), new("rupees", Rupee, true), new("indian rupee", IndianRupee, true),
        new("indian rupees", IndianRupee, true), new("inr", IndianRupee),
        new("pence", Pence), new("penny", Penny), new("pennies", Penny),
        new("bitcoin", Bitcoin, true), new("bitcoins", Bitcoin, true), new("btc", Bitcoin),
        new("satoshi", Satoshi), new("satoshis", Satoshi),
        new("turkish lira", TurkishLira, true), new("try", TurkishLira), new("won", SouthKoreanWon), new("krw", SouthKoreanWon),
        new("ruble", RussianRuble, true), new("rubles", RussianRuble, true), new("rub", RussianRuble),
        new("sek", SwedishKrona), new("krona", SwedishKrona, true), new("kronor", SwedishKrona, true),
        new("₾", GeorgianLari), new("₭", LaoKip), new("lari", GeorgianLari, true), new("kip", LaoKip),
    ]);

    private static readonly HashSet<char> EnglishNameStarts = [.. EnglishSuffixes.All.Where(n => n.StandsAlone).Select(n => n.Surface[0])];

    private static readonly HashSet<char> ChineseNameStarts = [.. ChineseSuffixes.All.Where(n => n.StandsAlone).Select(n => n.Surface[0])];

    public static bool CanStartEnglishName(char c) => EnglishNameStarts.Contains(c);

    public static bool CanStartChineseName(char c) => ChineseNameStarts.Contains(c);

    private static CurrencyNames Sorted(CurrencyName[] names) => new(names);

    /// <summary>The longest name starting at <paramref name="i"/>; with <paramref name="wholeWord"/>, not followed by a letter.</summary>
    public static CurrencyName? MatchAt(string lowered, int i, CurrencyNames names, bool wholeWord)
    {
        if (i >= lowered.Length)
        {
            return null;
        }

        foreach (var name in names.Starting(lowered[i]))
        {
            var surface = name.Surface;
            if (i + surface.Length > lowered.Length || string.CompareOrdinal(lowered, i, surface, 0, surface.Length) != 0)
            {
                continue;
            }

            var after = i + surface.Length;
            if (wholeWord && char.IsAsciiLetter(surface[^1]) && after < lowered.Length && char.IsAsciiLetter(lowered[after]))
            {
                continue;
            }

            return name;
        }

        return null;
    }

    /// <summary>The longest name ending exactly at <paramref name="end"/> (exclusive), for codes and symbols before an amount.</summary>
    public static CurrencyName? MatchEndingAt(string lowered, int end, CurrencyNames names)
    {
        if (end <= 0 || end > lowered.Length)
        {
            return null;
        }

        foreach (var name in names.Ending(lowered[end - 1]))
        {
            var surface = name.Surface;
            var start = end - surface.Length;
            if (start < 0 || string.CompareOrdinal(lowered, start, surface, 0, surface.Length) != 0)
            {
                continue;
            }

            if (char.IsAsciiLetter(surface[0]) && start > 0 && char.IsAsciiLetter(lowered[start - 1]))
            {
                continue;
            }

            return name;
        }

        return null;
    }
}
