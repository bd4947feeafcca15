namespace BriefGen.Model;

/// <summary>The licence a brief is published under.</summary>
/// <param name="Id">The SPDX identifier, e.g. <c>CC-BY-NC-ND-4.0</c>.</param>
/// <param name="Label">The short label as printed, e.g. <c>CC BY-NC-ND 4.0</c>.</param>
/// <param name="Name">The full name, e.g. <c>Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International</c>.</param>
/// <param name="Url">The canonical deed URL, e.g. <c>https://creativecommons.org/licenses/by-nc-nd/4.0/</c>.</param>
public sealed record License(string Id, string Label, string Name, string Url);
