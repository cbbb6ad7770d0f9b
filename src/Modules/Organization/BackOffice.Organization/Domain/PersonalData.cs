using BackOffice.Organization.Contracts;
using BackOffice.SharedKernel;

namespace BackOffice.Organization.Domain;

/// <summary>
/// A Social Security number. Its <see cref="ToString"/> is masked so it cannot leak through string interpolation
/// or structured logging; only <see cref="Reveal"/> gives the digits, and callers of that audit it.
/// </summary>
internal sealed class Ssn
{
    private readonly string digits;

    private Ssn(string digits) => this.digits = digits;

    public string Last4 => digits[5..];

    public string Masked => Mask(Last4);

    public static string Mask(string last4) => $"***-**-{last4}";

    /// <summary>
    /// Accepts <c>123-45-6789</c> or nine digits. Rejects numbers the SSA never issues: area 000, 666 or 900–999,
    /// group 00, serial 0000 (SSA, "Social Security Number Randomization", https://www.ssa.gov/employer/randomization.html).
    /// </summary>
    public static Result<Ssn> Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 11 && value[3] == '-' && value[6] == '-')
        {
            value = string.Concat(value.AsSpan(0, 3), value.AsSpan(4, 2), value.AsSpan(7, 4));
        }

        if (value.Length != 9 || !value.All(char.IsAsciiDigit))
        {
            return new Error("ssn.format", "An SSN has nine digits, written 123-45-6789 or 123456789.");
        }

        var area = value[..3];
        if (area is "000" or "666" || area[0] == '9' || value[3..5] == "00" || value[5..] == "0000")
        {
            return new Error("ssn.not_issued", "This is not a number the Social Security Administration issues.");
        }

        return new Ssn(value);
    }

    /// <summary>The clear number, formatted 123-45-6789. Only for the audited reveal and for encryption.</summary>
    public string Reveal() => $"{digits[..3]}-{digits[3..5]}-{digits[5..]}";

    public override string ToString() => Masked;
}

/// <summary>
/// A direct-deposit account. The routing number must pass the ABA check digit
/// (3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 mod 10; ABA Routing Number Policy, and NACHA Operating Rules,
/// Appendix Three "Check Digit"); the account number is 4 to 17 digits, the NACHA DFI account number field being 17 wide.
/// </summary>
internal sealed class BankAccount
{
    private BankAccount(string routingNumber, string accountNumber, BankAccountType type)
    {
        RoutingNumber = routingNumber;
        AccountNumber = accountNumber;
        Type = type;
    }

    public string RoutingNumber { get; }

    public string AccountNumber { get; }

    public BankAccountType Type { get; }

    public string Last4 => AccountNumber[^4..];

    public string Masked => Mask(Last4);

    public static string Mask(string last4) => $"****{last4}";

    public static Result<BankAccount> Parse(string? routing, string? account, BankAccountType type)
    {
        var routingResult = ParseRouting(routing);
        if (!routingResult.IsSuccess)
        {
            return routingResult.Error!;
        }

        var accountResult = ParseAccount(account);
        return accountResult.IsSuccess
            ? new BankAccount(routingResult.Value!, accountResult.Value!, type)
            : accountResult.Error!;
    }

    public static Result<string> ParseRouting(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length != 9 || !value.All(char.IsAsciiDigit))
        {
            return new Error("bank.routing_format", "A routing number has nine digits.");
        }

        int D(int i) => value[i] - '0';
        var sum = (3 * (D(0) + D(3) + D(6))) + (7 * (D(1) + D(4) + D(7))) + D(2) + D(5) + D(8);
        return sum % 10 == 0
            ? value
            : new Error("bank.routing_check_digit", "The routing number's check digit is wrong.");
    }

    public static Result<string> ParseAccount(string? text)
    {
        var value = text?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal) ?? "";
        return value.Length is >= 4 and <= 17 && value.All(char.IsAsciiDigit)
            ? value
            : new Error("bank.account_format", "An account number has 4 to 17 digits.");
    }

    /// <summary>The single string that is encrypted; the account type stays in clear because it is not personal.</summary>
    public string ToPayload() => $"{RoutingNumber}|{AccountNumber}";

    public static BankAccount FromPayload(string payload, BankAccountType type)
    {
        var parts = payload.Split('|');
        return new BankAccount(parts[0], parts[1], type);
    }

    public override string ToString() => Masked;
}
