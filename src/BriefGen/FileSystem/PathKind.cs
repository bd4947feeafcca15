namespace BriefGen.FileSystem;

/// <summary>What a path names, as <c>lstat</c> sees it (a symbolic link is not followed).</summary>
internal enum PathKind
{
    Missing,
    File,
    Folder,
    Link,
    Other,
}
