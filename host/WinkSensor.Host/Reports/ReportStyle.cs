namespace WinkSensor.Host.Reports;

/// <summary>The report's inline style sheet and script (the report loads nothing from anywhere).</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --ink: #1d2430; --muted: #6b7280; --line: #d7dce3; --flexion: #2563eb; --wink: #dc2626; --onset: #ea580c; --ok: #16a34a; }
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
        th { background: #eef1f5; font-weight: 600; } td.text, th.text { text-align: left; white-space: normal; }
        tr.wink td { background: #fef2f2; }
        .charts { display: flex; flex-wrap: wrap; gap: 12px; }
        .rep-card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 6px; }
        .rep-card[hidden] { display: none; }
        svg.chart { background: #fff; display: block; max-width: 100%; height: auto; }
        .chart-title { font-size: 13px; font-weight: 600; fill: var(--ink); }
        .tick { font-size: 11px; fill: var(--muted); } .axis-label { font-size: 11px; fill: var(--muted); }
        .grid { stroke: #eef1f5; } .axis { stroke: #9aa3af; }
        .series { fill: none; stroke-width: 2; stroke-linejoin: round; }
        .series.flexion { stroke: var(--flexion); } .series.trend { stroke: #7c3aed; }
        .dot.trend { fill: #7c3aed; } .dot.current { fill: var(--wink); }
        .marker { stroke-width: 1.5; } .marker.onset { stroke: var(--onset); stroke-dasharray: 5 3; }
        .marker.alarm { stroke: var(--wink); } .marker.bottom { stroke: #9aa3af; stroke-dasharray: 2 3; }
        .marker.current { stroke: #f59e0b; stroke-dasharray: 4 3; }
        .bar.clean { fill: var(--flexion); } .bar.wink { fill: var(--wink); }
        .bar.usual { fill: #6b7280; } .bar.wide { fill: #2563eb; } .bar.heels { fill: #16a34a; }
        .condition-0 { stroke: #7c3aed; fill: #7c3aed; background: #7c3aed; } .condition-1 { stroke: #2563eb; fill: #2563eb; background: #2563eb; }
        .condition-2 { stroke: #16a34a; fill: #16a34a; background: #16a34a; } .condition-3 { stroke: #ea580c; fill: #ea580c; background: #ea580c; }
        .condition-4 { stroke: #0891b2; fill: #0891b2; background: #0891b2; } .condition-5 { stroke: #be185d; fill: #be185d; background: #be185d; }
        .series[class*="condition-"] { fill: none; }
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
