using System.Text.RegularExpressions;
using BriefGen.Diagnostics;
using BriefGen.Model;
using BriefGen.Rendering.Language;
using BriefGen.Rendering.Pages;
using BriefGen.Rendering.Templates;
using BriefGen.Site;
using Scriban.Runtime;

namespace BriefGen.Tests.Architecture;

/// <summary>
/// Templates see every field of a brief: the brief page's object (<see cref="ScriptModel.Full"/>) holds every leaf of
/// the whole brief, and a list card (<see cref="ScriptModel.Card"/>) every leaf of the slim brief but those cards leave
/// out on purpose. The fields are found by reflection (<see cref="ModelLeaves"/>), so a field added to the model and not
/// mapped to templates fails here, naming it.
/// </summary>
public sealed partial class TemplateModelCoverageTests
{
    /// <summary>
    /// The slim brief's fields a card leaves out on purpose (<c>ScriptModel.AddCardMembers</c>): a card carries what list
    /// pages print of a brief (title, kind, program, summary, byline, date, docs/templates.md "paginator"). The lead
    /// image, topics, licence and format are shown only on the brief's own page, which builds them from the whole brief.
    /// </summary>
    private static readonly string[] NotOnCards = [nameof(SlimBrief.Image), nameof(SlimBrief.Topics), nameof(SlimBrief.License), nameof(SlimBrief.Format)];

    /// <summary>
    /// The fields no template object carries on purpose: whether and when a brief is published decides which briefs are
    /// built at all (docs/publishing-on-a-schedule.md), and a page never shows it.
    /// </summary>
    private static readonly string[] NotInTemplates = [nameof(Brief.Draft), nameof(Brief.Embargo), nameof(Brief.Expires)];

    /// <summary>A brief with a distinct value in every leaf (made anew for each use: a type the helper cannot fill fails the test, not the class).</summary>
    private static Brief Full => ModelLeaves.Filled<Brief>();

    [Fact]
    public void Full_ExposesEveryLeafOfTheBrief()
    {
        var (model, brief, diagnostics) = Assemble(Full);

        var exposed = Exposed(model.Full(brief, diagnostics) ?? throw new InvalidOperationException("the brief could not be read again"));

        Assert.Empty(diagnostics.ToImmutable());
        ModelLeaves.AssertNone(
            from n in ModelLeaves.Nodes(Full)
            where n.Shape == ModelLeaves.NodeShape.Scalar && !NotInTemplates.Contains(ModelLeaves.TopLevel(n.Path)) && !Shows(exposed, n.Path, ModelLeaves.Shown(n.Value)!)
            select $"ScriptModel.Full does not expose {n.Path} (\"{ModelLeaves.Shown(n.Value)}\")");
    }

    [Fact]
    public void Card_ExposesEveryLeafOfTheSlimBrief_ButThoseCardsLeaveOut()
    {
        var (model, brief, _) = Assemble(Full);

        var exposed = Exposed(model.Card(brief));

        var leaves = ModelLeaves.Nodes(brief.Brief).Where(n => n.Shape == ModelLeaves.NodeShape.Scalar && !NotInTemplates.Contains(ModelLeaves.TopLevel(n.Path))).ToList();
        ModelLeaves.AssertNone([
            .. from n in leaves
               where !NotOnCards.Contains(ModelLeaves.TopLevel(n.Path)) && !Shows(exposed, n.Path, ModelLeaves.Shown(n.Value)!)
               select $"ScriptModel.Card does not expose {n.Path} (\"{ModelLeaves.Shown(n.Value)}\"): map it, or add it to {nameof(NotOnCards)} on purpose",
            .. from n in leaves
               where NotOnCards.Contains(ModelLeaves.TopLevel(n.Path)) && Shows(exposed, n.Path, ModelLeaves.Shown(n.Value)!)
               select $"ScriptModel.Card now exposes {n.Path}: take {ModelLeaves.TopLevel(n.Path)} off {nameof(NotOnCards)}",
            .. NotOnCards.Except(ModelLeaves.Properties(typeof(SlimBrief)).Select(p => p.Name)).Select(n => $"{nameof(NotOnCards)} names {n}, which is not a field of SlimBrief"),
        ]);
    }

    private static (ScriptModel Model, SiteBrief Brief, DiagnosticBag Diagnostics) Assemble(Brief brief)
    {
        var diagnostics = new DiagnosticBag();
        var includeHeld = new HoldPolicy(DateTimeOffset.UnixEpoch, HoldReasons.Draft | HoldReasons.Embargoed | HoldReasons.Expired);
        var site = SiteAssembler.Assemble(new SiteConfig(), [("seeds/full.md", brief)], diagnostics, includeHeld);
        return (new ScriptModel(site, StringsTables.English), Assert.Single(site.Briefs), diagnostics);
    }

    /// <summary>
    /// True when a leaf's value is a value of the template object; a paragraph of the body is rendered (as text or
    /// Markdown) into HTML, so for it a piece of HTML holding the text will do.
    /// </summary>
    private static bool Shows((HashSet<string> Texts, List<string> Html) exposed, string path, string value)
        => exposed.Texts.Contains(value) || (BodyParagraph().IsMatch(path) && exposed.Html.Exists(h => h.Contains(value, StringComparison.Ordinal)));

    /// <summary>Every text and every piece of rendered HTML in a template object, its lists and the objects they hold.</summary>
    private static (HashSet<string> Texts, List<string> Html) Exposed(ScriptObject root)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var html = new List<string>();
        var pending = new Stack<object?>([root]);
        while (pending.TryPop(out var value))
        {
            switch (value)
            {
                case Lazy<object?> lazy: // a LazyScriptObject's member, as the object itself stores it
                    pending.Push(lazy.Value);
                    break;
                case string text:
                    texts.Add(text);
                    break;
                case RawHtml markup:
                    html.Add(markup.Value);
                    break;
                case ScriptObject o:
                    foreach (var member in o)
                    {
                        pending.Push(member.Value);
                    }

                    break;
                case ScriptArray a:
                    foreach (var item in a)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }

        return (texts, html);
    }

    [GeneratedRegex(@"^Sections\[\d+\]\.Paragraphs\[\d+\]$")]
    private static partial Regex BodyParagraph();
}
