using Xunit;

namespace FalseReject.Testing;

/// <summary>
/// Marks a theory that reads the shared data sets; it is skipped with a clear message when the folder is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>
    /// Initializes a new instance of the <see cref="SharedDataTheoryAttribute"/> class.
    /// </summary>
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Exists)
        {
            Skip = "The shared data folder ../shared/data is missing beside the repository root.";
        }
    }
}
