using FalseReject.Testing;

namespace FalseReject.Tests.Metrics.Diversity;

// Reads one column of an XSTest CSV file from the shared data, optionally only the rows where another column
// has a given value.
internal static class XsTestData
{
    public static List<string> ReadColumn(string relativePath, string column, string? filterColumn = null, string? filterValue = null) =>
        TabularFileReader.ReadAsync(SharedData.PathOf(relativePath))
            .ToBlockingEnumerable()
            .Where(row => filterColumn is null || row.GetString(filterColumn) == filterValue)
            .Select(row => row.GetString(column) ?? string.Empty)
            .ToList();
}
