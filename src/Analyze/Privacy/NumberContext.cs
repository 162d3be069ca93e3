using System.Text.RegularExpressions;

namespace CallCoach.Analyze.Privacy;

/// <summary>
/// What the words around a number say it is. A number right after "order", "订单号", "invoice", "SKU", "¥", "price"
/// (with "number", "no.", "#", "is", "是", ":" between) or right before "元", "%", "units" is a reference or an
/// amount, however phone- or card-shaped. Words such as "phone", "电话", "card", "卡号" or "身份证" shortly before it
/// vouch for the shapes that are too common to take alone (a 7–8 digit local number, an unbracketed US number, a
/// 15-digit legacy id).
/// </summary>
internal static partial class NumberContext
{
    private const int Before = 40;
    private const int After = 24;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static bool IsReferenceOrAmount(string text, int start, int end) =>
        ReferenceBefore().IsMatch(Window(text, start)) || AmountBefore().IsMatch(Window(text, start))
        || UnitAfter().IsMatch(text.AsSpan(end, Math.Min(After, text.Length - end)));

    public static bool SaysPhone(string text, int start) => PhoneWords().IsMatch(Window(text, start));

    public static bool SaysCard(string text, int start) => CardWords().IsMatch(Window(text, start));

    public static bool SaysResidentId(string text, int start) => ResidentIdWords().IsMatch(Window(text, start));

    private static ReadOnlySpan<char> Window(string text, int start) =>
        text.AsSpan(Math.Max(0, start - Before), Math.Min(Before, start));

    // Words that name a reference number on their own ("order 1234", "订单1234"), then words that need "number",
    // "no." or "#" after them to do so ("case number", not "in case").
    [GeneratedRegex(
        """
        (?:\b(?:orders?|invoices?|contracts?|P\.?O|purchase\s+orders?|tracking|shipments?|waybills?|parcels?|packages?|SKUs?|serial|versions?|
        ref|reference|tickets?|transactions?|receipts?|booking|confirmation|reservation|quotes?|quotation|model|IMEI|ISBN|EAN|UPC|barcode|VAT|tax|
        passcode|password|PIN|OTP|verification\s+code)\b\.?
        |\b(?:case|claim|policy|part|item|product|batch|lot|build|release|room|flight|member(?:ship)?|employee|staff|customer|client|user|
        license|licence|registration|report|project|request|job|task|issue|bug|document|file|check|cheque|order|meeting|conference|student)\s*(?:number|no\b\.?|num\b|nr\b|\#|id\b|code\b)
        |\baccount\s*id\b
        |订单|单号|会议号|会议ID|验证码|密码|口令|条形码|编号|编码|发票|合同|采购|快递|运单|物流|包裹|型号|货号|料号|批号|批次|序列号|版本|工单|流水号|交易号|收据|账单|报价单|会员号|会员卡号?|工号|学号|
        客户号|用户号|税号|注册号|车牌号?|房间号?|航班号?|条码|商品码|产品码)
        \s*(?:number|num\b|no\b\.?|nr\b|\#|id\b|code\b|号码|号|码)?\s*(?:is|was|are|of|:|：|=|是|为)?\s*[\#＃№]?\s*$
        """,
        Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ReferenceBefore();

    [GeneratedRegex(
        """
        (?:[¥￥$€£]|\b(?:RMB|USD|CNY|HKD|EUR|GBP|JPY)\b|人民币|价格|价钱|金额|预算|报价|总价|售价|单价|费用|成本|营收|收入|销售额|
        余额|目标|指标|\b(?:price[sd]?|cost|costs|budget|total|amount|fee|fees|salary|revenue|worth|valued|balance|target|quota|forecast|goal)\b)
        \s*(?:is|was|of|about|around|at|:|：|是|为|约|大概|大约)?\s*$
        """,
        Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AmountBefore();

    [GeneratedRegex(
        """
        ^\s*(?:元|块|万|亿|千|百|%|％|美元|美金|人民币|港币|欧元|英镑|日元|个|件|台|套|人|位|次|份|张|箱|瓶|吨|公斤|米|年|月|日|天|小时|分钟|秒|号(?:订单|单|快递)|
        (?:dollars?|bucks|yuan|rmb|usd|cny|eur|percent|pct|units?|pcs|pieces?|users?|seats?|licen[cs]es?|items?|copies|boxes|kg|km|gb|mb|tb|years?|days?|hours?|minutes?|seconds?|times)\b)
        """,
        Options | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(
        @"phone|\btel\b|telephone|mobile|\bcell|\bcall|\bring\b|\breach|\bdial|\btext\b|whats\s?app|we\s?chat|\bcontact|\bnumber(?!\s+of)|extension|\bfax\b|电话|手机|号码|联系|拨打|致电|打给|打我|微信|座机|分机|热线|传真",
        Options)]
    private static partial Regex PhoneWords();

    [GeneratedRegex(@"\bcards?\b|\bvisa\b|master\s?card|\bamex\b|union\s?pay|\bdebit|\bcredit|\baccount|卡号|银行卡|信用卡|借记卡|储蓄卡|银联|账号|帐号|账户|帐户|户号", Options)]
    private static partial Regex CardWords();

    [GeneratedRegex(@"身份证|证件|身份号|\bID\b|identity|identification|\bresident|\bcitizen", Options)]
    private static partial Regex ResidentIdWords();
}
