using System.Text.Json;
using GovInfoDisclosure.Core.Format;
using PuppeteerSharp;

namespace GovInfoDisclosure.Documents.Tests.Browser;

/// <summary>A value cell as the browser laid it out: the box of its number (of the cell where blank), its column header's and its row label's.</summary>
public sealed record CellGeometry(string JsonPointer, string Text, double[] Number, double[] Cell, double[] Header, double[]? Label, string HeaderText, string? LabelText);

/// <summary>
/// Checks a page the way a person reads the printed tables: every number under its column header (its box horizontally
/// within the header's box) and level with its row label (vertically within the label's box). Which header and which
/// label belong to a value comes from <see cref="PrintedLayout"/>'s grid: the nearest column header above it, the
/// nearest row label left of it.
/// </summary>
public static class PageGeometry
{
    private const double Tolerance = 0.5;

    private const string Measure = """
        (rootSelector, checks) => {
          const root = document.querySelector(rootSelector);
          const tables = root.querySelectorAll('table.gid-table');
          const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
          return JSON.stringify(checks.map(c => {
            const t = tables[c[0]];
            const td = t.rows[c[1]].cells[c[2]];
            const th = t.rows[c[3]].cells[c[4]];
            const label = c[5] >= 0 ? t.rows[c[5]].cells[c[6]] : null;
            const number = td.querySelector('.gid-n') || td;
            const range = document.createRange();
            range.selectNodeContents(number);
            const r = range.getBoundingClientRect();
            return { jsonPointer: td.getAttribute('data-pointer'), text: number.textContent,
              number: number.textContent.length > 0 ? [r.left, r.top, r.right, r.bottom] : box(td), cell: box(td), header: box(th),
              label: label ? box(label) : null, headerText: th.textContent, labelText: label ? label.textContent : null };
          }));
        }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Measures every value cell of the three tables under <paramref name="rootSelector"/>.</summary>
    public static async Task<List<(PrintedCell Cell, CellGeometry Geometry)>> MeasureAsync(IPage page, string rootSelector, ReportEdition edition = ReportEdition.Edition2021)
    {
        var checks = new List<int[]>();
        var cells = new List<PrintedCell>();
        var tables = PrintedLayout.Tables(edition);
        for (int t = 0; t < tables.Length; t++)
        {
            var grid = PrintedDocument.Grid(tables[t]);
            var position = new Dictionary<PrintedCell, (int Row, int K)>();
            for (int r = 0; r < tables[t].RowCount; r++)
            {
                for (int k = 0; k < tables[t].Rows[r].Length; k++)
                {
                    position[tables[t].Rows[r][k]] = (r, k);
                }
            }

            foreach (PrintedCell value in tables[t].Cells.Where(c => c.Kind == PrintedCellKind.Value))
            {
                PrintedCell header = Enumerable.Range(0, value.Row).Reverse().Select(r => grid[r][value.Column]).First(c => c.Kind == PrintedCellKind.ColumnHeader);
                PrintedCell? label = Enumerable.Range(0, value.Column).Reverse().Select(c => grid[value.Row][c]).FirstOrDefault(c => c.Kind == PrintedCellKind.RowHeader);
                (int Row, int K) l = label is null ? (-1, -1) : position[label];
                checks.Add([t, position[value].Row, position[value].K, position[header].Row, position[header].K, l.Row, l.K]);
                cells.Add(value);
            }
        }

        string json = await page.EvaluateFunctionAsync<string>(Measure, rootSelector, checks);
        CellGeometry[] measured = JsonSerializer.Deserialize<CellGeometry[]>(json, Json)!;
        return [.. cells.Zip(measured)];
    }

    /// <summary>Asserts every number is under its column header and level with its row label, and prints the report's value.</summary>
    public static void AssertLaidOutAsPrinted(List<(PrintedCell Cell, CellGeometry Geometry)> measured, decimal?[] values) =>
        AssertLaidOutAsPrinted(measured, values, ReportEdition.Edition2021, _ => string.Empty);

    /// <summary>
    /// Asserts a report of either edition is laid out as printed: every number (with what is printed after it, the 2019
    /// procurement amount's unit) under its column header and level with its row label.
    /// </summary>
    public static void AssertLaidOutAsPrinted(List<(PrintedCell Cell, CellGeometry Geometry)> measured, Core.AnnualReport report) =>
        AssertLaidOutAsPrinted(measured, PrintedLayout.CellValues(report), report.Edition, i => PrintedDocument.ValueSuffix(report, i));

    private static void AssertLaidOutAsPrinted(List<(PrintedCell Cell, CellGeometry Geometry)> measured, decimal?[] values, ReportEdition edition, Func<int, string> suffix)
    {
        Assert.Equal(PrintedLayout.CellCountOf(edition) - 1, measured.Count);
        foreach ((PrintedCell cell, CellGeometry g) in measured)
        {
            string where = $"{g.JsonPointer} under '{g.HeaderText}' beside '{g.LabelText}'";
            Assert.Equal(PrintedLayout.CellPointer(edition, cell.CellIndex), g.JsonPointer);
            Assert.Equal(PrintedDocument.FormatValue(values[cell.CellIndex]) + suffix(cell.CellIndex), g.Text);
            Assert.True(g.Number[2] > g.Number[0] || g.Text.Length == 0, $"{where}: the number is not visible");
            Assert.True(
                g.Number[0] >= g.Header[0] - Tolerance && g.Number[2] <= g.Header[2] + Tolerance,
                $"{where}: the number spans x {g.Number[0]:0.#}–{g.Number[2]:0.#}, its column header {g.Header[0]:0.#}–{g.Header[2]:0.#}");
            Assert.True(
                g.Cell[0] >= g.Header[0] - Tolerance && g.Cell[2] <= g.Header[2] + Tolerance,
                $"{where}: the cell spans x {g.Cell[0]:0.#}–{g.Cell[2]:0.#}, its column header {g.Header[0]:0.#}–{g.Header[2]:0.#}");
            Assert.True(g.Number[1] >= g.Header[3] - Tolerance, $"{where}: the number is not below its column header");
            if (g.Label is { } label)
            {
                Assert.True(
                    g.Number[1] >= label[1] - Tolerance && g.Number[3] <= label[3] + Tolerance,
                    $"{where}: the number spans y {g.Number[1]:0.#}–{g.Number[3]:0.#}, its row label {label[1]:0.#}–{label[3]:0.#}");
                Assert.True(g.Number[0] >= label[2] - Tolerance, $"{where}: the number is not right of its row label");
            }
        }
    }
}
