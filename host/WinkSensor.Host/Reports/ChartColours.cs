namespace WinkSensor.Host.Reports;

/// <summary>The report's colours (CSS hex), shared by its style sheet and its ScottPlot charts.</summary>
internal static class ChartColours
{
    public const string Ink = "#1d2430";
    public const string Muted = "#6b7280";
    public const string Line = "#d7dce3";
    public const string Grid = "#eef1f5";
    public const string Axis = "#9aa3af";
    public const string Flexion = "#2563eb";
    public const string Wink = "#dc2626";
    public const string Onset = "#ea580c";
    public const string Bottom = "#9aa3af";
    public const string CurrentSession = "#f59e0b";
    public const string Trend = "#7c3aed";
    public const string UsualStance = "#6b7280";
    public const string WideStance = "#2563eb";
    public const string HeelsRaised = "#16a34a";

    /// <summary>One colour per condition in the trend per condition, repeating after six.</summary>
    public static readonly IReadOnlyList<string> Conditions = ["#7c3aed", "#2563eb", "#16a34a", "#ea580c", "#0891b2", "#be185d"];
}
