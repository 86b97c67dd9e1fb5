namespace LocalAction.Tests.Infrastructure;

/// <summary>
/// The app's clock in tests: real time plus an offset the test moves forward, so campaigns open and close, traffic
/// lights change and reminders fall due without waiting, while everything else (cookies, tokens) keeps working.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().UtcDateTime);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Moves the clock so today is <paramref name="day"/> (never backwards past real time's meaning: any day works).</summary>
    public void SetToday(DateOnly day) => Advance(day.ToDateTime(TimeOnly.MinValue) - Today.ToDateTime(TimeOnly.MinValue));
}
