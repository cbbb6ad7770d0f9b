using System.Globalization;
using System.Net;
using System.Text;
using BackOffice.IntegrationTests.Infrastructure;
using BackOffice.SharedKernel;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.IntegrationTests.Authorization;

/// <summary>
/// Enumerates every endpoint the app maps and checks each caller (anonymous and the five roles) against
/// matrix.csv. Object-level rules (an agent reading another agent) are tested with each module's API.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteBackOfficeApp app) : IClassFixture<SqliteBackOfficeApp>
{
    private static readonly string[] Callers = ["anonymous", .. Roles.All];

    [Fact]
    public void Matrix_WhenComparedWithMappedEndpoints_ListsEveryEndpointExactlyOnce()
    {
        var mapped = MappedEndpoints().Select(e => $"{e.Method} {e.Route}").ToHashSet();
        var listed = Matrix().Select(r => $"{r.Method} {r.Route}").ToList();

        listed.Should().OnlyHaveUniqueItems();
        mapped.Except(listed).Should().BeEmpty("every mapped endpoint needs a row in matrix.csv");
        listed.Except(mapped).Should().BeEmpty("matrix.csv should not list endpoints that no longer exist");
    }

    [Fact]
    public async Task EveryEndpoint_WhenCalledByEachRole_GetsTheExpectedOutcome()
    {
        var clients = new Dictionary<string, HttpClient>
        {
            ["anonymous"] = app.CreateClient(new() { AllowAutoRedirect = false }),
        };
        foreach (var role in Roles.All)
        {
            clients[role] = await app.SignInAsNewUserAsync(role);
        }

        var failures = new List<string>();
        foreach (var row in Matrix())
        {
            foreach (var caller in Callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), Concrete(row.Route));
                if (row.Method is "POST" or "PUT" or "PATCH")
                {
                    // Upload endpoints only match their own media type (else routing answers 415 before authorization runs).
                    request.Content = row.Route.EndsWith("/import", StringComparison.Ordinal)
                        ? new StringContent("", Encoding.UTF8, "text/csv")
                        : new StringContent("{}", Encoding.UTF8, "application/json");
                }

                var signOut = row.Route.EndsWith("/logout", StringComparison.Ordinal);
                using var fresh = signOut && caller != "anonymous" ? await app.SignInAsNewUserAsync(caller) : null;
                using var response = await (fresh ?? clients[caller]).SendAsync(request);
                var outcome = Classify(response);
                if (row.Expected[caller] == "404" && response.StatusCode == HttpStatusCode.NotFound)
                {
                    outcome = "404"; // a row may insist on 404 (e.g. the secret calendar feed: a random token is simply not there)
                }

                if (outcome != row.Expected[caller])
                {
                    failures.Add($"{row.Method} {row.Route} as {caller}: expected {row.Expected[caller]}, got {outcome} ({(int)response.StatusCode})");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        failures.Should().BeEmpty();
    }

    private static string Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized => "401",
        HttpStatusCode.Forbidden => "403",
        // A signed-in user without the page's role is sent to the access-denied page: that is a 403 for the matrix.
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location?.OriginalString.Contains("/forbidden?", StringComparison.Ordinal) == true => "403",
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == true
            && response.RequestMessage!.RequestUri!.AbsolutePath != "/account/login" => "login",
        _ => "ok",
    };

    private static Uri Concrete(string route)
    {
        // Any guid parameter gets a fresh id, dates a Monday: authorization must answer before the handler looks anything up.
        var path = System.Text.RegularExpressions.Regex.Replace(route, @"\{[A-Za-z]+:guid\}", _ => Guid.NewGuid().ToString())
            .Replace("{weekStart}", "2026-12-07", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{date}", "2026-12-09", StringComparison.Ordinal)
            .Replace("{number:int}", "1", StringComparison.Ordinal)
            .Replace("{token}", Guid.NewGuid().ToString("N"), StringComparison.Ordinal);
        return new Uri(path, UriKind.Relative);
    }

    private IEnumerable<(string Method, string Route)> MappedEndpoints()
    {
        var sources = app.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (route.StartsWith("/_", StringComparison.Ordinal) || route.Contains(":file", StringComparison.Ordinal) || route.Contains('.', StringComparison.Ordinal) && !route.StartsWith("/openapi", StringComparison.Ordinal) && !route.StartsWith("/calendar/", StringComparison.Ordinal))
            {
                continue; // static assets and the Blazor framework's own endpoints
            }

            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                yield return (method, route);
            }
        }
    }

    private static List<MatrixRow> Matrix()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Authorization", "matrix.csv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            var expected = Callers.ToDictionary(c => c, c => cells[Array.IndexOf(header, c)]);
            return new MatrixRow(cells[0].ToUpper(CultureInfo.InvariantCulture), cells[1], expected);
        }).ToList();
    }

    private sealed record MatrixRow(string Method, string Route, Dictionary<string, string> Expected);
}
