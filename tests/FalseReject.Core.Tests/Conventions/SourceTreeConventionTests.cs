using System.Text.RegularExpressions;
using FalseReject.Testing;

namespace FalseReject.Tests.Conventions;

// Scans the library's source tree for the habits the code relies on, so that a slip fails a test, not a review.
public sealed partial class SourceTreeConventionTests
{
    private static readonly string SourceRoot = Path.Combine(SharedData.RepositoryRoot, "src", "FalseReject.Core");

    [Fact]
    public void PublicTypes_HaveAFileNamedAfterThem()
    {
        var files = Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.Ordinal);

        var missing = typeof(RefusalVerdict).Assembly.GetExportedTypes()
            .Where(type => !type.IsNested)
            .Select(type => type.Name.Split('`')[0])
            .Where(name => !files.Contains(name))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Library_UsesInjectedClockAndAsyncWaits()
    {
        var offenders = SourceFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(entry => BannedRegex().IsMatch(entry.line))
            .Select(entry => $"{Path.GetRelativePath(SourceRoot, entry.file)}:{entry.index + 1}: {entry.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Library_HasNoTodoMarkers()
    {
        var offenders = SourceFiles()
            .Where(file => File.ReadAllText(file).Contains("TODO", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(SourceRoot, file))
            .ToList();

        Assert.Empty(offenders);
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    // Wall-clock reads bypass TimeProvider, unseeded Random defeats reproducibility, and blocking waits deadlock hosts.
    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow)\b|new Random\(\)|\.Wait\(\)|\.GetAwaiter\(\)\.GetResult\(\)|\.Result\b(?!\s*=)")]
    private static partial Regex BannedRegex();
}
