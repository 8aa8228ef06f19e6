namespace Tickmark.Events;

/// <summary>What kind of event a release reports. <see cref="EventKinds"/> has the FACTS-JSON names.</summary>
public enum EventKind
{
    CeMark, RegulatoryClearance, RegulatoryApproval, ClinicalResult, ClinicalTrial, ProductLaunch, Acquisition, Divestiture,
    Dividend, ShareRepurchase, DebtOffering, ExecutiveAppointment, Presentation, Publication, Other,
}

public static class EventKinds
{
    public static string ToJsonName(this EventKind kind) => kind switch
    {
        EventKind.CeMark => "ce-mark",
        EventKind.RegulatoryClearance => "regulatory-clearance",
        EventKind.RegulatoryApproval => "regulatory-approval",
        EventKind.ClinicalResult => "clinical-result",
        EventKind.ClinicalTrial => "clinical-trial",
        EventKind.ProductLaunch => "product-launch",
        EventKind.Acquisition => "acquisition",
        EventKind.Divestiture => "divestiture",
        EventKind.Dividend => "dividend",
        EventKind.ShareRepurchase => "share-repurchase",
        EventKind.DebtOffering => "debt-offering",
        EventKind.ExecutiveAppointment => "executive-appointment",
        EventKind.Presentation => "presentation",
        EventKind.Publication => "publication",
        _ => "other",
    };

    public static EventKind FromJsonName(string name) =>
        Enum.GetValues<EventKind>().FirstOrDefault(k => k.ToJsonName() == name, EventKind.Other);
}
