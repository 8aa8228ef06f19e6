using Tickmark.Text;

namespace Tickmark.Calls;

/// <summary>
/// The conference call a release announces: when it starts, the numbers to dial (live and
/// replay), the access codes, the webcast, and the replay window (<see cref="ReplayFrom"/> to
/// <see cref="ReplayUntil"/>, both as printed moments; <see cref="ReplayUntilText"/> keeps an end
/// given in words, "until NVIDIA's conference call ... third quarter of fiscal 2024").
/// <see cref="Span"/> covers the paragraphs that announce it.
/// </summary>
public sealed record ConferenceCall
{
    public CallTime? Start { get; init; }
    public IReadOnlyList<DialIn> Numbers { get; init; } = [];
    /// <summary>The code for the live call ("conference ID is 5948844", "Passcode: 822011").</summary>
    public string? AccessCode { get; init; }
    public string? ReplayAccessCode { get; init; }
    public bool Webcast { get; init; }
    public string? WebcastUrl { get; init; }
    public CallTime? ReplayFrom { get; init; }
    public CallTime? ReplayUntil { get; init; }
    public string? ReplayUntilText { get; init; }
    public required SourceSpan Span { get; init; }

    public IEnumerable<DialIn> Live => Numbers.Where(n => n.Use == DialInUse.Live);
    public IEnumerable<DialIn> Replay => Numbers.Where(n => n.Use == DialInUse.Replay);
}
