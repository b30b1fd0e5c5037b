using System.CommandLine;
using System.CommandLine.Parsing;
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
          gidr validate FILE... [--format text|json|sarif] [--language en|zh]
          gidr validate --series FILE...        (also GID301–GID305 across one agency's years)
          gidr validate FILE --part PART...     (also GID401: FILE consolidates the PARTs)
          gidr consolidate PART... [-o OUT] [--agency NAME] [--region REGION]
          gidr compare OLD NEW [--format text|json]
          gidr format FILE
          gidr schema
          gidr --help
        A FILE may be a folder: every *.json below it is validated.
        Exit codes: 0 no error finding, 1 an error finding, 2 a file could not be read, 64 a wrong command line.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout, bool interactive = false)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Report files (canonical JSON) or folders of them." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var language = new Option<string>("--language") { Description = "Language of the messages in text output.", DefaultValueFactory = _ => "en" };
        language.AcceptOnlyFromAmong("en", "zh");
        var series = new Option<bool>("--series") { Description = "Also check the reports as one agency's consecutive years (GID301–GID305); a finding belongs to the later year's file." };
        var part = new Option<string[]>("--part")
        {
            Description = "A report that FILE consolidates (repeat for each part); also checks FILE against the sum of the parts (GID401).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var validate = new Command("validate", "Validate reports against every per-report rule.") { files, format, language, series, part };
        validate.Validators.Add(result =>
        {
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
        validate.SetAction(result => ValidateCommand.Run(
            result.GetValue(files)!, result.GetValue(format)!, result.GetValue(language) == "zh", stdout, stderr, interactive,
            result.GetValue(series), result.GetValue(part) ?? []));

        var partFiles = new Argument<string[]>("PART") { Arity = ArgumentArity.OneOrMore, Description = "The reports to consolidate (canonical JSON), all of one year and edition." };
        var output = new Option<string>("--output", "-o") { Description = "Write the consolidated report to this file instead of standard output." };
        var agency = new Option<string>("--agency") { Description = "The name of the body the consolidated report is of (default: \"N个单位汇总\")." };
        var region = new Option<string>("--region") { Description = "The region of that body." };
        var consolidate = new Command("consolidate", "Write the report that consolidates the PARTs (every table cell the sum of theirs).") { partFiles, output, agency, region };
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

        var schema = new Command("schema", "Write the JSON Schema of the canonical document.");
        schema.SetAction(_ =>
        {
            stdout.Write(ReportJsonSchema.Generate());
            stdout.Flush();
            return Ok;
        });

        var root = new RootCommand("gidr: validate, consolidate, compare and format government information disclosure annual reports (政府信息公开工作年度报告).")
        {
            validate, consolidate, compare, formatCommand, schema,
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

    private static bool IsFileSystem(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => true,
        AggregateException a => a.Flatten().InnerExceptions.All(IsFileSystem),
        _ => false,
    };
}
