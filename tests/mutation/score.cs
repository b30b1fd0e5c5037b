// The mutation score per folder from Stryker.NET reports (mutation-report.json), and the mutants left alive:
//
//   dotnet run --file tests/mutation/score.cs -- REPORT.json [REPORT.json...] [--survivors]
//
// A folder is the directory under src/<project>/ that holds the file. The score counts killed and timed-out mutants
// against those tested (killed, timeout, survived, no coverage); compile errors and ignored mutants are not counted,
// as in Stryker's own score. Only files with at least one tested mutant are listed (a run that mutates some folders
// reports the others' mutants as ignored). Given several reports (runs of different folders), a folder measured in more
// than one is taken from the last report that measured it, and "all" adds up the folders: the score of the library as
// far as its folders have been measured.
using System.Text.Json;

string[] reports = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
if (reports.Length == 0 || reports.Any(r => !File.Exists(r)))
{
    Console.Error.WriteLine("usage: dotnet run --file tests/mutation/score.cs -- REPORT.json [REPORT.json...] [--survivors]");
    return 64;
}

bool survivors = args.Contains("--survivors");
var folders = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
var alive = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
foreach (string reportPath in reports)
{
    var measured = new Dictionary<string, int[]>(StringComparer.Ordinal);
    var left = new Dictionary<string, List<string>>(StringComparer.Ordinal);
    using JsonDocument report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
    foreach (JsonProperty file in report.RootElement.GetProperty("files").EnumerateObject())
    {
        string path = file.Name.Replace('\\', '/');
        int src = path.LastIndexOf("/src/", StringComparison.Ordinal);
        string[] parts = (src < 0 ? path : path[(src + 5)..]).Split('/');
        string folder = parts.Length > 2 ? $"{parts[0]}/{parts[1]}" : parts[0];
        string[] lines = file.Value.TryGetProperty("source", out JsonElement source) ? (source.GetString() ?? string.Empty).Split('\n') : [];
        foreach (JsonElement mutant in file.Value.GetProperty("mutants").EnumerateArray())
        {
            string status = mutant.GetProperty("status").GetString() ?? string.Empty;
            int slot = status switch { "Killed" => 0, "Timeout" => 1, "Survived" => 2, "NoCoverage" => 3, _ => -1 };
            if (slot < 0)
            {
                continue;
            }

            if (!measured.TryGetValue(folder, out int[]? counts))
            {
                measured[folder] = counts = new int[4];
                left[folder] = [];
            }

            counts[slot]++;
            if (slot >= 2)
            {
                int line = mutant.GetProperty("location").GetProperty("start").GetProperty("line").GetInt32();
                string code = line <= lines.Length ? lines[line - 1].Trim() : string.Empty;
                left[folder].Add($"{status,-10} {parts[^1]}:{line} {mutant.GetProperty("mutatorName").GetString()}: {code[..Math.Min(code.Length, 110)]}");
            }
        }
    }

    foreach ((string folder, int[] counts) in measured)
    {
        folders[folder] = counts;
        alive[folder] = left[folder];
    }
}

Console.WriteLine("| folder | tested | killed | timeout | survived | no coverage | score |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
int[] total = new int[4];
foreach ((string folder, int[] c) in folders)
{
    Print(folder, c);
    for (int i = 0; i < 4; i++)
    {
        total[i] += c[i];
    }
}

if (folders.Count > 1)
{
    Print("all", total);
}

if (survivors)
{
    Console.WriteLine();
    foreach (List<string> mutants in alive.Values)
    {
        mutants.ForEach(Console.WriteLine);
    }
}

return 0;

static void Print(string folder, int[] c)
{
    int tested = c.Sum();
    double score = tested == 0 ? 0 : 100.0 * (c[0] + c[1]) / tested;
    Console.WriteLine($"| `{folder}` | {tested} | {c[0]} | {c[1]} | {c[2]} | {c[3]} | {score:0.0} % |");
}
