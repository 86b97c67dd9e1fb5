namespace LocalAction.Web.Features.Forums;

/// <summary>The kinds of sessions in a forum's programme. Hearings, roundtables, debates and plenaries are official sessions.</summary>
public enum SessionType
{
    MultiStakeholderHearing,
    Roundtable,
    PolicyDebate,
    Plenary,
    OfficialSideEvent,
    UnofficialSideEvent,

    /// <summary>A side event the source does not mark official or unofficial (the 2022 report).</summary>
    SideEvent,
    Reception,
    ClosedDoorMeeting,
    NetworkMeeting,
    Meeting,
    PressConference,
}

public static class SessionTypes
{
    /// <summary>The sessions of the official programme, the denominator of "speaking roles in N of M official sessions".</summary>
    public static bool IsOfficialSession(this SessionType type) =>
        type is SessionType.MultiStakeholderHearing or SessionType.Roundtable or SessionType.PolicyDebate or SessionType.Plenary;

    public static bool IsOfficialSession(this SessionType? type) => type is { } t && t.IsOfficialSession();
}
