using System.Globalization;
using BackOffice.Payroll.Taxes.Oracle;
using BackOffice.Payroll.Taxes.States;
using BackOffice.Payroll.Taxes.States.Engine;

namespace BackOffice.Payroll.Tests.States;

/// <summary>
/// The external oracle gate for state withholding: every row of ../shared/benchmarks/payroll/us-withholding-2020.csv whose
/// state is supported must match the state column exactly to the cent, except the rows listed in oracle-exceptions.csv.
/// </summary>
public sealed class StateOracleTests
{
    /// <summary>States present in the oracle file that BackOffice does not compute yet (declared, so none is skipped silently).</summary>
    private static readonly string[] DeclaredUnsupported =
    [
        "AL", "AR", "CT", "DC", "DE", "HI", "IA", "ID", "KS", "LA", "MD", "ME", "MN", "MO", "MS", "MT", "ND", "NE", "NM", "OK",
        "OR", "RI", "SC", "VT", "WI", "WV",
    ];

    private static readonly Lazy<IReadOnlyList<WithholdingOracleRow>> Rows = new(OracleCsv.Load);
    private static readonly Lazy<IReadOnlyList<OracleException>> Exceptions = new(OracleException.Load);

    private static readonly StateWithholdingRegistry Registry = new(StateWithholdingRegistration.CreateCalculators());
    private static readonly StateOracleMapper Mapper = new(Registry);

    public static TheoryData<string> SupportedProvinces()
    {
        var data = new TheoryData<string> { StateOracleMapper.FederalOnlyProvince };
        foreach (var state in Registry.SupportedStates.Order(StringComparer.Ordinal))
        {
            data.Add(state);
        }

        return data;
    }

    [ReferenceTheory]
    [MemberData(nameof(SupportedProvinces))]
    public void OracleRows_WhenRunThroughMapperAndCalculator_MatchStateColumnToTheCent(string province)
    {
        var rows = Rows.Value.Where(r => r.Province == province).ToList();
        rows.Should().NotBeEmpty($"the oracle file has rows for {province}");

        var mismatches = new List<string>();
        var compared = 0;
        foreach (var row in rows)
        {
            if (Exceptions.Value.Any(e => e.Matches(row)))
            {
                continue; // checked by OracleExceptions_WhenApplied_EachEntryMatchesRowsAndStillHolds
            }

            var request = Mapper.Map(row);
            if (!request.IsSuccess)
            {
                mismatches.Add($"line {row.LineNumber}: mapper refused: {request.Error!.Message}");
                continue;
            }

            var result = Registry.Find(request.Value!.State)!.Calculate(request.Value);
            if (!result.IsSuccess)
            {
                mismatches.Add($"line {row.LineNumber}: calculator failed: {result.Error!.Message}");
                continue;
            }

            compared++;
            if (result.Value!.Amount != row.ExpectedState)
            {
                mismatches.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"line {row.LineNumber}: {row.FilingStatusCode}/{row.Allowance} gross {row.GrossIncome}: expected {row.ExpectedState}, got {result.Value.Amount}"));
            }
        }

        mismatches.Should().BeEmpty($"{province}: {compared} rows compared; state withholding must match the oracle exactly");
        if (rows.Any(r => !Exceptions.Value.Any(e => e.Matches(r))))
        {
            compared.Should().BeGreaterThan(0, $"{province} rows that are not excepted must be compared");
        }
    }

    [ReferenceFact]
    public void OracleFile_WhenScanned_UnsupportedStatesEqualDeclaredList()
    {
        var unsupported = Rows.Value
            .Select(r => r.Province)
            .Distinct()
            .Where(p => p != StateOracleMapper.FederalOnlyProvince && Registry.Find(p) is null)
            .Order(StringComparer.Ordinal);

        unsupported.Should().Equal(DeclaredUnsupported);
    }

    [ReferenceFact]
    public void OracleFile_WhenScanned_EveryRowIsEitherSupportedOrDeclaredUnsupported()
    {
        var rows = Rows.Value;
        var supported = rows.Count(r => r.Province == StateOracleMapper.FederalOnlyProvince || Registry.Find(r.Province) is not null);
        var unsupported = rows.Count(r => DeclaredUnsupported.Contains(r.Province));

        rows.Should().HaveCount(OracleCsv.ExpectedRowCount);
        (supported + unsupported).Should().Be(OracleCsv.ExpectedRowCount);
    }

    [ReferenceFact]
    public void UnsupportedStateRow_WhenMapped_IsRefusedWithUnsupportedCode()
    {
        var row = Rows.Value.First(r => r.Province == "AL");

        var request = Mapper.Map(row);

        request.IsSuccess.Should().BeFalse();
        request.Error!.Code.Should().Be(StateWithholdingErrors.UnsupportedStateCode);
    }

    [ReferenceFact]
    public void OracleExceptions_WhenApplied_EachEntryMatchesRowsAndStillHolds()
    {
        foreach (var exception in Exceptions.Value)
        {
            var matched = Rows.Value.Where(exception.Matches).ToList();
            matched.Should().NotBeEmpty($"exception '{exception.State} {exception.Filter}' must still match rows, or be removed");
            exception.Reason.Should().NotBeNullOrWhiteSpace();
            exception.Publication.Should().NotBeNullOrWhiteSpace();

            foreach (var row in matched)
            {
                var request = Mapper.Map(row);
                if (exception.Kind == OracleException.Artifact)
                {
                    request.IsSuccess.Should().BeFalse($"line {row.LineNumber} is a documented artifact the mapper must refuse");
                    request.Error!.Code.Should().Be(StateWithholdingErrors.OracleArtifactCode);
                }
                else
                {
                    exception.Kind.Should().Be(OracleException.PublicationKind);
                    request.IsSuccess.Should().BeTrue();
                    var result = Registry.Find(request.Value!.State)!.Calculate(request.Value);
                    result.IsSuccess.Should().BeTrue();
                    result.Value!.Amount.Should().NotBe(
                        row.ExpectedState!.Value,
                        $"line {row.LineNumber} is excepted because the publication disagrees with the oracle; if they now agree, drop the exception");
                }
            }
        }
    }
}
