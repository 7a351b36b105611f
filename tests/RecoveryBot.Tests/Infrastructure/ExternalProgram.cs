namespace RecoveryBot.Tests.Infrastructure;

/// <summary>
/// Finds a program the tests need from a Debian package. A missing one fails the test with the package to
/// install (scripts/install-test-deps.sh installs them): these tests never skip.
/// </summary>
internal static class ExternalProgram
{
    public static string Find(string name, string debianPackage)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/usr/bin", "/sbin"]))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"'{name}' is not installed: run scripts/install-test-deps.sh (Debian package '{debianPackage}').");
    }
}
