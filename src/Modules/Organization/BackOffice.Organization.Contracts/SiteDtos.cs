namespace BackOffice.Organization.Contracts;

public sealed record AddressDto(string? Line1, string? City, string? State, string? PostalCode);

/// <param name="TimeZoneId">IANA (tzdb) id, e.g. <c>America/Chicago</c>; shifts at the site are local to it.</param>
public sealed record SiteDto(Guid Id, string Code, string Name, string TimeZoneId, AddressDto Address);

public sealed record CreateSiteRequest(string? Code, string? Name, string? TimeZoneId, AddressDto? Address);

public sealed record TeamDto(Guid Id, string Name, Guid SiteId, Guid SupervisorId, string? SupervisorName);

public sealed record CreateTeamRequest(string? Name, Guid? SiteId, Guid? SupervisorId);

public sealed record AssignSupervisorRequest(Guid? SupervisorId);
