using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefGen.Rendering.Markup;

/// <summary>
/// Puts each task list item's check box and its words into one <c>&lt;label&gt;</c>, so the box is named by the item's
/// text: Markdig writes a bare disabled <c>&lt;input type="checkbox"&gt;</c>, which axe reports as a form element
/// without a label. Added after Markdig's task list extension.
/// </summary>
internal sealed class TaskListLabels : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += document => Label(document);

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<TaskLabelRenderer>();
        }
    }

    /// <summary>A task item's box is the first inline of the item's first paragraph (only there does Markdig read one).</summary>
    private static void Label(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is ListItemBlock { Count: > 0 } item && item[0] is ParagraphBlock { Inline: { FirstChild: TaskList } inline })
            {
                var label = new TaskLabel();
                while (inline.FirstChild is { } child)
                {
                    child.Remove();
                    label.AppendChild(child);
                }

                inline.AppendChild(label);
            }

            if (block is ContainerBlock inner)
            {
                Label(inner);
            }
        }
    }

    /// <summary>The words of a task item with its check box.</summary>
    private sealed class TaskLabel : ContainerInline;

    private sealed class TaskLabelRenderer : HtmlObjectRenderer<TaskLabel>
    {
        protected override void Write(HtmlRenderer renderer, TaskLabel label)
        {
            renderer.Write("<label>");
            renderer.WriteChildren(label);
            renderer.Write("</label>");
        }
    }
}
