using Microsoft.Extensions.Options;

namespace FalseReject;

/// <summary>
/// Provides the checks of <see cref="GenerationOptions"/> that attributes cannot express, reporting every problem at once.
/// </summary>
public sealed class GenerationOptionsValidator : IValidateOptions<GenerationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        foreach (var (category, quota) in options.CategoryQuotas)
        {
            if (quota < 0)
            {
                failures.Add($"CategoryQuotas['{category}'] is {quota}; a quota must be zero or more.");
            }
        }

        foreach (var target in options.PoolTargetNames)
        {
            if (string.IsNullOrWhiteSpace(target))
            {
                failures.Add("PoolTargetNames contains an empty name; list the names given to AddTarget.");
            }
        }

        if (options.PoolTargetNames.Count > 0 && options.MinimumRefusals > options.PoolTargetNames.Count)
        {
            failures.Add($"MinimumRefusals is {options.MinimumRefusals} but the pool has only {options.PoolTargetNames.Count} members; lower it or add members.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
