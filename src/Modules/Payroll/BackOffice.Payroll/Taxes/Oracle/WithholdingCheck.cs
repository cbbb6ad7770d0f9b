using BackOffice.Payroll.Common;
using BackOffice.Payroll.Contracts;
using BackOffice.Payroll.Taxes.Federal;
using BackOffice.Payroll.Taxes.States;
using BackOffice.SharedKernel;
using CsvHelper;

namespace BackOffice.Payroll.Taxes.Oracle;

/// <summary>
/// Runs every row of a regression file: federal through <see cref="FederalWithholdingCalculator"/>, state through the
/// registered <see cref="IStateOracleMapper"/> and the state's calculator. Province 00 is a federal-only row (state 0.00).
/// A row whose state cannot be computed keeps computed_state empty and says why in the note column.
/// </summary>
internal sealed class WithholdingCheck(
    FederalWithholdingCalculator federal,
    StateWithholdingRegistry registry,
    IEnumerable<IStateOracleMapper> mappers) : IWithholdingCheck
{
    public const string FederalOnlyProvince = "00";

    private readonly IStateOracleMapper? mapper = mappers.FirstOrDefault();

    public Result<WithholdingCheckSummaryDto> Run(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        using var reader = new CsvReader(input, WithholdingOracleCsv.ReaderConfiguration, leaveOpen: true);
        using var writer = new CsvWriter(output, WithholdingOracleCsv.WriterConfiguration, leaveOpen: true);
        try
        {
            if (!reader.Read() || !reader.ReadHeader())
            {
                return new Error(PayrollErrorCodes.OracleFileInvalid, "The file is empty: a header line is required.");
            }
        }
        catch (CsvHelperException ex)
        {
            return new Error(PayrollErrorCodes.OracleFileInvalid, $"The header could not be read: the file is not CSV in the regression layout (bad data at line {ex.Context?.Parser?.RawRow ?? 1}).");
        }

        var header = WithholdingOracleCsv.CheckHeader(reader.HeaderRecord);
        if (!header.IsSuccess)
        {
            return header.Error!;
        }

        foreach (var column in WithholdingOracleCsv.Columns.Concat(WithholdingOracleCsv.AddedColumns))
        {
            writer.WriteField(column);
        }

        writer.NextRecord();

        int rows = 0, federalWithinCent = 0, stateComputed = 0, stateExact = 0, stateNotes = 0;
        while (true)
        {
            Result<(WithholdingOracleRow Row, string[] Raw)> parsed;
            try
            {
                if (!reader.Read())
                {
                    break;
                }

                parsed = WithholdingOracleCsv.Read(reader);
            }
            catch (CsvHelperException)
            {
                return new Error(PayrollErrorCodes.OracleFileInvalid, $"Line {reader.Parser.RawRow} could not be read: it is not CSV in the regression layout (check its quoting and column count).");
            }

            if (!parsed.IsSuccess)
            {
                return parsed.Error!;
            }

            var (row, raw) = parsed.Value;
            rows++;
            var notes = new List<string>();

            string computedFederal = string.Empty;
            var mapped = FederalOracleMapping.Map(row);
            var federalResult = mapped.IsSuccess
                ? federal.Calculate(mapped.Value!)
                : Result<FederalWithholdingResult>.Failure(mapped.Error!);
            if (federalResult.IsSuccess)
            {
                computedFederal = WithholdingOracleCsv.Format(federalResult.Value!.Amount);
                if (row.ExpectedFederal is { } expected && Math.Abs(federalResult.Value.Amount - expected) <= 0.01m)
                {
                    federalWithinCent++;
                }
            }
            else
            {
                notes.Add($"federal: {federalResult.Error!.Code}: {federalResult.Error.Message}");
            }

            var state = ComputeState(row);
            var computedState = string.Empty;
            if (state.IsSuccess)
            {
                stateComputed++;
                computedState = WithholdingOracleCsv.Format(state.Value);
                if (row.ExpectedState == state.Value)
                {
                    stateExact++;
                }
            }
            else
            {
                stateNotes++;
                notes.Add($"state: {state.Error!.Code}: {state.Error.Message}");
            }

            foreach (var field in raw)
            {
                writer.WriteField(field);
            }

            writer.WriteField(computedFederal);
            writer.WriteField(computedState);
            writer.WriteField(string.Join("; ", notes));
            writer.NextRecord();
        }

        writer.Flush();
        return new WithholdingCheckSummaryDto(rows, federalWithinCent, stateComputed, stateExact, stateNotes);
    }

    private Result<decimal> ComputeState(WithholdingOracleRow row)
    {
        if (row.Province == FederalOnlyProvince)
        {
            return 0.00m;
        }

        var state = UsStates.Normalize(row.Province);
        if (state is null)
        {
            return new Error(PayrollErrorCodes.InvalidState, $"province '{row.Province}' is not a US state or DC.");
        }

        var calculator = registry.Find(state);
        if (calculator is null)
        {
            return new Error(PayrollErrorCodes.UnsupportedState, $"unsupported state {state}: no withholding calculator is registered.");
        }

        if (mapper is null)
        {
            return new Error(PayrollErrorCodes.UnsupportedState, $"no state oracle mapper is registered to read {state} inputs.");
        }

        var request = mapper.Map(row);
        if (!request.IsSuccess)
        {
            return request.Error!;
        }

        var result = calculator.Calculate(request.Value!);
        return result.IsSuccess ? Amounts.Cents(result.Value!.Amount) : result.Error!;
    }
}
