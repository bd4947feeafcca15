namespace BriefGen.MSBuild.Tests.Infrastructure;

/// <summary>The end-to-end tests' temporary folders: kept for inspection after a failure or when asked, else deleted.</summary>
internal static class TempFolders
{
    /// <summary>Deletes <paramref name="dir"/> unless <paramref name="failed"/> or <c>BRIEFGEN_E2E_KEEP</c> is set.</summary>
    public static void DeleteUnlessKept(string dir, bool failed)
    {
        if (failed || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BRIEFGEN_E2E_KEEP")))
        {
            return;
        }

        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort (or never created): a temp folder left behind is no test failure.
        }
    }
}
