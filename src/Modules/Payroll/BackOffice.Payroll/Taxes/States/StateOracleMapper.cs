using BackOffice.Payroll.Taxes.Oracle;
using BackOffice.Payroll.Taxes.States.Engine;
using BackOffice.SharedKernel;

namespace BackOffice.Payroll.Taxes.States;

/// <summary>
/// Feeds a row of the external regression set (../shared/benchmarks/payroll/README.md, section 2) to a state calculator.
/// The set was generated with one numeric status code for federal and state alike; each state's rule below turns that code
/// into the state's own form code and says where the row's single allowance count goes. Rows the README documents as
/// artifacts of the generator are refused with <see cref="StateWithholdingErrors.OracleArtifactCode"/> and the reason.
/// </summary>
internal sealed class StateOracleMapper(StateWithholdingRegistry registry) : IStateOracleMapper
{
    /// <summary>The province code of a federal-only row; the README runs those as AK (no state tax).</summary>
    public const string FederalOnlyProvince = "00";

    private enum AllowanceSlot
    {
        Primary,
        Additional,
        Unused,
    }

    private sealed record Rule(IReadOnlyDictionary<string, string>? Codes, AllowanceSlot Allowance, IReadOnlyDictionary<string, string>? Artifacts = null);

    private static readonly Dictionary<string, string> AnyCode = [];

    private static readonly Dictionary<string, Rule> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        // California DE 4: code 20 (married, dual income) uses the single tables, as the DE 4 directs.
        ["CA"] = new(new Dictionary<string, string> { ["10"] = "S", ["20"] = "S", ["30"] = "M", ["40"] = "H" }, AllowanceSlot.Primary),
        ["CO"] = new(
            new Dictionary<string, string> { ["10"] = "S", ["20"] = "M" },
            AllowanceSlot.Unused,
            new Dictionary<string, string> { ["40"] = "code 40 is not a Colorado status in the generator (no table); it always wrote 0.00" }),
        // Georgia: the row's allowance is the G-4 dependent count and personal allowances are 0 (README section 2).
        ["GA"] = new(new Dictionary<string, string> { ["10"] = "A", ["20"] = "D", ["30"] = "C", ["40"] = "B", ["50"] = "E" }, AllowanceSlot.Primary),
        ["IL"] = new(AnyCode, AllowanceSlot.Primary),
        ["IN"] = new(AnyCode, AllowanceSlot.Primary),
        ["KY"] = new(AnyCode, AllowanceSlot.Unused),
        ["MA"] = new(AnyCode, AllowanceSlot.Primary),
        ["MI"] = new(AnyCode, AllowanceSlot.Primary),
        ["NC"] = new(new Dictionary<string, string> { ["10"] = "S", ["20"] = "M", ["30"] = "S", ["40"] = "H" }, AllowanceSlot.Primary),
        ["NJ"] = new(new Dictionary<string, string> { ["10"] = "A", ["20"] = "B", ["30"] = "C", ["40"] = "D", ["50"] = "E" }, AllowanceSlot.Primary),
        ["NY"] = new(
            new Dictionary<string, string> { ["10"] = "S", ["20"] = "M" },
            AllowanceSlot.Primary,
            new Dictionary<string, string> { ["40"] = "code 40 is not a New York status in the generator (no table); it always wrote 0.00" }),
        ["OH"] = new(AnyCode, AllowanceSlot.Primary),
        ["PA"] = new(AnyCode, AllowanceSlot.Unused),
        ["UT"] = new(
            new Dictionary<string, string> { ["10"] = "S", ["20"] = "M" },
            AllowanceSlot.Unused,
            new Dictionary<string, string> { ["40"] = "code 40 is not a Utah status in the generator: it gave no base allowance credit (flat 4.95% of wages)" }),
        ["VA"] = new(AnyCode, AllowanceSlot.Primary),
        ["AZ"] = new(
            AnyCode,
            AllowanceSlot.Unused,
            new Dictionary<string, string>
            {
                ["*"] = "the generator never sets the A-4 percentage election and wrote 0.00; Form A-4 prescribes a default rate when no election is on file",
            }),
    };

    public Result<StateWithholdingRequest> Map(WithholdingOracleRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var state = row.Province == FederalOnlyProvince ? "AK" : row.Province.Trim().ToUpperInvariant();
        var calculator = registry.Find(state);
        if (calculator is null)
        {
            return StateWithholdingErrors.UnsupportedState(state);
        }

        var rule = calculator is Calculators.NoIncomeTaxWithholding
            ? new Rule(AnyCode, AllowanceSlot.Unused)
            : Rules.GetValueOrDefault(state);
        if (rule is null)
        {
            return StateWithholdingErrors.UnsupportedState(state);
        }

        var code = row.FilingStatusCode.Trim();
        if (rule.Artifacts is not null
            && (rule.Artifacts.TryGetValue(code, out var reason) || rule.Artifacts.TryGetValue("*", out reason)))
        {
            return new Error(StateWithholdingErrors.OracleArtifactCode, $"{state} row {row.LineNumber}: {reason}.");
        }

        string status;
        if (rule.Codes is { Count: 0 })
        {
            status = StateTaxTable.AnyStatus;
        }
        else if (rule.Codes is null || !rule.Codes.TryGetValue(code, out status!))
        {
            return new Error(
                StateWithholdingErrors.UnknownFilingStatusCode,
                $"{state} row {row.LineNumber}: filing_status {code} has no {state} mapping (README section 2).");
        }

        var allowances = rule.Allowance == AllowanceSlot.Primary ? row.Allowance : 0;
        var additional = rule.Allowance == AllowanceSlot.Additional ? row.Allowance : 0;
        return new StateWithholdingRequest(state, row.Date, row.PayPeriods, row.GrossIncome, status, allowances, additional, 0m);
    }
}
