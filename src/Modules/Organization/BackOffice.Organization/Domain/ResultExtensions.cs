using BackOffice.SharedKernel;

namespace BackOffice.Organization.Domain;

internal static class ResultExtensions
{
    /// <summary>Chains a second parse step onto a successful first one (text → number → plausible amount).</summary>
    public static Result<TOut> Then<TIn, TOut>(this Result<TIn> result, Func<TIn, Result<TOut>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return result.IsSuccess ? next(result.Value!) : result.Error!;
    }
}
