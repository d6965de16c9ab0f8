using NodaTime;

namespace AiLambdaInfra.Scaling.Forecasting;

/// <summary>
/// Where each absolute 5-minute slot falls on the wall clock of a time zone: its slot of the local day and its local
/// weekday. Traffic follows people's local time, so the daily and weekly profiles are fitted and replayed on these keys:
/// a 09:00 ramp stays at 09:00 local across a daylight-saving change instead of moving an hour in UTC. Around a change
/// the local day has 23 or 25 hours; the repeated hour's slots share their keys, the skipped hour's keys do not occur.
/// </summary>
internal sealed class LocalClock
{
    /// <summary>Five-minute slots in a day.</summary>
    public const int SlotsPerDay = 288;

    private const long SlotTicks = 5 * NodaConstants.TicksPerMinute;
    private readonly long _first;
    private readonly int[] _offsets;
    private readonly int _fixedOffset;
    private readonly short[] _daySlots;
    private readonly byte[] _weekdays;

    /// <summary>A clock for the slots <c>[firstSlot, firstSlot + count)</c> (absolute 5-minute slots since the Unix epoch).</summary>
    public LocalClock(DateTimeZone zone, long firstSlot, int count)
    {
        _first = firstSlot;
        var from = Instant.FromUnixTimeTicks(firstSlot * SlotTicks);
        var to = Instant.FromUnixTimeTicks((firstSlot + count) * SlotTicks);
        var intervals = zone.GetZoneIntervals(from, to).ToList();
        if (intervals.Count == 1)
        {
            _fixedOffset = Slots(intervals[0].WallOffset);
            _offsets = [];
        }
        else
        {
            _offsets = new int[count];
            foreach (var interval in intervals)
            {
                var a = interval.HasStart ? Math.Max(0, (int)Math.Ceiling((interval.Start.ToUnixTimeTicks() / (double)SlotTicks) - firstSlot)) : 0;
                var b = interval.HasEnd ? Math.Min(count, (int)Math.Ceiling((interval.End.ToUnixTimeTicks() / (double)SlotTicks) - firstSlot)) : count;
                Array.Fill(_offsets, Slots(interval.WallOffset), a, Math.Max(0, b - a));
            }
        }
        // Looked up for every slot of every fit: computed once.
        _daySlots = new short[count];
        _weekdays = new byte[count];
        for (var i = 0; i < count; i++)
        {
            var local = firstSlot + i + OffsetOf(firstSlot + i);
            _daySlots[i] = (short)Mod(local, SlotsPerDay);
            _weekdays[i] = (byte)Mod((local - Mod(local, SlotsPerDay)) / SlotsPerDay + 3, 7);
        }
    }

    /// <summary>Slot of the local day (0–287) of an absolute slot.</summary>
    public int DaySlot(long slot)
    {
        var i = slot - _first;
        if (i >= 0 && i < _daySlots.Length) return _daySlots[i];
        return (int)Mod(slot + OffsetOf(slot), SlotsPerDay);
    }

    /// <summary>Local weekday of an absolute slot, Monday = 0 (1970-01-01 was a Thursday).</summary>
    public int Weekday(long slot)
    {
        var i = slot - _first;
        if (i >= 0 && i < _weekdays.Length) return _weekdays[i];
        var local = slot + OffsetOf(slot);
        return (int)Mod((local - Mod(local, SlotsPerDay)) / SlotsPerDay + 3, 7);
    }

    private int OffsetOf(long slot)
    {
        if (_offsets.Length == 0) return _fixedOffset;
        var i = slot - _first;
        return _offsets[(int)Math.Clamp(i, 0, _offsets.Length - 1)];
    }

    private static int Slots(Offset offset) => (int)Math.Round(offset.Seconds / 300d);

    private static long Mod(long a, long m) => ((a % m) + m) % m;
}
