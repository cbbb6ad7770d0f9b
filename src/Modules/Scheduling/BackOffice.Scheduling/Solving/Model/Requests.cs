namespace BackOffice.Scheduling.Solving.Model;

/// <summary>
/// A weighted wish. An "on" request costs <see cref="Weight"/> when the employee does not work
/// <see cref="Shift"/> that day; an "off" request costs it when they do. A null shift means any shift.
/// </summary>
internal sealed record ShiftRequest(int Employee, int Day, int? Shift, int Weight, bool On);

/// <summary>Required people on one shift type of one day, with a cost per person short and per person extra.</summary>
internal sealed record DayShiftCover(int Day, int Shift, int Requirement, int UnderWeight, int OverWeight);

/// <summary>
/// Required people present during one time interval (minutes from the start of day 0), counted over every
/// shift, of any day, that has someone on the floor for the whole interval.
/// </summary>
internal sealed record IntervalCover(int StartMinute, int LengthMinutes, int Requirement, int UnderWeight, int OverWeight);

/// <summary>
/// The assignment a published roster had for one employee and day (null shift = off). With a
/// <see cref="ChangeWeight"/> a change costs that weight ("minimal change"); with none it is locked (hard).
/// </summary>
internal sealed record ReferenceAssignment(int Employee, int Day, int? Shift, int? ChangeWeight);
