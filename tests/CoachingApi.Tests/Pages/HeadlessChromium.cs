using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace CallCoach.CoachingApi.Tests.Pages;

/// <summary>
/// Debian's Chromium, headless, driven by Debian's chromedriver (scripts/setup.sh --test installs both). The paths
/// are given so Selenium never tries to download a browser or a driver.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ChromeDriver driver;

    public HeadlessChromium()
    {
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking");
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>Opens a page and waits until its script has finished loading everything (body[data-loaded]).</summary>
    public void Open(Uri page)
    {
        driver.Navigate().GoToUrl(page);
        Until(d => d.FindElements(By.CssSelector("body[data-loaded='true']")).Count == 1, $"{page} to finish loading");
    }

    /// <summary>Opens a page, signs in through its form the way a person would, and waits for the signed-in page to load.</summary>
    public void Open(Uri page, string credential)
    {
        Open(page);
        if (All("#sign-in").Count == 1)
        {
            One("#credential").SendKeys(credential);
            One("#sign-in button[type='submit']").Click();
            Until(d => d.FindElements(By.Id("sign-in")).Count == 0 && d.FindElements(By.CssSelector("body[data-loaded='true']")).Count == 1, $"{page} to load signed in");
        }
    }

    public IReadOnlyList<IWebElement> All(string css) => driver.FindElements(By.CssSelector(css));

    public IWebElement One(string css) => Assert.Single(All(css));

    public object? Script(string script, params object[] arguments) => driver.ExecuteScript(script, arguments);

    /// <summary>Waits for a condition; on time-out the message carries what the page showed, to see why.</summary>
    public T Until<T>(Func<IWebDriver, T> condition, string what)
    {
        var wait = new WebDriverWait(driver, Patience) { Message = $"waited {Patience.TotalSeconds} s for {what}" };
        try
        {
            return wait.Until(condition);
        }
        catch (WebDriverTimeoutException timeout)
        {
            throw new WebDriverTimeoutException($"{timeout.Message}; the page showed: {driver.FindElement(By.TagName("body")).Text}", timeout);
        }
    }

    public void Dispose() => driver.Quit();
}
