using System.Net;
using CallCoach.CoachingApi.Access;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CallCoach.CoachingApi.Tests.Access;

[Collection(TwoTeamsCollection.Name)]
public sealed class AuthorizationMatrixTests(TwoTeams teams, ITestOutputHelper output)
{
    [Fact]
    public void EveryEndpointTheServiceMapsHasARowInTheMatrix()
    {
        var mapped = teams.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["*"])} {e.RoutePattern.RawText}")
            .ToHashSet(StringComparer.Ordinal);
        var rows = AuthorizationMatrix.Rows.Select(r => r.Endpoint).ToHashSet(StringComparer.Ordinal);

        output.WriteLine($"{mapped.Count(rows.Contains)} of {mapped.Count} endpoints covered by the matrix");
        Assert.Empty(mapped.Except(rows).Order(StringComparer.Ordinal));
        // A row for an endpoint that no longer exists would test nothing.
        Assert.Empty(rows.Except(mapped).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryRoleGetsTheAnswerTheMatrixGivesForItsOwnAColleaguesAndAnotherTeamsData()
    {
        var failures = new List<string>();
        var checks = 0;
        foreach (var role in Roles.All)
        {
            using var client = teams.ClientFor(role);
            foreach (var row in AuthorizationMatrix.Rows.Where(r => !r.Public))
            {
                for (var t = 0; t < 3; t++)
                {
                    var target = Target(t);
                    var status = await SendAsync(client, row, target);
                    checks++;
                    var expected = row.Expect[role][t];
                    var ok = expected switch
                    {
                        'F' => status == HttpStatusCode.Forbidden,
                        'V' => status == HttpStatusCode.Unauthorized,
                        _ => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500,
                    };
                    if (!ok)
                    {
                        failures.Add($"{role} {row.Method} {AuthorizationMatrix.Fill(row.Path, target)} ({target.Name}): expected {expected switch { 'F' => "403", 'V' => "401", _ => "allowed" }}, got {(int)status}");
                    }
                }
            }
        }

        output.WriteLine($"{checks} role × endpoint × target checks");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task WithoutCredentialsOnlyTheHealthCheckAndThePagesAnswerAndEverythingElseIs401()
    {
        using var anonymous = teams.ClientFor(null);
        foreach (var row in AuthorizationMatrix.Rows)
        {
            var status = await SendAsync(anonymous, row, Target(0));
            if (row.Public)
            {
                Assert.True(status == HttpStatusCode.OK, $"{row.Endpoint} answered {(int)status} without credentials");
            }
            else
            {
                Assert.True(status == HttpStatusCode.Unauthorized, $"{row.Endpoint} answered {(int)status} without credentials");
            }
        }
    }

    private AuthorizationMatrix.Target Target(int index)
    {
        var (rep, team) = TwoTeams.Reps[index];
        string[] names = ["own", "colleague", "other team"];
        return new(names[index], rep, team, teams.CallOf[rep], teams.PackOf[rep]);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, AuthorizationMatrix.Row row, AuthorizationMatrix.Target target)
    {
        using var request = new HttpRequestMessage(new HttpMethod(row.Method is "*" or "GET,HEAD" ? "GET" : row.Method), AuthorizationMatrix.Fill(row.Path, target))
        {
            Content = row.Body?.Invoke(target),
        };
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
