namespace WinkSensor.Host.Reports;

/// <summary>The report's inline style sheet and script (the report loads nothing from anywhere).</summary>
internal static class ReportStyle
{
    public static readonly string Css = $$"""
        :root { --ink: {{ChartColours.Ink}}; --muted: {{ChartColours.Muted}}; --line: {{ChartColours.Line}}; --flexion: {{ChartColours.Flexion}}; --wink: {{ChartColours.Wink}}; --onset: {{ChartColours.Onset}}; --bottom: {{ChartColours.Bottom}}; --ok: #16a34a; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; padding: 24px 32px; background: #f7f8fa; }
        h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 10px; }
        .meta { color: var(--muted); }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }
        .badge.complete { background: #dcfce7; color: #166534; } .badge.incomplete { background: #fef3c7; color: #92400e; }
        .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 120px; }
        .card .value { font-size: 22px; font-weight: 600; } .card .label { color: var(--muted); font-size: 12px; }
        table { border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
        th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
        th { background: {{ChartColours.Grid}}; font-weight: 600; } td.text, th.text { text-align: left; white-space: normal; }
        tr.wink td { background: #fef2f2; }
        .charts { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
        .chart-card, .rep-card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 6px; }
        .rep-card[hidden] { display: none; }
        svg.chart { background: #fff; display: block; max-width: 100%; height: auto; }
        details.numbers { margin: 4px 2px 2px; font-size: 12px; } details.numbers summary { color: var(--muted); cursor: pointer; }
        details.numbers table { margin-top: 4px; } details.numbers th, details.numbers td { padding: 2px 8px; }
        .condition-0 { background: {{ChartColours.Conditions[0]}}; } .condition-1 { background: {{ChartColours.Conditions[1]}}; }
        .condition-2 { background: {{ChartColours.Conditions[2]}}; } .condition-3 { background: {{ChartColours.Conditions[3]}}; }
        .condition-4 { background: {{ChartColours.Conditions[4]}}; } .condition-5 { background: {{ChartColours.Conditions[5]}}; }
        .legend span { margin-right: 16px; } .legend i { display: inline-block; width: 18px; height: 3px; vertical-align: middle; margin-right: 5px; }
        .empty { color: var(--muted); font-style: italic; }
        footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
        """;

    /// <summary>Shows only the chosen set's rep charts.</summary>
    public const string Script = """
        (function () {
          var select = document.getElementById('set-filter');
          if (!select) return;
          select.addEventListener('change', function () {
            var chosen = select.value;
            var cards = document.querySelectorAll('.rep-card');
            for (var i = 0; i < cards.length; i++) {
              cards[i].hidden = chosen !== 'all' && cards[i].getAttribute('data-set') !== chosen;
            }
          });
        })();
        """;
}
