namespace BriefGen.Cli.Checking;

/// <summary>The image URLs of a <c>srcset</c> attribute, split as the HTML standard's candidate parser splits them.</summary>
internal static class SrcSet
{
    /// <summary>Each candidate's URL: a run of non-space characters, trailing commas trimmed; its descriptors (<c>2x</c>, <c>640w</c>) skipped.</summary>
    public static IEnumerable<string> Urls(string srcset)
    {
        var i = 0;
        while (true)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }

            if (i >= srcset.Length)
            {
                yield break;
            }

            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
            {
                i++;
            }

            var url = srcset[start..i];
            var endsCandidate = url.EndsWith(',');
            yield return url.TrimEnd(',');
            if (!endsCandidate)
            {
                SkipDescriptors(srcset, ref i);
            }
        }
    }

    /// <summary>Moves past the descriptors up to the comma that ends the candidate (a comma inside parentheses does not).</summary>
    private static void SkipDescriptors(string srcset, ref int i)
    {
        var depth = 0;
        for (; i < srcset.Length; i++)
        {
            var c = srcset[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                i++;
                return;
            }
        }
    }
}
