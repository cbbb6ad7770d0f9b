namespace BackOffice.Organization.Contracts;

/// <summary>One problem with an <c>employees.csv</c> row. Lines are numbered as in the file, the header being line 1.</summary>
public sealed record ImportRowError(int Line, string Column, string Message)
{
    public override string ToString() => $"line {Line}: {Column}: {Message}";
}

/// <summary>Either every row was imported (with its user account) or none was, and <see cref="Errors"/> says why.</summary>
public sealed record EmployeeImportResult(IReadOnlyList<Guid> ImportedEmployeeIds, IReadOnlyList<ImportRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Imports <c>employees.csv</c> (columns in docs/organization.md): all rows or nothing.</summary>
public interface IEmployeeImport
{
    Task<EmployeeImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken);
}
