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
        var validate = new Command("validate", "Validate reports against every per-report rule.") { files, format, language };
        validate.SetAction(result => ValidateCommand.Run(
            result.GetValue(files)!, result.GetValue(format)!, result.GetValue(language) == "zh", stdout, stderr, interactive));

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

        var root = new RootCommand("gidr: validate and format government information disclosure annual reports (政府信息公开工作年度报告).")
        {
            validate, formatCommand, schema,
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
