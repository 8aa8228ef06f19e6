namespace Tickmark.Web.Pages;

/// <summary>The app's addresses, built in one place; every value put in one is escaped.</summary>
public static class Links
{
    public static string Company(string key) => "/companies/" + Uri.EscapeDataString(key);

    public static string Release(long id) => "/releases/" + id;

    /// <summary>The release page with fact <paramref name="factIndex"/> selected.</summary>
    public static string Fact(long releaseId, int factIndex) => $"/releases/{releaseId}#f{factIndex}";

    public static string Rendered(long id) => $"/releases/{id}/rendered";
}
