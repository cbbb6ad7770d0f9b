using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BackOffice.IntegrationTests.Infrastructure;

public sealed record TestSite(Guid Id, string Code);

/// <summary>Creates a Texas site with a fresh code through the API, so each test's employees stay apart.</summary>
public static class TestSites
{
    public static async Task<TestSite> CreateAsync(HttpClient admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var code = "S" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        using var response = await admin.PostAsJsonAsync(new Uri("/api/sites", UriKind.Relative), new
        {
            code,
            name = "Test site " + code,
            timeZoneId = "America/Chicago",
            address = new { line1 = "1 Main St", city = "Dallas", state = "TX", postalCode = "75201" },
        });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Created, body);
        return new TestSite(Guid.Parse(JsonNode.Parse(body)!["id"]!.GetValue<string>()), code);
    }
}
