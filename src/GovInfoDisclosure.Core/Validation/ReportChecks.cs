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
    private const int OverviewLimit = 1000;
    private const int CaseColumnCount = (int)CaseColumn.Total + 1;
    private static readonly TableCells Cells2021 = ReportFormat.Edition2021Format.Cells;

    // The cells each rule of section 二 and 三 involves, for each edition: built once, shared by every finding.
    private static readonly EditionCells Cells2021Rules = new(ReportFormat.Edition2021Format);
    private static readonly EditionCells Cells2019Rules = new(ReportFormat.Edition2019Format);

    private static readonly ImmutableArray<string>[] BlockCells = [.. Enumerable.Range(0, ReportFormat.CaseBlocks.Length)
        .Select(b => Enumerable.Range(0, ReportFormat.CaseColumns.Length).Select(c => ReportFormat.CellPointer((CaseBlock)b, (CaseColumn)c)).ToImmutableArray())];

    private static readonly ImmutableArray<string> OverviewCells = [ReportFormat.Overview.JsonPointer];

    private static readonly ImmutableArray<string> LitigationTotals =
        [ReportFormat.CellPointer(CaseBlock.LitigationWithoutReview, CaseColumn.Total), ReportFormat.CellPointer(CaseBlock.LitigationAfterReview, CaseColumn.Total)];

    private static readonly string LitigationTotalLabel =
        $"{ReportFormat.Get(CaseBlock.LitigationWithoutReview).LabelZh} + {ReportFormat.Get(CaseBlock.LitigationAfterReview).LabelZh} · {ReportFormat.Get(CaseColumn.Total).LabelZh}";

    /// <summary>Runs every built-in per-report rule, in the catalogue's order.</summary>
    public static void Run(AnnualReport report, ref DiagnosticCollector diagnostics)
    {
        // The 25 rows of section 三 by ApplicationRow, fetched once for the rules that walk them.
        // A row the report's edition does not print stays null and is skipped by every rule.
        var buffer = default(ApplicationRowBuffer);
        Span<ApplicantBreakdown> rows = buffer;
        report.CopyApplicationRows(rows);
        EditionCells cells = report.Edition == ReportEdition.Edition2019 ? Cells2019Rules : Cells2021Rules;

        BlankCells(report, cells, rows, ref diagnostics);
        RowTotals(cells, rows, ref diagnostics);
        OutcomeTotals(cells, rows, ref diagnostics);
        Balance(cells, rows, ref diagnostics);
        CaseTotals(report.ReviewAndLitigation, ref diagnostics);
        InForce(report, cells, ref diagnostics);
        Narrative(report, ref diagnostics);
        Dates(report, ref diagnostics);
        Edition(report, ref diagnostics);
        FeeStatement(report, ref diagnostics);
        OverviewLength(report, ref diagnostics);
    }

    /// <summary>GID001: every blank cell, in document order.</summary>
    private static void BlankCells(AnnualReport report, EditionCells cells, ReadOnlySpan<ApplicantBreakdown> rows, ref DiagnosticCollector diagnostics)
    {
        if (!diagnostics.IsEnabled(Rules.BlankCell))
        {
            return;
        }

        ImmutableArray<FormatEntry> disclosureCells = cells.Format.DisclosureCells;
        if (report.ProactiveDisclosure2019 is { } disclosure2019)
        {
            for (int cell = 0; cell < disclosureCells.Length && disclosure2019.HasBlank; cell++)
            {
                if (disclosure2019[(DisclosureCell2019)cell] is null)
                {
                    ReportBlank(ref diagnostics, disclosureCells[cell].JsonPointer, disclosureCells[cell]);
                }
            }
        }
        else
        {
            ProactiveDisclosure disclosure = report.ProactiveDisclosure;
            for (int cell = 0; cell < disclosureCells.Length && disclosure.HasBlank; cell++)
            {
                if (disclosure[(DisclosureCell)cell] is null)
                {
                    ReportBlank(ref diagnostics, disclosureCells[cell].JsonPointer, disclosureCells[cell]);
                }
            }
        }

        for (int row = 0; row < rows.Length; row++)
        {
            ApplicantBreakdown breakdown = rows[row];
            if (breakdown is null || !breakdown.HasBlank)
            {
                continue;
            }

            for (int column = 0; column < Columns; column++)
            {
                if (breakdown[(ApplicantColumn)column] is null)
                {
                    ReportBlank(ref diagnostics, cells.RowCells[row][column], cells.Format.CellEntry((ApplicationRow)row, (ApplicantColumn)column));
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
    private static void RowTotals(EditionCells cells, ReadOnlySpan<ApplicantBreakdown> rows, ref DiagnosticCollector diagnostics)
    {
        for (int row = 0; row < rows.Length; row++)
        {
            ApplicantBreakdown b = rows[row];
            if (b is null || b.HasBlank)
            {
                continue;
            }

            long sum = b.SumOfApplicants;
            if (sum != b.Total!.Value)
            {
                diagnostics.Report(
                    Rules.RowTotal, cells.RowCells[row][(int)ApplicantColumn.Total], sum, b.Total.Value, cells.RowCells[row],
                    [new("row", cells.Format.Get((ApplicationRow)row))]);
            }
        }
    }

    /// <summary>GID102: in every column, （七）总计 = the outcome rows (21 in 2021, 19 in 2019; walked row by row, each row fetched once).</summary>
    private static void OutcomeTotals(EditionCells cells, ReadOnlySpan<ApplicantBreakdown> rows, ref DiagnosticCollector diagnostics)
    {
        ApplicantBreakdown total = rows[(int)ApplicationRow.OutcomesTotal];
        Span<long> sums = stackalloc long[Columns];
        int present = (1 << Columns) - 1;
        foreach (ApplicationRow row in cells.Format.OutcomeRows)
        {
            // A blank adds 0; its column is left out below.
            ApplicantBreakdown b = rows[(int)row];
            b.AddTo(sums);
            present &= b.Present;
        }

        int blankColumns = ~present;
        for (int column = 0; column < Columns; column++)
        {
            if ((blankColumns & (1 << column)) == 0 && total[(ApplicantColumn)column] is { } t && sums[column] != t)
            {
                diagnostics.Report(
                    Rules.OutcomeTotal, cells.OutcomeColumnCells[column][^1], sums[column], t, cells.OutcomeColumnCells[column],
                    [new("column", ReportFormat.ApplicantColumns[column])]);
            }
        }
    }

    /// <summary>GID103: in every column, received + carried over = outcomes total + carried forward.</summary>
    private static void Balance(EditionCells cells, ReadOnlySpan<ApplicantBreakdown> rows, ref DiagnosticCollector diagnostics)
    {
        for (int column = 0; column < Columns; column++)
        {
            var c = (ApplicantColumn)column;
            if (rows[(int)ApplicationRow.Received][c] is { } received && rows[(int)ApplicationRow.CarriedOver][c] is { } over
                && rows[(int)ApplicationRow.OutcomesTotal][c] is { } handled && rows[(int)ApplicationRow.CarriedForward][c] is { } forward)
            {
                long expected = (long)received + over - handled;
                if (expected != forward)
                {
                    diagnostics.Report(
                        Rules.Balance, cells.BalanceCells[column][3], expected, forward, cells.BalanceCells[column],
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

    /// <summary>
    /// GID105: in force ≥ issued − abolished (2021); in the 2019 edition its counterpart, published in all ≥ published
    /// this year, for each row of 第二十条第（一）项.
    /// </summary>
    private static void InForce(AnnualReport report, EditionCells cells, ref DiagnosticCollector diagnostics)
    {
        for (int row = 0; row < 2; row++)
        {
            // The row's three cells are the first six of section 二 in both editions; the last is the one at fault.
            ImmutableArray<string> pointers = cells.DocumentRowCells[row];
            FormatEntry first = cells.Format.DisclosureCells[row * 3], second = cells.Format.DisclosureCells[(row * 3) + 1], last = cells.Format.DisclosureCells[(row * 3) + 2];
            if (report.ProactiveDisclosure2019 is { } disclosure2019)
            {
                PublicationCounts counts = row == 0 ? disclosure2019.Regulations : disclosure2019.NormativeDocuments;
                if (counts.Published is { } published && counts.PublishedTotal is { } publishedTotal && publishedTotal < published)
                {
                    diagnostics.Report(
                        Rules.InForce, pointers[2], published, publishedTotal, pointers[1..],
                        [new("row", last.Parent!), new("cell", last.LabelZh), new("minimum", second.LabelZh)]);
                }
            }
            else
            {
                ProactiveDisclosure disclosure = report.ProactiveDisclosure;
                var issuedCell = (DisclosureCell)(row * 3);
                if (disclosure[issuedCell] is { } issued && disclosure[issuedCell + 1] is { } abolished && disclosure[issuedCell + 2] is { } inForce
                    && inForce < issued - abolished)
                {
                    diagnostics.Report(
                        Rules.InForce, pointers[2], issued - abolished, inForce, pointers,
                        [new("row", last.Parent!), new("cell", last.LabelZh), new("minimum", $"{first.LabelZh} {issued} − {second.LabelZh} {abolished}")]);
                }
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
        switch (claim.Kind)
        {
            case NarrativeClaimKind.ApplicationsReceived:
                // Agrees with received, or with received + carried over; a blank carried over leaves it undecided.
                if (report.FindApplicationRow(ApplicationRow.Received)!.Total is { } received
                    && report.FindApplicationRow(ApplicationRow.CarriedOver)!.Total is { } carriedOver)
                {
                    if (claim.Count != received && claim.Count != received + (long)carriedOver)
                    {
                        ReportClaim(ref diagnostics, Rules.NarrativeCount, section, text, claim, ApplicationRow.Received, received);
                    }
                }

                break;
            case NarrativeClaimKind.ApplicationsHandled:
                if (report.FindApplicationRow(ApplicationRow.OutcomesTotal)!.Total is { } handled && claim.Count != handled)
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
        // The rows a claim is about (received, （七）总计) have one pointer in both editions.
        string path = Cells2021Rules.RowCells[(int)row][(int)ApplicantColumn.Total];
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

    /// <summary>GID205: the 2021 edition is for reports on 2021 and later, the 2019 edition for reports before 2021.</summary>
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
        else if (report.Edition == ReportEdition.Edition2019 && report.Year >= FirstYear2021)
        {
            diagnostics.Report(
                Rules.EditionMismatch, ReportFormat.Edition.JsonPointer,
                arguments: [new("year", report.Year), new("edition", ReportFormat.EditionKey(report.Edition)), new("expectedYears", $"{FirstYear2021} on"), new("expectedEdition", "2021")]);
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

    /// <summary>The JSON Pointers each rule of sections 二 and 三 names, for one edition.</summary>
    private sealed class EditionCells
    {
        public EditionCells(EditionFormat format)
        {
            Format = format;
            RowCells = new ImmutableArray<string>[ReportFormat.ApplicationRowCount];
            foreach (ApplicationRow row in format.ApplicationRows)
            {
                RowCells[(int)row] = [.. Enumerable.Range(0, Columns).Select(c => format.CellPointer(row, (ApplicantColumn)c))];
            }

            OutcomeColumnCells = [.. Enumerable.Range(0, Columns)
                .Select(c => format.OutcomeRows.Append(ApplicationRow.OutcomesTotal).Select(r => format.CellPointer(r, (ApplicantColumn)c)).ToImmutableArray())];
            BalanceCells = [.. Enumerable.Range(0, Columns)
                .Select(c => new[] { ApplicationRow.Received, ApplicationRow.CarriedOver, ApplicationRow.OutcomesTotal, ApplicationRow.CarriedForward }
                    .Select(r => format.CellPointer(r, (ApplicantColumn)c)).ToImmutableArray())];
            DocumentRowCells = [.. Enumerable.Range(0, 2).Select(r => format.DisclosureCells.Skip(r * 3).Take(3).Select(e => e.JsonPointer).ToImmutableArray())];
        }

        public EditionFormat Format { get; }

        /// <summary>By <see cref="ApplicationRow"/>: the row's seven cells (default for a row the edition does not print).</summary>
        public ImmutableArray<string>[] RowCells { get; }

        /// <summary>By column: the outcome rows' cells, then （七）总计's.</summary>
        public ImmutableArray<string>[] OutcomeColumnCells { get; }

        /// <summary>By column: received, carried over, outcomes total, carried forward.</summary>
        public ImmutableArray<string>[] BalanceCells { get; }

        /// <summary>The three cells of each row of 第二十条第（一）项.</summary>
        public ImmutableArray<string>[] DocumentRowCells { get; }
    }
}
