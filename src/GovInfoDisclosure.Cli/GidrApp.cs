using System.CommandLine;
using System.CommandLine.Parsing;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Schema;

namespace GovInfoDisclosure.Cli;

/// <summary>The <c>gidr</c> command line: parses arguments and hands each command to the library.</summary>
internal static class GidrApp
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int Unreadable = 2;
    public const int Usage = 64;

    private const string UsageText =
        """
        Usage:
          gidr validate FILE... [--format text|json|sarif|html] [--language en|zh] [-o OUT]
          gidr validate --series FILE...        (also GID301–GID305 across one agency's years)
          gidr validate FILE --part PART...     (also GID401: FILE consolidates the PARTs)
          gidr consolidate PART... [-o OUT] [--agency NAME] [--region REGION]
          gidr compare OLD NEW [--format text|json]
          gidr format FILE
          gidr import FILE... [-o DIR] [--year Y] [--agency NAME]   (published documents into canonical JSON)
          gidr render FILE [--to html|docx|md] [-o OUT]             (the official layout)
          gidr schema [--edition 2021|2019]
          gidr --help
        A FILE may be a published document (.html/.htm/.shtml/.xhtml, .docx, .txt/.md), read by its extension, or a
        folder: every *.json, *.html, *.htm, *.shtml, *.xhtml and *.docx below it is validated.
        Exit codes: 0 no error finding, 1 an error finding, 2 a file could not be read, 64 a wrong command line.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout, bool interactive = false)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Report files (canonical JSON, or published documents: .html/.htm/.shtml/.xhtml, .docx, .txt/.md) or folders of them (.txt/.md only when named)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "html");
        var validateOutput = new Option<string>("--output", "-o") { Description = "Write the output to this file instead of standard output." };
        var language = new Option<string>("--language") { Description = "Language of the messages in text output.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "zh");
        var series = new Option<bool>("--series") { Description = "Also check the reports as one agency's consecutive years (GID301–GID305); a finding belongs to the later year's file." };
        var part = new Option<string[]>("--part")
        {
            Description = "A report that FILE consolidates (repeat for each part); also checks FILE against the sum of the parts (GID401).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var validate = new Command("validate", "Validate reports against every per-report rule.") { files, format, language, series, part, validateOutput };
        validate.Validators.Add(result =>
        {
            RefuseUnknownOptions(result, files, args);
            RefuseOverwriting(result, result.GetValue(validateOutput), [.. result.GetValue(files) ?? [], .. result.GetValue(part) ?? []]);
            bool hasParts = (result.GetValue(part) ?? []).Length > 0;
            if (hasParts && result.GetValue(series))
            {
                result.AddError("--series and --part cannot be used together.");
            }
            else if (hasParts && (result.GetValue(files) ?? []).Length != 1)
            {
                result.AddError("With --part, give exactly one FILE: the consolidated report.");
            }
        });
        validate.SetAction(result => result.GetValue(validateOutput) is { } outputFile
            ? ValidateCommand.RunTo(
                outputFile, result.GetValue(files)!, result.GetValue(format)!, result.GetValue(language) == "zh", stderr, interactive,
                result.GetValue(series), result.GetValue(part) ?? [])
            : ValidateCommand.Run(
                result.GetValue(files)!, result.GetValue(format)!, result.GetValue(language) == "zh", stdout, stderr, interactive,
                result.GetValue(series), result.GetValue(part) ?? []));

        var partFiles = new Argument<string[]>("PART") { Arity = ArgumentArity.OneOrMore, Description = "The reports to consolidate (canonical JSON), all of one year and edition." };
        var output = new Option<string>("--output", "-o") { Description = "Write the consolidated report to this file instead of standard output." };
        var agency = new Option<string>("--agency") { Description = "The name of the body the consolidated report is of (default: \"N个单位汇总\")." };
        var region = new Option<string>("--region") { Description = "The region of that body." };
        var consolidate = new Command("consolidate", "Write the report that consolidates the PARTs (every table cell the sum of theirs).") { partFiles, output, agency, region };
        consolidate.Validators.Add(result =>
        {
            RefuseUnknownOptions(result, partFiles, args);
            RefuseOverwriting(result, result.GetValue(output), result.GetValue(partFiles) ?? []);
        });
        consolidate.SetAction(result => ConsolidateCommand.Run(
            result.GetValue(partFiles)!, result.GetValue(output), result.GetValue(agency), result.GetValue(region), openStdout, stderr));

        var oldFile = new Argument<string>("OLD") { Description = "The earlier year's report." };
        var newFile = new Argument<string>("NEW") { Description = "The later year's report." };
        var compareFormat = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        compareFormat.AcceptOnlyFromAmong("text", "json");
        var compare = new Command("compare", "Compare two years of one agency's report: every cell's change, outliers, narrative similarity.") { oldFile, newFile, compareFormat };
        compare.SetAction(result => CompareCommand.Run(result.GetValue(oldFile)!, result.GetValue(newFile)!, result.GetValue(compareFormat)!, stdout, stderr));

        var formatFile = new Argument<string>("FILE") { Description = "A report file (canonical JSON)." };
        var formatCommand = new Command("format", "Read a report and write it back in canonical form to standard output.") { formatFile };
        formatCommand.SetAction(result => FormatCommand.Run(result.GetValue(formatFile)!, openStdout, stderr));

        var documents = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Published documents: .html/.htm/.shtml/.xhtml, .docx, .txt/.md." };
        var importOutput = new Option<string>("--output", "-o") { Description = "Write DIR/<name>.json for each FILE instead of standard output." };
        var importYear = new Option<int?>("--year")
        {
            Description = "The reported year, when the document does not say it (wins over the document).",
            CustomParser = ParseYear,
        };
        var importAgency = new Option<string>("--agency") { Description = "The agency's name, when the document does not say it (wins over the document)." };
        var importLanguage = new Option<string>("--language") { Description = "Language of the import findings.", DefaultValueFactory = _ => "en" };
        importLanguage.AcceptOnlyFromAmong("en", "zh");
        var importCommand = new Command("import", "Read published documents (HTML, Word, text) and write canonical JSON; import findings on standard error.")
        {
            documents, importOutput, importYear, importAgency, importLanguage,
        };
        importCommand.Validators.Add(result =>
        {
            RefuseUnknownOptions(result, documents, args);
            if (result.GetValue(importAgency) is { } agency && string.IsNullOrWhiteSpace(agency))
            {
                result.AddError("--agency takes the agency's name, not an empty one.");
            }
        });
        importCommand.SetAction(result => ImportCommand.Run(
            result.GetValue(documents)!, result.GetValue(importOutput), result.GetValue(importYear), result.GetValue(importAgency),
            result.GetValue(importLanguage) == "zh", openStdout, stderr));

        var renderFile = new Argument<string>("FILE") { Description = "A report: canonical JSON or a published document." };
        var renderTo = new Option<string>("--to") { Description = "The layout's format.", DefaultValueFactory = _ => "html" };
        renderTo.AcceptOnlyFromAmong("html", "docx", "md");
        var renderOutput = new Option<string>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var render = new Command("render", "Write a report in the official layout: an HTML page, a Word document or Markdown.") { renderFile, renderTo, renderOutput };
        render.Validators.Add(result => RefuseOverwriting(result, result.GetValue(renderOutput), [result.GetValue(renderFile) ?? string.Empty]));
        render.SetAction(result => RenderCommand.Run(result.GetValue(renderFile)!, result.GetValue(renderTo)!, result.GetValue(renderOutput), openStdout, stderr));

        string[] editionKeys = [.. Enum.GetValues<ReportEdition>().Select(ReportFormat.EditionKey)];
        var schemaEdition = new Option<string>("--edition")
        {
            Description = "The edition of the format whose document the schema describes.",
            DefaultValueFactory = _ => ReportFormat.EditionKey(ReportEdition.Edition2021),
        };
        schemaEdition.AcceptOnlyFromAmong(editionKeys);
        var schema = new Command("schema", "Write the JSON Schema of the canonical document of an edition (2021 unless --edition says otherwise).") { schemaEdition };
        schema.SetAction(result =>
        {
            string key = result.GetValue(schemaEdition)!;
            stdout.Write(ReportJsonSchema.Generate(Enum.GetValues<ReportEdition>().First(e => ReportFormat.EditionKey(e) == key)));
            stdout.Flush();
            return Ok;
        });

        var root = new RootCommand("gidr: validate, consolidate, compare and format government information disclosure annual reports (政府信息公开工作年度报告).")
        {
            validate, consolidate, compare, formatCommand, importCommand, render, schema,
        };

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0 || args.Length == 0)
        {
            foreach (ParseError error in parse.Errors)
            {
                stderr.WriteLine($"gidr: {error.Message}");
            }

            stderr.WriteLine(UsageText);
            return Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (IsFileSystem(ex))
        {
            // Reading files is the one thing expected to fail here; any other exception is a bug and keeps its stack.
            stderr.WriteLine($"gidr: {(ex is AggregateException a ? a.Flatten().InnerException?.Message : ex.Message)}");
            return Unreadable;
        }
    }

    /// <summary>
    /// <c>--year</c>'s value: a year a report can be on, or a usage error that says so (not System.CommandLine's message,
    /// which names the .NET type it tried).
    /// </summary>
    private static int? ParseYear(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
            && year is >= AnnualReport.MinYear and <= AnnualReport.MaxYear)
        {
            return year;
        }

        result.AddError($"--year takes the reported year, a whole number from {AnnualReport.MinYear} to {AnnualReport.MaxYear} (such as 2023), not '{text}'.");
        return null;
    }

    /// <summary>
    /// Makes a token that looks like an option (<c>--bogus</c>, <c>-x</c>) among the files a usage error, as it is where no
    /// file is expected: a mistyped option would otherwise be read as a file that does not exist (exit code 2) while the
    /// other files are read as if it were not there. A file or folder of that name still counts (<c>./-x</c> always does).
    /// </summary>
    private static void RefuseUnknownOptions(CommandResult result, Argument<string[]> files, string[] args)
    {
        // After "--" every token is a file, as System.CommandLine has it: the argument's last tokens, as many as follow it.
        IReadOnlyList<Token> tokens = result.GetResult(files)?.Tokens ?? [];
        int free = tokens.Count - args.SkipWhile(a => a != "--").Skip(1).Count();
        for (int i = 0; i < free; i++)
        {
            Token token = tokens[i];
            if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        }
    }

    /// <summary>
    /// A usage error where the output file is one of the inputs (through a symbolic link too) or lies in a folder given as
    /// input: it would be emptied before it is read, or read while it is written. The output is written through (a link,
    /// a device, a pipe stay what they are); a hard link to an input is the input (the same device and inode).
    /// </summary>
    private static void RefuseOverwriting(CommandResult result, string? output, IEnumerable<string> inputs)
    {
        if (output is null)
        {
            return;
        }

        StringComparison comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        string target = Resolved(output);
        var targetFile = FileKind.Identity(target);
        foreach (string input in inputs.Where(i => i.Length > 0))
        {
            string source = Resolved(input);
            if (string.Equals(source, target, comparison) || (targetFile is not null && FileKind.Identity(source) == targetFile))
            {
                result.AddError($"The output '{output}' is one of the input files: it would be overwritten before it is read.");
                return;
            }

            if (Directory.Exists(source) && target.StartsWith(Path.TrimEndingDirectorySeparator(source) + Path.DirectorySeparatorChar, comparison))
            {
                result.AddError($"The output '{output}' is in the input folder '{input}': it would be read as one of its files while it is written.");
                return;
            }

            if (targetFile is { Names: > 1 } && Directory.Exists(source) && SameFileBelow(source, targetFile.Value) is { } named)
            {
                // Another name of a file in an input folder (a hard link outside it): written, that report is emptied.
                result.AddError($"The output '{output}' is another name of '{named}' in the input folder '{input}' (a hard link): it would be overwritten before it is read.");
                return;
            }
        }
    }

    /// <summary>
    /// A report below the folder, as a folder argument reads them (<see cref="ReportFiles.IsFolderReport"/>; links to folders
    /// not followed), that is the file <paramref name="identity"/> names, if any.
    /// </summary>
    private static string? SameFileBelow(string folder, (uint Major, uint Minor, ulong Inode, uint Names) identity)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        try
        {
            return Directory.EnumerateFiles(folder, "*", options).FirstOrDefault(file => ReportFiles.IsFolderReport(file) && FileKind.Identity(file) == identity);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // the folder changed while it was listed: reading it will say what is wrong
        }
    }

    /// <summary>A path as the file it names: its full path, through symbolic links to the last one's target.</summary>
    private static string Resolved(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full; // a link loop, or nothing there: compared as given
        }
    }

    private static bool IsFileSystem(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => true,
        AggregateException a => a.Flatten().InnerExceptions.All(IsFileSystem),
        _ => false,
    };
}
