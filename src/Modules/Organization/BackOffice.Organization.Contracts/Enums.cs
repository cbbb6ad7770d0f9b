using System.Text.Json.Serialization;

namespace BackOffice.Organization.Contracts;

/// <summary>How an employee is paid: an hourly rate, or an annual salary.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PayType>))]
public enum PayType
{
    Hourly,
    Salaried,
}

/// <summary>Form W-4 (2020 and later), Step 1(c).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FederalFilingStatus>))]
public enum FederalFilingStatus
{
    SingleOrMarriedFilingSeparately,
    MarriedFilingJointly,
    HeadOfHousehold,
}

/// <summary>The receiving account's type, which picks the NACHA transaction code of a direct deposit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BankAccountType>))]
public enum BankAccountType
{
    Checking,
    Savings,
}
