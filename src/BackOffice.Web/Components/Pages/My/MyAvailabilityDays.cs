namespace BackOffice.Web.Components.Pages.My;

/// <summary>ISO weekday names as the availability API spells them, Monday first.</summary>
internal static class MyAvailabilityDays
{
    public static readonly string[] Names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
}
