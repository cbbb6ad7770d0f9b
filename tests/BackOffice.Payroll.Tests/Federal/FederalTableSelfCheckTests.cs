using BackOffice.Payroll.Taxes.Federal;
using BackOffice.Payroll.Tests.Support;

namespace BackOffice.Payroll.Tests.Federal;

/// <summary>
/// Guards the data files against transcription errors (one public repository ships a wrong 2025 top bracket): each
/// row's tentative amount must equal the previous row's plus its rate times the width of the previous bracket.
/// </summary>
public sealed class FederalTableSelfCheckTests
{
    public static TheoryData<int, string, string> Tables()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var year in PayrollServices.Get<FederalTaxTables>().All)
        {
            foreach (var (name, _) in year.Standard.All())
            {
                data.Add(year.TaxYear, "standard", name);
            }

            foreach (var (name, _) in year.Step2Checkbox.All())
            {
                data.Add(year.TaxYear, "step2", name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void BaseAmounts_WhenAccumulatedBracketByBracket_MatchTheNextRow(int taxYear, string schedule, string filingStatus)
    {
        var year = PayrollServices.Get<FederalTaxTables>().For(taxYear).Value!;
        var rows = (schedule == "standard" ? year.Standard : year.Step2Checkbox).All().Single(t => t.Name == filingStatus).Rows;

        rows.Should().HaveCount(8, "Pub 15-T tables have a zero row and seven rate rows");
        rows[0].Should().Be(new PercentageRow(0m, 0m, 0m));
        rows.Select(r => r.AtLeast).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        rows.Select(r => r.Rate).Should().Equal(0m, 0.10m, 0.12m, 0.22m, 0.24m, 0.32m, 0.35m, 0.37m);

        for (var i = 0; i + 1 < rows.Count; i++)
        {
            var expected = rows[i].Base + (rows[i].Rate * (rows[i + 1].AtLeast - rows[i].AtLeast));

            // Standard schedules are exact. The Step 2 schedules halve the brackets and the IRS rounds their floors to
            // whole dollars while figuring the amounts from the unrounded halves, so allow that half-dollar either side
            // of each floor (rate x $1) plus the cent the amount itself is rounded to.
            var tolerance = schedule == "standard" ? 0m : rows[i].Rate + 0.005m;
            rows[i + 1].Base.Should().BeApproximately(
                expected,
                tolerance,
                $"{taxYear} {schedule} {filingStatus}: row {i + 2} base must be row {i + 1} base + rate x bracket width");
        }
    }

    [Fact]
    public void Step2Floors_WhenComparedWithTheStandardSchedule_AreHalfTheBracketsOverHalfTheStandardDeduction()
    {
        // Pub 15-T builds the checkbox schedule from halved brackets; its floors after the zero row must move in step
        // with half the standard schedule's bracket widths (to within the IRS's whole-dollar rounding).
        foreach (var year in PayrollServices.Get<FederalTaxTables>().All)
        {
            foreach (var ((name, standard), (_, checkbox)) in year.Standard.All().Zip(year.Step2Checkbox.All()))
            {
                for (var i = 1; i + 1 < standard.Count; i++)
                {
                    var halfWidth = (standard[i + 1].AtLeast - standard[i].AtLeast) / 2m;
                    var checkboxWidth = checkbox[i + 1].AtLeast - checkbox[i].AtLeast;
                    if (name == "MarriedFilingJointly")
                    {
                        // The married checkbox schedule is the single standard brackets over half the joint deduction.
                        continue;
                    }

                    checkboxWidth.Should().BeApproximately(halfWidth, 1m, $"{year.TaxYear} {name} row {i + 1}");
                }
            }
        }
    }
}
