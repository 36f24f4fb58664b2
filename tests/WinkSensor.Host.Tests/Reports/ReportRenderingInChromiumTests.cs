using System.Diagnostics;
using System.Text.RegularExpressions;
using WinkSensor.Host.Tests.Commands;
using WinkSensor.Host.Tests.Fixtures;
using Xunit.Abstractions;

namespace WinkSensor.Host.Tests.Reports;

/// <summary>
/// Loads a real report in headless Chromium and checks from inside the page that every chart was laid out with
/// visible size and drawn marks, that the set filter script works, and that no script error occurred.
/// Needs the Debian package `chromium`; without it this test FAILS (it is part of the acceptance).
/// </summary>
public sealed class ReportRenderingInChromiumTests : IClassFixture<FilledStore>
{
    private const string ErrorCollector = """
        <script>window.__reportErrors = []; window.addEventListener('error', function (e) { window.__reportErrors.push(String(e.message)); });</script>
        """;

    // Runs after the report's own script. Layout is computed on demand by getBoundingClientRect/getBBox. Marks are the
    // paths and dots ScottPlot draws (data, grid, axes), not the white background rectangles.
    private const string RenderCheck = """
        <pre id="render-check"></pre><pre id="render-errors"></pre>
        <script>
        (function () {
          var charts = document.querySelectorAll('svg.chart'), drawn = 0;
          for (var i = 0; i < charts.length; i++) {
            var box = charts[i].getBoundingClientRect();
            var marks = charts[i].querySelectorAll('path, ellipse'), visibleMarks = 0;
            for (var j = 0; j < marks.length; j++) { var b = marks[j].getBBox(); if (b.width > 0 || b.height > 0) visibleMarks++; }
            if (box.width > 100 && box.height > 100 && visibleMarks > 0) drawn++;
          }
          var filter = document.getElementById('set-filter');
          filter.value = '2';
          filter.dispatchEvent(new Event('change'));
          var hidden = 0, cards = document.querySelectorAll('.rep-card');
          for (var k = 0; k < cards.length; k++) if (cards[k].getBoundingClientRect().height === 0) hidden++;
          document.getElementById('render-check').textContent =
            'charts=' + charts.length + ';drawn=' + drawn + ';hidden=' + hidden + ';errors=' + window.__reportErrors.length;
          document.getElementById('render-errors').textContent = window.__reportErrors.join(' | ');
        })();
        </script>
        """;

    private readonly ITestOutputHelper output;
    private readonly FilledStore store;

    public ReportRenderingInChromiumTests(ITestOutputHelper output, FilledStore store)
    {
        this.output = output;
        this.store = store;
    }

    [Fact]
    public void Report_charts_render_in_headless_Chromium_without_script_errors()
    {
        var chromium = FindChromium() ?? throw new Xunit.Sdk.XunitException(
            "Chromium is not installed, so the report cannot be checked in a browser. Install it: " +
            "apt-get update && apt-get install -y chromium");
        using var directory = new TemporaryDirectory();
        var reportPath = directory.File("report.html");
        var run = CliRun.Of("report", store.FirstId.ToString(), "--out", reportPath, "--data-dir", store.Directory.Path);
        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(reportPath);
        var checkedPath = directory.File("report-checked.html");
        File.WriteAllText(checkedPath, html.Replace("<head>", "<head>\n" + ErrorCollector).Replace("</body>", RenderCheck + "\n</body>"));

        var dom = DumpDom(chromium, checkedPath, directory.File("chromium-profile"));

        var check = Regex.Match(dom, "<pre id=\"render-check\">charts=(\\d+);drawn=(\\d+);hidden=(\\d+);errors=(\\d+)</pre>");
        Assert.True(check.Success, "the render check did not run in Chromium; DOM starts: " + dom[..Math.Min(dom.Length, 400)]);
        var errors = Regex.Match(dom, "<pre id=\"render-errors\">(.*?)</pre>", RegexOptions.Singleline).Groups[1].Value;
        output.WriteLine(check.Value);
        var charts = int.Parse(check.Groups[1].Value);
        // 9 rep charts + peak flexion per rep + 3 trend charts.
        Assert.Equal(13, charts);
        Assert.Equal(charts, int.Parse(check.Groups[2].Value));
        Assert.Equal(5, int.Parse(check.Groups[3].Value)); // the 5 reps of set 1 hidden by the set filter
        Assert.True(int.Parse(check.Groups[4].Value) == 0, "script errors in the report: " + errors);
    }

    private static string DumpDom(string chromium, string htmlPath, string profileDirectory)
    {
        var start = new ProcessStartInfo(chromium)
        {
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profileDirectory, "--dump-dom",
                new Uri(htmlPath).AbsoluteUri,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("Chromium did not finish within 90 s");
        }
        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    private static string? FindChromium()
    {
        foreach (var name in new[] { "chromium", "chromium-browser" })
            foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
