namespace FalseReject.Benchmarks.Diversity;

// Reads the XSTest files from the shared data folder beside the repository root.
internal static class BenchmarkData
{
    public static List<string> ReadXsTestColumn(string fileName, string column) =>
        TabularFileReader.ReadAsync(Path.Combine(FindDataRoot(), "xstest", fileName))
            .ToBlockingEnumerable()
            .Select(row => row.GetString(column) ?? string.Empty)
            .ToList();

    private static string FindDataRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FalseReject.Core.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
                return Directory.Exists(data)
                    ? data
                    : throw new DirectoryNotFoundException($"The shared data folder '{data}' is missing; place the shared data beside the repository root.");
            }
        }

        throw new DirectoryNotFoundException($"No folder above '{AppContext.BaseDirectory}' contains FalseReject.Core.sln.");
    }
}
