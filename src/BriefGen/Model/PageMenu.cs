namespace BriefGen.Model;

/// <summary>Which navigation a standalone page's front matter lists it in (<c>menu: main</c> or <c>menu: footer</c>).</summary>
internal enum PageMenu
{
    /// <summary>In no menu, unless <c>briefgen.yml</c> names it.</summary>
    None,

    /// <summary>The header navigation.</summary>
    Main,

    /// <summary>The footer links.</summary>
    Footer,
}
