// The mutation score per folder from Stryker.NET reports (mutation-report.json), and the mutants left alive:
//
//   dotnet run --file tests/mutation/score.cs -- REPORT.json [REPORT.json...] [--survivors]
//   dotnet run --file tests/mutation/score.cs -- --merge EARLIER.json LATER.json [LATER.json...] [--survivors]
//   dotnet run --file tests/mutation/score.cs -- --again REPORT.json
//   dotnet run --file tests/mutation/score.cs -- --apply REPORT.json FILE.cs:LINE[:COLUMN][#N]
//
// A folder is the directory under src/<project>/ that holds the file. The score counts killed and timed-out mutants
// against those tested (killed, timeout, survived, no coverage); compile errors and ignored mutants are not counted,
// as in Stryker's own score. Only files with at least one tested mutant are listed (a run that mutates some folders
// reports the others' mutants as ignored). Given several reports (runs of different folders), a folder measured in more
// than one is taken from the last report that measured it, and "all" adds up the folders: the score of the library as
// far as its folders have been measured.
//
// --again prints what a second run needs to test again the mutants a report left undecided (timeout, survived, no
// coverage): the project, then one Stryker --mutate pattern a line, each file with the character spans of those mutants
// (Stryker then mutates only what lies inside them) and, where its source has changed since the report, of every line
// added or changed (the undecided mutants' spans follow their lines to where they are now). Mutants on lines that did not
// change keep the earlier status when merged: a change's effect on them (a test that killed one only through the changed
// code) is not measured again; run the file's own report for that.
// --merge reads such a second run over the first (and a third over both, and so on): a mutant a later report tested
// takes its status from it, every other mutant keeps the earlier ones'. A mutant is known by its mutation and the text
// of its lines (not their numbers), so that lines moved by a change elsewhere in the file keep their mutants' status;
// mutants on lines that changed are the later report's alone.
// --apply writes one mutant the report left undecided into the source as it is in the current directory's checkout (the
// file must be as the report saw it), for checking a mutant by hand (tests/mutation/by-hand.sh); it keeps the original
// beside it as FILE.cs.by-hand and prints the file's path, then the mutation. The place is FILE.cs:LINE[:COLUMN] as
// --survivors prints it, #N picking one of several that start there; where the report left none undecided there, its
// mutants there that it did not test (an again-run's report lists those the earlier run decided as ignored).
using System.Text.Json;

bool survivors = args.Contains("--survivors");
bool merge = args.Contains("--merge");
bool again = args.Contains("--again");
bool apply = args.Length == 3 && args[0] == "--apply";
string[] reports = apply ? [args[1]] : [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
if (reports.Length == 0 || reports.Any(r => !File.Exists(r)) || (merge && reports.Length < 2) || (again && (reports.Length != 1 || merge))
    || (!apply && args.Contains("--apply")))
{
    Console.Error.WriteLine("""
        usage: dotnet run --file tests/mutation/score.cs -- REPORT.json [REPORT.json...] [--survivors]
               dotnet run --file tests/mutation/score.cs -- --merge EARLIER.json LATER.json [LATER.json...] [--survivors]
               dotnet run --file tests/mutation/score.cs -- --again REPORT.json
               dotnet run --file tests/mutation/score.cs -- --apply REPORT.json FILE.cs:LINE[:COLUMN][#N]
        """);
    return 64;
}

if (again)
{
    return Again(ReadReport(reports[0]));
}

if (apply)
{
    return Apply(ReadReport(reports[0]), args[2]);
}

// folder -> file -> mutant key -> mutant; a later report replaces what it measured.
var folders = new SortedDictionary<string, SortedDictionary<string, SourceFile>>(StringComparer.Ordinal);
foreach (string reportPath in reports)
{
    var measured = new Dictionary<string, SortedDictionary<string, SourceFile>>(StringComparer.Ordinal);
    foreach (SourceFile file in ReadReport(reportPath))
    {
        if (file.Tested == 0)
        {
            continue;
        }

        if (merge && folders.TryGetValue(file.Folder, out var earlierFiles) && earlierFiles.TryGetValue(file.Path, out SourceFile? earlier))
        {
            // The later report lists every mutant of the file as it is now (those it did not test as ignored): each one
            // it did not test keeps the earlier report's status, and the earlier's mutants on lines since changed go.
            foreach ((string key, Mutant mutant) in file.Mutants)
            {
                if (!mutant.Tested && earlier.Mutants.TryGetValue(key, out Mutant? before))
                {
                    file.Mutants[key] = before with { Line = mutant.Line, EndLine = mutant.EndLine };
                }
            }
        }

        if (!measured.TryGetValue(file.Folder, out var files))
        {
            measured[file.Folder] = files = new SortedDictionary<string, SourceFile>(StringComparer.Ordinal);
        }

        files[file.Path] = file;
    }

    foreach ((string folder, var files) in measured)
    {
        if (merge && folders.TryGetValue(folder, out var earlierFiles))
        {
            foreach ((string path, SourceFile file) in files)
            {
                earlierFiles[path] = file;
            }
        }
        else
        {
            folders[folder] = files;
        }
    }
}

Console.WriteLine("| folder | tested | killed | timeout | survived | no coverage | score |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
int[] total = new int[4];
foreach ((string folder, var files) in folders)
{
    int[] c = new int[4];
    foreach (Mutant mutant in files.Values.SelectMany(f => f.Mutants.Values).Where(m => m.Tested))
    {
        c[mutant.Slot]++;
        total[mutant.Slot]++;
    }

    Print(folder, c);
}

if (folders.Count > 1)
{
    Print("all", total);
}

if (survivors)
{
    Console.WriteLine();
    foreach (SourceFile file in folders.Values.SelectMany(f => f.Values))
    {
        string[] lines = file.Source.Split('\n');
        foreach (Mutant mutant in file.Mutants.Values.Where(m => m.Alive).OrderBy(m => m.Line))
        {
            string code = mutant.Line <= lines.Length ? lines[mutant.Line - 1].Trim() : string.Empty;
            Console.WriteLine($"{mutant.Status,-10} {file.Path[(file.Path.LastIndexOf('/') + 1)..]}:{mutant.Line}:{mutant.Column} {mutant.Mutator}: {code[..Math.Min(code.Length, 110)]}");
        }
    }
}

return 0;

static void Print(string folder, int[] c)
{
    int tested = c.Sum();
    double score = tested == 0 ? 0 : 100.0 * (c[0] + c[1]) / tested;
    Console.WriteLine($"| `{folder}` | {tested} | {c[0]} | {c[1]} | {c[2]} | {c[3]} | {score:0.0} % |");
}

static int Again(List<SourceFile> files)
{
    // The report's paths are the machine's where it ran; the repository's own copy is found from src/ on.
    string root = Directory.GetCurrentDirectory();
    string? project = null;
    var patterns = new List<string>();
    foreach (SourceFile file in files)
    {
        Mutant[] undecided = [.. file.Mutants.Values.Where(m => m.Undecided)];
        if (undecided.Length == 0)
        {
            continue;
        }

        // src/<project>/<path inside the project>
        string[] parts = file.Path.Split('/', 3);
        project ??= parts[1];
        if (project != parts[1])
        {
            Console.Error.WriteLine($"the report mutates two projects ({project}, {parts[1]}): run --again on each");
            return 65;
        }

        string current = Path.Combine(root, file.Path);
        string pattern = "**/" + parts[2];
        if (File.Exists(current))
        {
            // The undecided mutants where their lines are now, and every line added or changed since the report.
            string now = File.ReadAllText(current);
            int[] moved = LineMap(file.Source, now);
            int[] lineStarts = LineStarts(now);
            string[] lines = now.Split('\n');
            var spans = new List<(int Start, int End)>();
            foreach (Mutant m in undecided)
            {
                int first = moved[m.Line - 1];
                if (first >= 0 && Enumerable.Range(m.Line - 1, m.EndLine - m.Line + 1).All(l => moved[l] == first + (l - (m.Line - 1))))
                {
                    spans.Add((lineStarts[first] + m.Column - 1, lineStarts[first + m.EndLine - m.Line] + m.EndColumn - 1));
                }
            }

            bool[] kept = new bool[lines.Length];
            foreach (int l in moved.Where(l => l >= 0))
            {
                kept[l] = true;
            }

            // Each run of added or changed lines as one span, so that a statement over several of them is inside it.
            for (int l = 0; l < lines.Length; l++)
            {
                if (!kept[l])
                {
                    int last = l;
                    while (last + 1 < lines.Length && !kept[last + 1])
                    {
                        last++;
                    }

                    spans.Add((lineStarts[l], lineStarts[last] + lines[last].Length));
                    l = last;
                }
            }
            pattern += string.Concat(spans.Distinct().OrderBy(s => s.Start).Select(s => $"{{{s.Start}..{s.End}}}"));
        }

        patterns.Add(pattern);
    }

    if (project is null)
    {
        Console.Error.WriteLine("the report left no mutant undecided: nothing to test again");
        return 1;
    }

    Console.WriteLine(project);
    patterns.ForEach(Console.WriteLine);
    return 0;
}

static int Apply(List<SourceFile> files, string place)
{
    // FILE.cs:LINE[:COLUMN][#N]
    int hash = place.LastIndexOf('#');
    var invariant = System.Globalization.CultureInfo.InvariantCulture;
    int pick = 0;
    int parsedColumn = 0;
    string[] parts = (hash < 0 ? place : place[..hash]).Split(':');
    if (parts.Length is < 2 or > 3 || !int.TryParse(parts[1], invariant, out int line)
        || (parts.Length == 3 && !int.TryParse(parts[2], invariant, out parsedColumn))
        || (hash >= 0 && !int.TryParse(place[(hash + 1)..], invariant, out pick)))
    {
        Console.Error.WriteLine($"{place}: expected FILE.cs:LINE[:COLUMN][#N]");
        return 64;
    }

    int? column = parts.Length == 3 ? parsedColumn : null;
    var there = files
        .Where(f => f.Path == parts[0] || f.Path.EndsWith("/" + parts[0], StringComparison.Ordinal))
        .SelectMany(f => f.Mutants.Values.Where(m => m.Line == line && (column is null || m.Column == column)).Select(m => (File: f, Mutant: m)))
        .OrderBy(x => x.Mutant.Column).ThenBy(x => x.Mutant.Mutator, StringComparer.Ordinal)
        .ToList();
    var matches = there.Where(x => x.Mutant.Undecided).ToList();
    if (matches.Count == 0)
    {
        matches = [.. there.Where(x => x.Mutant.Status == "Ignored")];
    }

    if (matches.Count == 0 || (matches.Count > 1 && (pick < 1 || pick > matches.Count)) || (matches.Count == 1 && pick > 1))
    {
        Console.Error.WriteLine(matches.Count == 0
            ? $"{place}: the report left no mutant undecided or untested there"
            : $"{place}: {matches.Count} mutants there; add #1 to #{matches.Count}:\n"
              + string.Join('\n', matches.Select((x, i) => $"  #{i + 1} :{x.Mutant.Column} {x.Mutant.Mutator} -> {x.Mutant.Replacement}")));
        return 65;
    }

    (SourceFile file, Mutant mutant) = matches[Math.Max(pick, 1) - 1];
    string path = Path.Combine(Directory.GetCurrentDirectory(), file.Path);
    if (!File.Exists(path) || File.ReadAllText(path) != file.Source)
    {
        Console.Error.WriteLine($"{file.Path}: not as the report saw it in this checkout: check out the commit it measured");
        return 65;
    }

    int[] starts = LineStarts(file.Source);
    int from = mutant.Line <= starts.Length ? starts[mutant.Line - 1] + mutant.Column - 1 : -1;
    int to = mutant.EndLine <= starts.Length ? starts[mutant.EndLine - 1] + mutant.EndColumn - 1 : -1;
    if (from < 0 || to < from || to > file.Source.Length)
    {
        Console.Error.WriteLine($"{place}: the mutant's location lies outside its file");
        return 65;
    }

    string mutated = string.Concat(file.Source.AsSpan(0, from), mutant.Replacement, file.Source.AsSpan(to));
    string what = $"{file.Path}:{mutant.Line}:{mutant.Column} {mutant.Status} {mutant.Mutator}: {file.Source[from..to]} -> {mutant.Replacement}";
    File.Copy(path, path + ".by-hand", overwrite: false); // the original, for putting back (one left by a run cut short stops this one)
    File.WriteAllText(path, mutated);
    Console.WriteLine(file.Path);
    Console.WriteLine(what);
    return 0;
}

// For each line of the earlier source, the line it is in the later one (a longest common subsequence of the lines), or -1
// where it was changed or removed.
static int[] LineMap(string earlier, string later)
{
    string[] a = earlier.Split('\n');
    string[] b = later.Split('\n');
    int[,] common = new int[a.Length + 1, b.Length + 1];
    for (int i = a.Length - 1; i >= 0; i--)
    {
        for (int j = b.Length - 1; j >= 0; j--)
        {
            common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        }
    }

    int[] map = new int[a.Length];
    Array.Fill(map, -1);
    for (int i = 0, j = 0; i < a.Length && j < b.Length;)
    {
        if (a[i] == b[j])
        {
            map[i++] = j++;
        }
        else if (common[i + 1, j] >= common[i, j + 1])
        {
            i++;
        }
        else
        {
            j++;
        }
    }

    return map;
}

static int[] LineStarts(string source)
{
    var starts = new List<int> { 0 };
    for (int i = 0; i < source.Length; i++)
    {
        if (source[i] == '\n')
        {
            starts.Add(i + 1);
        }
    }

    return [.. starts];
}

static List<SourceFile> ReadReport(string reportPath)
{
    var files = new List<SourceFile>();
    using JsonDocument report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
    foreach (JsonProperty file in report.RootElement.GetProperty("files").EnumerateObject())
    {
        string path = file.Name.Replace('\\', '/');
        int src = path.LastIndexOf("/src/", StringComparison.Ordinal);
        path = src < 0 ? path : path[(src + 1)..];
        string[] parts = path.Split('/');
        // src/<project>/<folder>/<file> or src/<project>/<file>
        string folder = parts.Length > 3 ? $"{parts[1]}/{parts[2]}" : parts.Length > 1 ? parts[1] : parts[0];
        string source = file.Value.TryGetProperty("source", out JsonElement s) ? s.GetString() ?? string.Empty : string.Empty;
        string[] lines = source.Split('\n');
        var mutants = new Dictionary<string, Mutant>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (JsonElement m in file.Value.GetProperty("mutants").EnumerateArray()
            .OrderBy(m => m.GetProperty("location").GetProperty("start").GetProperty("line").GetInt32())
            .ThenBy(m => m.GetProperty("location").GetProperty("start").GetProperty("column").GetInt32()))
        {
            JsonElement start = m.GetProperty("location").GetProperty("start");
            JsonElement end = m.GetProperty("location").GetProperty("end");
            string replacement = m.TryGetProperty("replacement", out JsonElement r) ? r.GetString() ?? string.Empty : string.Empty;
            var mutant = new Mutant(
                m.GetProperty("status").GetString() ?? string.Empty,
                m.GetProperty("mutatorName").GetString() ?? string.Empty,
                start.GetProperty("line").GetInt32(), start.GetProperty("column").GetInt32(),
                end.GetProperty("line").GetInt32(), end.GetProperty("column").GetInt32(),
                replacement);
            string text = mutant.EndLine <= lines.Length ? string.Join('\n', lines[(mutant.Line - 1)..mutant.EndLine]) : string.Empty;
            string key = $"{mutant.Column}-{mutant.EndColumn} {mutant.Mutator} {replacement} @ {text}";
            // The same text and mutation twice in a file (two `return false;`) are told apart by their order.
            int occurrence = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
            mutants[$"{key} #{occurrence}"] = mutant;
        }

        files.Add(new SourceFile(path, folder, source, mutants));
    }

    return files;
}

sealed record SourceFile(string Path, string Folder, string Source, Dictionary<string, Mutant> Mutants)
{
    public int Tested => Mutants.Values.Count(m => m.Tested);
}

sealed record Mutant(string Status, string Mutator, int Line, int Column, int EndLine, int EndColumn, string Replacement)
{
    public int Slot => Status switch { "Killed" => 0, "Timeout" => 1, "Survived" => 2, "NoCoverage" => 3, _ => -1 };

    public bool Tested => Slot >= 0;

    /// <summary>Survived or not covered: no test noticed it.</summary>
    public bool Alive => Slot >= 2;

    /// <summary>Alive, or timed out (which may be a hang or a slow survivor): what a second run tests again.</summary>
    public bool Undecided => Slot >= 1;
}
