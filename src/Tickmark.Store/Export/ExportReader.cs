using Tickmark.Series;
using Tickmark.Store.Reading;

namespace Tickmark.Store.Export;

/// <summary>
/// The rows an export writes, read from the store one release (or one company) at a time so that a
/// large database streams: the facts of companies' releases (oldest period first) or of one release,
/// and the quarterly panel of companies' elements.
/// </summary>
public sealed class ExportReader(TickmarkStore store)
{
    /// <summary>The facts of every release of <paramref name="companies"/>; null for every company and then the releases that name none.</summary>
    public IEnumerable<FactRow> Facts(IReadOnlyList<CompanySummary>? companies)
    {
        foreach (var company in companies ?? store.Reader.Companies())
            foreach (var release in store.Reader.Releases(company.Id))
                foreach (var row in Facts(company, release)) yield return row;
        if (companies is not null) yield break;
        foreach (var release in store.Reader.ReleasesWithoutCompany())
            foreach (var row in Facts(null, release)) yield return row;
    }

    /// <summary>The facts of one release, with its company when it has one.</summary>
    public IEnumerable<FactRow> Facts(ReleaseSummary release)
    {
        var company = release.CompanyId is { } id ? store.Reader.Companies().FirstOrDefault(c => c.Id == id) : null;
        return Facts(company, release);
    }

    /// <summary>Each company's quarterly series of every element its tables print, one row per point.</summary>
    public IEnumerable<PanelRow> Panel(IReadOnlyList<CompanySummary> companies)
    {
        foreach (var company in companies)
            foreach (var (element, series) in store.Series.ElementSeries(company.Id, SeriesKind.Quarterly))
                foreach (var point in series.Points) yield return new PanelRow(company, element, series, point);
    }

    private IEnumerable<FactRow> Facts(CompanySummary? company, ReleaseSummary release) =>
        store.Reader.Facts(release.Id).Select(f => new FactRow(company, release, f));
}
