using System.Text.Json;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Security;

/// <summary>
/// What an attacker (or an unlucky copy and paste) types into a text field: the Big List of Naughty Strings
/// (tests/Academy.UnitTests/TestData/blns, 485 strings), vectors in the manner of OWASP's XSS filter-evasion
/// cheat sheet, and Markdown-specific ones (links, images, reference links and autolinks with dangerous,
/// disguised and entity-encoded schemes, attribute syntax), each also placed inside Markdown's own constructs.
/// </summary>
public static class HostileInput
{
    private static readonly Lazy<List<string>> Corpus = new(Build);

    public static IReadOnlyList<string> All => Corpus.Value;

    /// <summary>In the manner of the OWASP XSS filter-evasion cheat sheet.</summary>
    private static readonly string[] FilterEvasion =
    [
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<a onmouseover=alert(document.cookie)>xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<IMG SRC= onmouseover=\"alert('xxs')\">",
        "<IMG onmouseover=\"alert('xxs')\">",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0D;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<SCRIPT/SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT SRC=https://xss.example/xss.js?< B >",
        "<SCRIPT SRC=//xss.example/.j>",
        "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
        "<iframe src=https://xss.example/scriptlet.html <",
        "\\\";alert('XSS');//",
        "</script><script>alert('XSS');</script>",
        "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<IMG DYNSRC=\"javascript:alert('XSS')\">",
        "<IMG LOWSRC=\"javascript:alert('XSS')\">",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<IMG SRC='vbscript:msgbox(\"XSS\")'>",
        "<svg/onload=alert('XSS')>",
        "<BODY ONLOAD=alert('XSS')>",
        "<BGSOUND SRC=\"javascript:alert('XSS');\">",
        "<BR SIZE=\"&{alert('XSS')}\">",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<LINK REL=\"stylesheet\" HREF=\"https://xss.example/xss.css\">",
        "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
        "<META HTTP-EQUIV=\"Link\" Content=\"<https://xss.example/xss.css>; REL=stylesheet\">",
        "<STYLE>BODY{-moz-binding:url(\"https://xss.example/xssmoz.xml#xss\")}</STYLE>",
        "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(\"XSS\")';</STYLE>",
        "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
        "<STYLE TYPE=\"text/javascript\">alert('XSS');</STYLE>",
        "<STYLE>.XSS{background-image:url(\"javascript:alert('XSS')\");}</STYLE><A CLASS=XSS></A>",
        "<STYLE type=\"text/css\">BODY{background:url(\"javascript:alert('XSS')\")}</STYLE>",
        "<XSS STYLE=\"xss:expression(alert('XSS'))\">",
        "<XSS STYLE=\"behavior: url(xss.htc);\">",
        "¼script¾alert(¢XSS¢)¼/script¾",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0; URL=https://;URL=javascript:alert('XSS');\">",
        "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
        "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
        "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
        "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029\">",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
        "<SCRIPT a=\">\" SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<SCRIPT =\">\" SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<SCRIPT a=\">\" '' SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<SCRIPT \"a='>'\" SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<SCRIPT a=`>` SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<SCRIPT a=\">'>\" SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<SCRIPT>document.write(\"<SCRI\");</SCRIPT>PT SRC=\"https://xss.example/xss.js\"></SCRIPT>",
        "<A HREF=\"http://0x42.0x0000066.0x7.0x93/\">XSS</A>",
        "<A HREF=\"javascript:document.location='https://xss.example/'\">XSS</A>",
        "<A HREF=\"//xss.example/\">XSS</A>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\">",
        "<audio src=x onerror=alert(1)>",
        "<body onpageshow=alert(1)>",
        "<marquee onstart=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<select autofocus onfocus=alert(1)>",
        "<textarea autofocus onfocus=alert(1)>",
        "<keygen autofocus onfocus=alert(1)>",
        "<form><button formaction=javascript:alert(1)>X</button></form>",
        "<isindex type=image src=1 onerror=alert(1)>",
        "<object data=\"javascript:alert(1)\">",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<template><script>alert(1)</script></template>",
        "\"><img src=x onerror=alert(1)>",
        "'><script>alert(1)</script>",
        "\" autofocus onfocus=\"alert(1)",
        "' onmouseover='alert(1)",
        "{{constructor.constructor('alert(1)')()}}",
        "${alert(1)}",
        "<img src=\"x` `<script>alert(1)</script>\"` `>",
        "<a href=\"&#1;javascript:alert(1)\">x</a>",
        "<a href=\"\\u006aavascript:alert(1)\">x</a>",
        "<a href=\"jav&#x61;script:alert(1)\">x</a>",
        "<a href=\"java&NewLine;script:alert(1)\">x</a>",
        "<a href=\"java&Tab;script:alert(1)\">x</a>",
        "<img src=x:alert(alt) onerror=eval(src) alt=0>",
        "<x onclick=alert(1)>click",
        "<script src=data:,alert(1)></script>",
        "<script>eval(location.hash.slice(1))</script>",
        "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
        "<embed src=\"javascript:alert(1)\">",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><set attributeName=href to=javascript:alert(1)>",
        "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationstart=\"alert(1)\"></p>",
        "<img srcset=\",,,,,x\" onerror=alert(1)>",
        "<picture><source srcset=\"x\"><img onerror=alert(1)></picture>",
    ];

    private static readonly string[] Schemes =
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java&#x09;script:alert(1)",
        "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "javascript&#58;alert(1)", "%6Aavascript:alert(1)",
        "vbscript:msgbox(1)", "VBSCRIPT:msgbox(1)", "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+", "DATA:text/html,x", "livescript:alert(1)", "mocha:alert(1)", "file:///etc/passwd",
        "\\u006Aavascript:alert(1)", "jav&#x0A;ascript:alert(1)", "javascript://%0Aalert(1)", "javascript://example.com/%0aalert(1)",
    ];

    /// <summary>Markdown's ways of making a link or an image, with a URL slot.</summary>
    private static readonly string[] MarkdownForms =
    [
        "[link]({0})", "[link](<{0}>)", "[link]({0} \"title\")", "![image]({0})", "![image](<{0}>)", "<{0}>",
        "[ref]\n\n[ref]: {0}", "[text][r]\n\n[r]: {0} \"title\"", "![img][i]\n\n[i]: {0}", "[x]({0}){{onclick=alert(1)}}",
    ];

    /// <summary>Markdown's places for any text: where a vector may hide.</summary>
    private static readonly string[] MarkdownPlaces =
    [
        "{0}", "**{0}**", "> {0}", "- {0}", "# {0} {{onclick=alert(1)}}", "| a |\n|---|\n| {0} |", "[{0}](https://example.com)",
        "`{0}`", "```\n{0}\n```", "text {{#id onclick=alert(1)}} {0}",
    ];

    private static List<string> Build()
    {
        var blns = JsonSerializer.Deserialize<string[]>(File.ReadAllText(
            Path.Combine(RepositoryPaths.Root, "tests", "Academy.UnitTests", "TestData", "blns", "blns.json")))!;
        var corpus = new List<string>(blns);
        corpus.AddRange(FilterEvasion);
        corpus.AddRange(Schemes.SelectMany(scheme => MarkdownForms.Select(form => string.Format(System.Globalization.CultureInfo.InvariantCulture, form, scheme))));
        corpus.AddRange(FilterEvasion.Take(40).SelectMany(vector => MarkdownPlaces.Skip(1).Take(4)
            .Select(place => string.Format(System.Globalization.CultureInfo.InvariantCulture, place, vector))));
        return corpus.Where(text => !string.IsNullOrWhiteSpace(text)).Distinct().ToList();
    }
}
