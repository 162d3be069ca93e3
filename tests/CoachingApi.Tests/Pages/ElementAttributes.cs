using OpenQA.Selenium;

namespace CallCoach.CoachingApi.Tests.Pages;

public static class ElementAttributes
{
    /// <summary>An attribute the page must have set; a missing one fails with its name rather than a null further on.</summary>
    public static string Attribute(this IWebElement element, string name) =>
        element.GetAttribute(name) ?? throw new InvalidOperationException($"<{element.TagName}> has no attribute '{name}'");
}
