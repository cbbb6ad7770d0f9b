using System.Reflection;

namespace BackOffice.ArchitectureTests;

/// <summary>Modules talk through each other's .Contracts only, and keep their types internal.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules = ["Organization", "Identity", "Scheduling", "TimeTracking", "TimeOff", "Payroll", "Reporting"];

    public static TheoryData<string> ModuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var module in Modules)
        {
            data.Add(module);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleAssembly_WhenItReferencesBackOfficeAssemblies_UsesOnlyContractsAndTheKernel(string module)
    {
        var assembly = Load($"BackOffice.{module}");
        var allowed = new HashSet<string> { "BackOffice.SharedKernel", "BackOffice.Infrastructure" };
        var offending = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("BackOffice.", StringComparison.Ordinal) && !allowed.Contains(n) && !n.EndsWith(".Contracts", StringComparison.Ordinal))
            .ToList();

        offending.Should().BeEmpty($"BackOffice.{module} may reach other modules only through their .Contracts");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ContractsAssembly_WhenItReferencesBackOfficeAssemblies_UsesOnlyTheKernelAndContracts(string module)
    {
        var assembly = Load($"BackOffice.{module}.Contracts");
        var offending = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("BackOffice.", StringComparison.Ordinal) && n != "BackOffice.SharedKernel" && !n.EndsWith(".Contracts", StringComparison.Ordinal))
            .ToList();

        offending.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleAssembly_WhenInspected_ExposesOnlyItsCompositionRoot(string module)
    {
        var assembly = Load($"BackOffice.{module}");
        // dotnet-ef generates migrations as public classes; they are data, not API, so they are left out.
        var exported = assembly.GetExportedTypes()
            .Where(t => !t.Namespace!.Contains(".Migrations.", StringComparison.Ordinal))
            .Select(t => t.FullName).ToList();

        exported.Should().BeSubsetOf([$"BackOffice.{module}.{module}Module", $"BackOffice.{module}.{module}ModuleOptions", $"BackOffice.{module}.IntegrationClient"]);
    }

    [Fact]
    public void SharedKernel_WhenInspected_DependsOnNoModule()
    {
        Load("BackOffice.SharedKernel").GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("BackOffice.", StringComparison.Ordinal))
            .Should().BeEmpty();
    }

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
