using Tickmark.Releases;
using Tickmark.Store;

namespace Tickmark.Tests.Store;

/// <summary>A company's key: its ticker, else its CIK, else its normalised name.</summary>
public class CompanyIdentityTests
{
    [Theory]
    [InlineData("psem", null, "Pericom Semiconductor Corporation", "PSEM")]
    [InlineData(null, "0000092122", "Southern Company", "CIK92122")]
    [InlineData(null, null, "Horizon Financial Corp.", "horizon financial")]
    [InlineData(null, null, "The Southern Company", "southern company")]
    [InlineData(null, null, "AT&T Inc.", "at and t")]
    public void TheKeyIsTheTickerElseTheCikElseTheName(string? ticker, string? cik, string? name, string key) =>
        Assert.Equal(key, CompanyIdentity.Of(new ReleaseInfo { Ticker = ticker, Cik = cik, Company = name })!.Key);

    [Fact]
    public void AReleaseNamingNoCompanyHasNone() => Assert.Null(CompanyIdentity.Of(new ReleaseInfo()));
}
