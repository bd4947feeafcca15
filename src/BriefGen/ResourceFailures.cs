using BriefGen.Diagnostics;
using BriefGen.FileSystem;
using BriefGen.Site;

namespace BriefGen;

/// <summary>
/// Turns what the file system refused during a build — a full disk, a permission, too many open files — into
/// located diagnostics: one per cause (a full disk fails every worker at once), each naming the path and the
/// operating system's words.
/// </summary>
internal static class ResourceFailures
{
    /// <summary>Whether <paramref name="e"/> (or every exception inside it, for parallel work) is a file-system error.</summary>
    public static bool AllFromFileSystem(Exception e) => Flatten(e).All(FileSystemFailure.IsFileSystemError);

    /// <summary>Reports the failures in <paramref name="e"/>, paths shown relative to <paramref name="siteDir"/> where inside it.</summary>
    public static void Report(Exception e, string siteDir, DiagnosticBag bag)
    {
        foreach (var failure in Flatten(e).Select(inner => FileSystemFailure.From(inner, null, fallback: siteDir)).DistinctBy(f => f.Cause))
        {
            var descriptor = failure.Cause switch
            {
                FailureCause.DiskFull => Descriptors.DiskFull,
                FailureCause.Denied => Descriptors.AccessDenied,
                FailureCause.TooManyOpenFiles => Descriptors.TooManyOpenFiles,
                _ => Descriptors.WriteFailed,
            };
            var display = SiteConfigResolver.Display(siteDir, failure.FailedPath);
            bag.Report(descriptor, display, 0, 0, display, failure.Words);
        }
    }

    private static IEnumerable<Exception> Flatten(Exception e)
        => e is AggregateException many ? many.Flatten().InnerExceptions : [e];
}
