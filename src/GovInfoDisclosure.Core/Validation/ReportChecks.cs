using System.Collections.Immutable;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Narratives;

namespace GovInfoDisclosure.Core.Validation;

/// <summary>
/// The built-in per-report rules. The reconciliation rules walk the catalogue (one loop over rows and columns), add in
/// 64 bits, and skip a sum whose cells include a blank (the blank is reported once, by GID001). Nothing here allocates
/// unless a finding is reported.
/// </summary>
internal static class ReportChecks
{
    private const int Columns = ReportFormat.ApplicantColumnCount;
    private const int FirstOutcome = (int)ReportFormat.FirstOutcomeRow;
    private const int LastOutcome = (int)ReportFormat.LastOutcomeRow;
    private const int OverviewLimit = 1000;
    private const int CaseColumnCount = (int)CaseColumn.Total + 1;
    private static readonly TableCells Cells2021 = ReportFormat.Edition2021Format.Cells;

    // The cells each sum involves, by row, column or block: built once, shared by every finding.
    private static readonly ImmutableArray<string>[] RowCells = [.. Enumerable.Range(0, ReportFormat.ApplicationRowCount)
        .Select(r => Enumerable.Range(0, Columns).Select(c => ReportFormat.CellPointer((ApplicationRow)r, (ApplicantColumn)c)).ToImmutableArray())];

    private static readonly ImmutableArray<string>[] OutcomeColumnCells = [.. Enumerable.Range(0, Columns)
        .Select(c => Enumerable.Range(FirstOutcome, LastOutcome - FirstOutcome + 1).Append((int)ApplicationRow.OutcomesTotal)
            .Select(r => ReportFormat.CellPointer((ApplicationRow)r, (ApplicantColumn)c)).ToImmutableArray())];

    private static readonly ImmutableArray<string>[] BalanceCells = [.. Enumerable.Range(0, Columns)
        .Select(c => new[] { ApplicationRow.Received, ApplicationRow.CarriedOver, ApplicationRow.OutcomesTotal, ApplicationRow.CarriedForward }
            .Select(r => ReportFormat.CellPointer(r, (ApplicantColumn)c)).ToImmutableArray())];

    private static readonly ImmutableArray<string>[] BlockCells = [.. Enumerable.Range(0, ReportFormat.CaseBlocks.Length)
        .Select(b => Enumerable.Range(0, ReportFormat.CaseColumns.Length).Select(c => ReportFormat.CellPointer((CaseBlock)b, (CaseColumn)c)).ToImmutableArray())];

    private static readonly (FormatEntry Row, DisclosureCell Issued, DisclosureCell Abolished, DisclosureCell InForce, ImmutableArray<string> Cells)[] DocumentRows =
    [
        (ReportFormat.DisclosureRows[0], DisclosureCell.RegulationsIssued, DisclosureCell.RegulationsAbolished, DisclosureCell.RegulationsInForce,
            [ReportFormat.CellPointer(DisclosureCell.RegulationsIssued), ReportFormat.CellPointer(DisclosureCell.RegulationsAbolished), ReportFormat.CellPointer(DisclosureCell.RegulationsInForce)]),
        (ReportFormat.DisclosureRows[1], DisclosureCell.NormativeDocumentsIssued, DisclosureCell.NormativeDocumentsAbolished, DisclosureCell.NormativeDocumentsInForce,
            [ReportFormat.CellPointer(DisclosureCell.NormativeDocumentsIssued), ReportFormat.CellPointer(DisclosureCell.NormativeDocumentsAbolished), ReportFormat.CellPointer(DisclosureCell.NormativeDocumentsInForce)]),
    ];

    private static readonly ImmutableArray<string> OverviewCells = [ReportFormat.Overview.JsonPointer];

    private static readonly ImmutableArray<string> LitigationTotals =
        [ReportFormat.CellPointer(CaseBlock.LitigationWithoutReview, CaseColumn.Total), ReportFormat.CellPointer(CaseBlock.LitigationAfterReview, CaseColumn.Total)];

    private static readonly string LitigationTotalLabel =
        $"{ReportFormat.Get(CaseBlock.LitigationWithoutReview).LabelZh} + {ReportFormat.Get(CaseBlock.LitigationAfterReview).LabelZh} · {ReportFormat.Get(CaseColumn.Total).LabelZh}";

    /// <summary>Runs every built-in per-report rule, in the catalogue's order.</summary>
    public static void Run(AnnualReport report, ref DiagnosticCollector diagnostics)
    {
        // The 25 rows of section 三 by ApplicationRow, fetched once for the rules that walk them.
        var buffer = default(ApplicationRowBuffer);
        Span<ApplicantBreakdown> rows = buffer;
        report.Applications.CopyRows(rows);

        BlankCells(report, rows, ref diagnostics);
        RowTotals(rows, ref diagnostics);
        OutcomeTotals(rows, ref diagnostics);
        Balance(report.Applications, ref diagnostics);
        CaseTotals(report.ReviewAndLitigation, ref diagnostics);
        InForce(report.ProactiveDisclosure, ref diagnostics);
        Narrative(report, ref diagnostics);
        Dates(report, ref diagnostics);
        Edition(report, ref diagnostics);
        FeeStatement(report, ref diagnostics);
        OverviewLength(report, ref diagnostics);
    }

    /// <summary>GID001: every blank cell, in document order.</summary>
    private static void BlankCells(AnnualReport report, ReadOnlySpan<ApplicantBreakdown> rows, ref DiagnosticCollector diagnostics)
    {
        if (!diagnostics.IsEnabled(Rules.BlankCell))
        {
            return;
        }

        ProactiveDisclosure disclosure = report.ProactiveDisclosure;
        for (int cell = 0; cell < ReportFormat.DisclosureCells.Length && disclosure.HasBlank; cell++)
        {
            if (disclosure[(DisclosureCell)cell] is null)
            {
                ReportBlank(ref diagnostics, ReportFormat.DisclosureCells[cell].JsonPointer, ReportFormat.DisclosureCells[cell]);
            }
        }

        for (int row = 0; row < rows.Length; row++)
        {
            ApplicantBreakdown breakdown = rows[row];
            if (!breakdown.HasBlank)
            {
                continue;
            }

            for (int column = 0; column < Columns; column++)
            {
                if (breakdown[(ApplicantColumn)column] is null)
                {
                    ReportBlank(ref diagnostics, RowCells[row][column], Cells2021.Entries[Cells2021.ApplicationStart + (row * Columns) + column]);
                }
            }
        }

        for (int block = 0; block < ReportFormat.CaseBlocks.Length; block++)
        {
            CaseOutcomes outcomes = report.ReviewAndLitigation[(CaseBlock)block];
            for (int column = 0; column < ReportFormat.CaseColumns.Length && outcomes.HasBlank; column++)
            {
                if (outcomes[(CaseColumn)column] is null)
                {
                    ReportBlank(ref diagnostics, BlockCells[block][column], Cells2021.Entries[Cells2021.CaseStart + (block * CaseColumnCount) + column]);
                }
            }
        }
    }

    private static void ReportBlank(ref DiagnosticCollector diagnostics, string path, FormatEntry cell) =>
        diagnostics.Report(Rules.BlankCell, path, cells: [path], arguments: [new("cell", cell)]);

    /// <summary>GID101: in every row of section 三, total = the six applicant columns.</summary>
    private static void RowTotals(ReadOnlySpan<ApplicantBreakdown> rows, ref DiagnosticCollector diagnostics)
    {
        for (int row = 0; row < rows.Length; row++)
        {
            ApplicantBreakdown b = rows[row];
            if (b.HasBlank)
            {
                continue;
            }

            long sum = b.SumOfApplicants;
            if (sum != b.Total!.Value)
            {
                diagnostics.Report(
                    Rules.RowTotal, RowCells[row][(int)ApplicantColumn.Total], sum, b.Total.Value, RowCells[row],
                    [new("row", ReportFormat.ApplicationRows[row])]);
            }
        }
    }

    /// <summary>GID102: in every column, （七）总计 = the 21 outcome rows (walked row by row, each row fetched once).</summary>
    private static void OutcomeTotals(ReadOnlySpan<ApplicantBreakdown> rows, ref DiagnosticCollector diagnostics)
    {
        ApplicantBreakdown total = rows[(int)ApplicationRow.OutcomesTotal];
        Span<long> sums = stackalloc long[Columns];
        int present = (1 << Columns) - 1;
        for (int row = FirstOutcome; row <= LastOutcome; row++)
        {
            // A blank adds 0; its column is left out below.
            ApplicantBreakdown b = rows[row];
            b.AddTo(sums);
            present &= b.Present;
        }

        int blankColumns = ~present;
        for (int column = 0; column < Columns; column++)
        {
            if ((blankColumns & (1 << column)) == 0 && total[(ApplicantColumn)column] is { } t && sums[column] != t)
            {
                diagnostics.Report(
                    Rules.OutcomeTotal, OutcomeColumnCells[column][^1], sums[column], t, OutcomeColumnCells[column],
                    [new("column", ReportFormat.ApplicantColumns[column])]);
            }
        }
    }

    /// <summary>GID103: in every column, received + carried over = outcomes total + carried forward.</summary>
    private static void Balance(Applications applications, ref DiagnosticCollector diagnostics)
    {
        for (int column = 0; column < Columns; column++)
        {
            var c = (ApplicantColumn)column;
            if (applications.Received[c] is { } received && applications.CarriedOver[c] is { } over
                && applications.Outcomes.Total[c] is { } handled && applications.CarriedForward[c] is { } forward)
            {
                long expected = (long)received + over - handled;
                if (expected != forward)
                {
                    diagnostics.Report(
                        Rules.Balance, BalanceCells[column][3], expected, forward, BalanceCells[column],
                        [new("column", ReportFormat.ApplicantColumns[column]), new("received", received), new("carriedOver", over), new("outcomes", handled)]);
                }
            }
        }
    }

    /// <summary>GID104: in each block of section 四, total = upheld + corrected + other + pending.</summary>
    private static void CaseTotals(ReviewAndLitigation review, ref DiagnosticCollector diagnostics)
    {
        for (int block = 0; block < ReportFormat.CaseBlocks.Length; block++)
        {
            CaseOutcomes o = review[(CaseBlock)block];
            if (o.Upheld is { } u && o.Corrected is { } c && o.Other is { } other && o.Pending is { } p && o.Total is { } t)
            {
                long sum = (long)u + c + other + p;
                if (sum != t)
                {
                    diagnostics.Report(
                        Rules.CaseTotal, BlockCells[block][(int)CaseColumn.Total], sum, t, BlockCells[block],
                        [new("block", ReportFormat.CaseBlocks[block])]);
                }
            }
        }
    }

    /// <summary>GID105: in force ≥ issued − abolished.</summary>
    private static void InForce(ProactiveDisclosure disclosure, ref DiagnosticCollector diagnostics)
    {
        foreach (var (row, issuedCell, abolishedCell, inForceCell, cells) in DocumentRows)
        {
            if (disclosure[issuedCell] is { } issued && disclosure[abolishedCell] is { } abolished && disclosure[inForceCell] is { } inForce
                && inForce < issued - abolished)
            {
                diagnostics.Report(
                    Rules.InForce, cells[2], issued - abolished, inForce, cells,
                    [new("row", row), new("issued", issued), new("abolished", abolished)]);
            }
        }
    }

    /// <summary>GID201 and GID202: what sections 一 and 六 state against the tables.</summary>
    private static void Narrative(AnnualReport report, ref DiagnosticCollector diagnostics)
    {
        if (!diagnostics.IsEnabled(Rules.NarrativeCount) && !diagnostics.IsEnabled(Rules.NarrativeCases))
        {
            return;
        }

        Span<NarrativeClaim> claims = stackalloc NarrativeClaim[32];
        NarrativeSection(report, ReportFormat.Overview, report.Overview, claims, ref diagnostics);
        NarrativeSection(report, ReportFormat.OtherMatters, report.OtherMatters, claims, ref diagnostics);
    }

    private static void NarrativeSection(
        AnnualReport report, FormatEntry section, Narrative? narrative, Span<NarrativeClaim> claims, ref DiagnosticCollector diagnostics)
    {
        if (narrative is null)
        {
            return;
        }

        foreach (Paragraph paragraph in narrative.Paragraphs)
        {
            int count = NarrativeClaimExtractor.Extract(paragraph.Text.AsSpan(), claims);
            if (count == claims.Length)
            {
                // A paragraph with more claims than the buffer holds: take them all, allocating (rare).
                foreach (NarrativeClaim claim in NarrativeClaimExtractor.Extract(paragraph.Text))
                {
                    CheckClaim(report, section, paragraph.Text, claim, ref diagnostics);
                }

                continue;
            }

            for (int i = 0; i < count; i++)
            {
                CheckClaim(report, section, paragraph.Text, claims[i], ref diagnostics);
            }
        }
    }

    private static void CheckClaim(AnnualReport report, FormatEntry section, string text, NarrativeClaim claim, ref DiagnosticCollector diagnostics)
    {
        Applications applications = report.Applications;
        switch (claim.Kind)
        {
            case NarrativeClaimKind.ApplicationsReceived:
                // Agrees with received, or with received + carried over; a blank carried over leaves it undecided.
                if (applications.Received.Total is { } received && applications.CarriedOver.Total is { } carriedOver)
                {
                    if (claim.Count != received && claim.Count != received + (long)carriedOver)
                    {
                        ReportClaim(ref diagnostics, Rules.NarrativeCount, section, text, claim, ApplicationRow.Received, received);
                    }
                }

                break;
            case NarrativeClaimKind.ApplicationsHandled:
                if (applications.Outcomes.Total.Total is { } handled && claim.Count != handled)
                {
                    ReportClaim(ref diagnostics, Rules.NarrativeCount, section, text, claim, ApplicationRow.OutcomesTotal, handled);
                }

                break;
            case NarrativeClaimKind.AdministrativeReviews:
                CheckCases(ref diagnostics, section, text, claim, report.ReviewAndLitigation, CaseBlock.Review, CaseBlock.Review);
                break;
            case NarrativeClaimKind.Lawsuits:
                CheckCases(ref diagnostics, section, text, claim, report.ReviewAndLitigation, CaseBlock.LitigationWithoutReview, CaseBlock.LitigationAfterReview);
                break;
        }
    }

    private static void CheckCases(
        ref DiagnosticCollector diagnostics, FormatEntry section, string text, NarrativeClaim claim, ReviewAndLitigation review, CaseBlock first, CaseBlock last)
    {
        long total = 0;
        for (CaseBlock block = first; block <= last; block++)
        {
            if (review[block].Total is not { } t)
            {
                return;
            }

            total += t;
        }

        if (claim.Count == 0 && total > 0)
        {
            // "No case" stated, cases in the table: each block with cases is at fault.
            for (CaseBlock block = first; block <= last; block++)
            {
                if (review[block].Total is > 0 and int cases)
                {
                    ReportCaseClaim(ref diagnostics, Rules.NarrativeCases, section, text, claim, block, cases);
                }
            }
        }
        else if (claim.Count > 0 && total == 0)
        {
            ReportCaseClaim(ref diagnostics, Rules.NarrativeCases, section, text, claim, first, 0);
        }
        else if (claim.Count != total)
        {
            ReportCaseClaim(ref diagnostics, Rules.NarrativeCount, section, text, claim, first, total, last);
        }
    }

    private static void ReportClaim(
        ref DiagnosticCollector diagnostics, RuleDescriptor rule, FormatEntry section, string text, NarrativeClaim claim, ApplicationRow row, long actual)
    {
        string path = RowCells[(int)row][(int)ApplicantColumn.Total];
        diagnostics.Report(
            rule, path, claim.Count, actual, [path],
            [new("section", section), new("claim", text.Substring(claim.Start, claim.Length)), new("cell", Cells2021.Entries[Cells2021.ApplicationStart + ((int)row * Columns) + (int)ApplicantColumn.Total])]);
    }

    private static void ReportCaseClaim(
        ref DiagnosticCollector diagnostics, RuleDescriptor rule, FormatEntry section, string text, NarrativeClaim claim, CaseBlock block, long actual,
        CaseBlock? through = null)
    {
        string path = BlockCells[(int)block][(int)CaseColumn.Total];
        if (through is { } last && last != block)
        {
            // A number of lawsuits is compared with both litigation blocks together: the actual value is their sum.
            diagnostics.Report(
                rule, path, claim.Count, actual, LitigationTotals,
                [new("section", section), new("claim", text.Substring(claim.Start, claim.Length)), new("cell", LitigationTotalLabel)]);
            return;
        }

        diagnostics.Report(
            rule, path, claim.Count, actual, [path],
            [new("section", section), new("claim", text.Substring(claim.Start, claim.Length)),
                new("cell", Cells2021.Entries[Cells2021.CaseStart + ((int)block * CaseColumnCount) + (int)CaseColumn.Total])]);
    }

    /// <summary>GID203 and GID204: the publication date against the reported year.</summary>
    private static void Dates(AnnualReport report, ref DiagnosticCollector diagnostics)
    {
        if (report.PublishedOn is not { } published)
        {
            return;
        }

        var yearEnd = new DateOnly(report.Year, 12, 31);
        string path = ReportFormat.PublishedOn.JsonPointer;
        if (published <= yearEnd)
        {
            diagnostics.Report(Rules.EarlyPublication, path, arguments: [new("actual", published), new("expected", yearEnd)]);
        }
        else if (published > ReportKinds.Deadline(ReportKind.Agency, report.Year))
        {
            // After the earlier deadline: whose report it is decides (read only here, so an on-time report costs nothing).
            ReportKindReason kind = ReportKinds.Of(report);
            DateOnly deadline = ReportKinds.Deadline(kind.Kind, report.Year);
            if (published > deadline)
            {
                diagnostics.Report(Rules.LatePublication, path, arguments: [new("actual", published), new("expected", deadline), new("kind", kind)]);
            }
        }
    }

    /// <summary>GID205: the 2021 edition is for reports on 2021 and later.</summary>
    private static void Edition(AnnualReport report, ref DiagnosticCollector diagnostics)
    {
        // An edition is named after the first year it is for; the 2019 edition served 2019 and 2020.
        const int FirstYear2021 = (int)ReportEdition.Edition2021;
        if (report.Edition == ReportEdition.Edition2021 && report.Year < FirstYear2021)
        {
            diagnostics.Report(
                Rules.EditionMismatch, ReportFormat.Edition.JsonPointer,
                arguments: [new("year", report.Year), new("edition", ReportFormat.EditionKey(report.Edition)), new("expectedYears", $"2019–{FirstYear2021 - 1}"), new("expectedEdition", "2019")]);
        }
    }

    /// <summary>GID206: a 2021-edition report states the information processing fee.</summary>
    private static void FeeStatement(AnnualReport report, ref DiagnosticCollector diagnostics)
    {
        if (report.Edition != ReportEdition.Edition2021 || report.InformationProcessingFeeYuan is not null || MentionsFee(report.OtherMatters))
        {
            return;
        }

        diagnostics.Report(Rules.FeeNotStated, ReportFormat.OtherMatters.JsonPointer);
    }

    internal static bool MentionsFee(Narrative? narrative)
    {
        if (narrative is null)
        {
            return false;
        }

        foreach (Paragraph p in narrative.Paragraphs)
        {
            if (p.Text.Contains("信息处理费", StringComparison.Ordinal) || p.Text.Contains("信息公开处理费", StringComparison.Ordinal)
                || (p.Heading?.Contains("信息处理费", StringComparison.Ordinal) ?? false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>GID207: the overview is at most about 1,000 characters.</summary>
    private static void OverviewLength(AnnualReport report, ref DiagnosticCollector diagnostics)
    {
        if (report.Overview is { } overview && overview.Length is var length && length > OverviewLimit)
        {
            diagnostics.Report(Rules.LongOverview, ReportFormat.Overview.JsonPointer, OverviewLimit, length, OverviewCells);
        }
    }
}
