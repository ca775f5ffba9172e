using Xunit;

namespace FalseReject.Testing;

/// <summary>
/// Marks a test that reads the shared data sets; it is skipped with a clear message when the folder is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>
    /// Initializes a new instance of the <see cref="SharedDataFactAttribute"/> class.
    /// </summary>
    public SharedDataFactAttribute()
    {
        if (!SharedData.Exists)
        {
            Skip = "The shared data folder ../shared/data is missing beside the repository root.";
        }
    }
}
