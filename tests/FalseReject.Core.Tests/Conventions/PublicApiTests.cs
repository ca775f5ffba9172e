using System.Reflection;
using System.Text;
using FalseReject.Testing;

namespace FalseReject.Tests.Conventions;

// Pins the package's public API: any change to a public type or member shows up as a diff of the approved file.
// To accept an intended change, copy FalseReject.Core.received.txt over FalseReject.Core.approved.txt.
public sealed class PublicApiTests
{
    private static readonly string ApprovedPath = Path.Combine(SharedData.RepositoryRoot, "tests", "FalseReject.Core.Tests", "Conventions", "FalseReject.Core.approved.txt");

    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        var actual = Describe(typeof(RefusalVerdict).Assembly);
        var approved = File.Exists(ApprovedPath) ? File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n") : string.Empty;

        if (actual != approved)
        {
            var received = Path.ChangeExtension(ApprovedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
            File.WriteAllText(received, actual);
            Assert.Fail($"The public API changed. Review {received} and copy it over {ApprovedPath} if the change is intended.");
        }
    }

    [Fact]
    public void PublicConcreteClasses_AreSealedOrAbstract()
    {
        var open = typeof(RefusalVerdict).Assembly.GetExportedTypes()
            .Where(type => type.IsClass && !type.IsAbstract && !type.IsSealed && !typeof(Delegate).IsAssignableFrom(type))
            .Select(type => type.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInTheFlatNamespace()
    {
        var stray = typeof(RefusalVerdict).Assembly.GetExportedTypes()
            .Where(type => type.Namespace is not ("FalseReject" or "Microsoft.Extensions.DependencyInjection"))
            .Select(type => type.FullName)
            .ToList();

        Assert.Empty(stray);
    }

    internal static string Describe(Assembly assembly)
    {
        var builder = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            builder.Append(Kind(type)).Append(' ').Append(type.FullName).Append('\n');
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(member => member is not MethodInfo { IsSpecialName: true })
                .Select(member => "  " + member.MemberType + " " + member)
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                builder.Append(member).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string Kind(Type type) => type switch
    {
        { IsInterface: true } => "interface",
        { IsEnum: true } => "enum",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        { IsAbstract: true } => "abstract class",
        _ => "class",
    };
}
