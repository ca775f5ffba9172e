namespace FalseReject.Testing;

/// <summary>
/// Provides the location of the real data sets that sit in <c>../shared/data</c> beside the repository root.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootDirectory = new(FindRoot);

    /// <summary>Gets the repository root: the folder that contains <c>FalseReject.Core.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Gets a value indicating whether the shared data folder exists.</summary>
    public static bool Exists => RootDirectory.Value is not null;

    /// <summary>Gets the shared data folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder is missing.</exception>
    public static string Root => RootDirectory.Value
        ?? throw new DirectoryNotFoundException($"The shared data folder was not found at '{Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"))}'; place the shared data beside the repository.");

    /// <summary>Returns the full path of a file under the shared data folder, such as <c>xstest/xstest_prompts.csv</c>.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string? FindRoot()
    {
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FalseReject.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above '{AppContext.BaseDirectory}' contains FalseReject.Core.sln.");
    }
}
