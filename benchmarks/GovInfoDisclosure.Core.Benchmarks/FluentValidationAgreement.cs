using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Narratives;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// A self-check without a test framework (<c>--check</c>): on the benchmarks' own data, FluentValidation must find a
/// fault on exactly the reports where the library reports a GID101–GID105 error, or the comparison of
/// <see cref="ValidationBenchmarks"/> is not a comparison of the same work.
/// </summary>
public static class FluentValidationAgreement
{
    /// <summary>Runs the check on every shape and prints what it found.</summary>
    /// <param name="output">Where to write the findings.</param>
    /// <returns>The number of problems: disagreements, and data that is not what the benchmarks say it is.</returns>
    public static int Check(TextWriter output) => Check(output, BenchData.ReportCount);

    /// <summary>Runs the check on every shape, over <paramref name="count"/> generated reports each.</summary>
    /// <param name="output">Where to write the findings.</param>
    /// <param name="count">How many reports to generate per shape.</param>
    /// <returns>The number of problems.</returns>
    public static int Check(TextWriter output, int count)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fluent = new FluentReportValidator();
        int problems = 0;
        foreach (Shape shape in Enum.GetValues<Shape>())
        {
            (AnnualReport[] reports, FaultKind[] faults) = ReportGenerator.Generate(count, shape);
            int mismatches = 0, libraryFaulty = 0, fluentFaulty = 0, injected = 0, otherFindings = 0, missed = 0;
            for (int i = 0; i < reports.Length; i++)
            {
                ValidationResult result = ReportValidator.Default.Validate(reports[i]);
                bool library = result.Diagnostics.Any(d => d.Severity == Severity.Error && string.CompareOrdinal(d.Code, "GID101") >= 0 && string.CompareOrdinal(d.Code, "GID105") <= 0);
                bool byFluent = !fluent.Validate(reports[i]).IsValid;
                libraryFaulty += library ? 1 : 0;
                fluentFaulty += byFluent ? 1 : 0;
                injected += faults[i] != FaultKind.None ? 1 : 0;
                if (library != byFluent)
                {
                    mismatches++;
                    if (mismatches <= 5)
                    {
                        output.WriteLine($"  mismatch: {shape} report {i} ({reports[i].Agency.Name} {reports[i].Year}, fault {faults[i]}): library {library}, FluentValidation {byFluent}");
                    }
                }

                // The data must be what the shapes say: a fault found exactly where one was injected, and a valid report
                // without any finding (the library's allocation-free path).
                if (library != (faults[i] != FaultKind.None))
                {
                    missed++;
                }

                if (faults[i] == FaultKind.None && result.Diagnostics.Length != 0)
                {
                    otherFindings++;
                    if (otherFindings <= 5)
                    {
                        output.WriteLine($"  finding on a valid report: {shape} report {i}: {result.Diagnostics[0]}");
                    }
                }
            }

            // The narrative must give the library's claim extraction real work: count what it finds.
            var claims = new int[Enum.GetValues<NarrativeClaimKind>().Length + 1];
            foreach (AnnualReport report in reports)
            {
                foreach (Paragraph p in (report.Overview?.Paragraphs ?? []).AddRange(report.OtherMatters?.Paragraphs ?? []))
                {
                    foreach (NarrativeClaim claim in NarrativeClaimExtractor.Extract(p.Text))
                    {
                        claims[(int)claim.Kind]++;
                    }
                }
            }

            output.WriteLine($"{shape,-18} narrative claims: " + string.Join(", ", Enum.GetValues<NarrativeClaimKind>().Select(k => $"{k} {claims[(int)k]}")));
            if (claims.Take(claims.Length - 1).Any(c => c == 0))
            {
                output.WriteLine("  a kind of narrative claim never occurs in the data");
                problems++;
            }

            int distinct = reports.Select(r => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(AnnualReportJson.ToUtf8Bytes(r)))).Distinct().Count();
            output.WriteLine(
                $"{shape,-18} reports {reports.Length}, distinct {distinct}, faults injected {injected}, library GID101–105 {libraryFaulty}, "
                + $"FluentValidation {fluentFaulty}, mismatches {mismatches}, injected-vs-found differences {missed}, findings on valid reports {otherFindings}");
            problems += mismatches + missed + otherFindings + (reports.Length - distinct);
        }

        output.WriteLine(problems == 0 ? "check passed: FluentValidation and the library agree on every report." : $"check FAILED: {problems} problem(s).");
        return problems;
    }
}
