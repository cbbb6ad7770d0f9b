using BackOffice.Payroll.Common;

namespace BackOffice.Payroll.Taxes.MultiState;

/// <summary>
/// Which resident states a work state exempts from its withholding (reciprocity agreements), and which resident states
/// credit other states' tax; read from <c>Taxes/MultiState/Data/reciprocity.json</c>.
/// </summary>
internal sealed class ReciprocityTable
{
    private const string AnyState = "*";

    private readonly Dictionary<string, Agreement> byWorkState;
    private readonly HashSet<string> creditDenied;

    public ReciprocityTable()
        : this(EmbeddedData.LoadAll<ReciprocityFile>("Taxes.MultiState.Data", "reciprocity").Single())
    {
    }

    public ReciprocityTable(ReciprocityFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        byWorkState = file.Agreements.ToDictionary(a => a.WorkState, StringComparer.Ordinal);
        creditDenied = new HashSet<string>(file.ResidentCreditDeniedBy, StringComparer.Ordinal);
        Source = file.Source;
    }

    public string Source { get; }

    /// <summary>The exemption certificate when a resident of <paramref name="residentState"/> working in <paramref name="workState"/> owes the work state no withholding.</summary>
    public string? ExemptionCertificate(string workState, string residentState)
    {
        if (workState == residentState || !byWorkState.TryGetValue(workState, out var agreement))
        {
            return null;
        }

        return agreement.ResidentStates.Contains(residentState) || agreement.ResidentStates.Contains(AnyState) ? agreement.Certificate : null;
    }

    public bool ResidentStateGivesCredit(string residentState) => !creditDenied.Contains(residentState);

    internal sealed record ReciprocityFile(
        string Source,
        string Policy,
        IReadOnlyList<Agreement> Agreements,
        IReadOnlyList<string> ResidentCreditDeniedBy,
        string ResidentCreditNote);

    internal sealed record Agreement(string WorkState, IReadOnlyList<string> ResidentStates, string Certificate);
}
