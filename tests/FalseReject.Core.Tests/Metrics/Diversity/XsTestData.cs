using CsvHelper;
using FalseReject.Testing;

namespace FalseReject.Tests.Metrics.Diversity;

// Reads one column of an XSTest CSV file from the shared data, optionally only the rows where another column
// has a given value.
internal static class XsTestData
{
    public static List<string> ReadColumn(string relativePath, string column, string? filterColumn = null, string? filterValue = null)
    {
        using var csv = CsvReader.FromFile(SharedData.PathOf(relativePath));
        var columnIndex = csv.GetFieldIndex(column);
        var filterIndex = filterColumn is null ? -1 : csv.GetFieldIndex(filterColumn);
        var values = new List<string>();
        while (csv.Read())
        {
            if (filterIndex < 0 || csv.GetString(filterIndex) == filterValue)
            {
                values.Add(csv.GetString(columnIndex));
            }
        }

        return values;
    }
}
