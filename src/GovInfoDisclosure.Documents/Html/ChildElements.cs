using AngleSharp.Dom;

namespace GovInfoDisclosure.Documents.Html;

/// <summary>
/// A node's child elements in order, read by index from its child nodes: what <c>IElement.Children</c> gives, without the
/// collection it makes each time it is asked (a page's walks ask it of every element).
/// </summary>
/// <param name="parent">The node.</param>
internal readonly struct ChildElements(INode parent)
{
    /// <summary>The enumerator <c>foreach</c> uses.</summary>
    /// <returns>An enumerator over the child elements.</returns>
    public Enumerator GetEnumerator() => new(parent.ChildNodes);

    /// <summary>Steps over a list of child nodes, stopping at its elements.</summary>
    /// <param name="nodes">The child nodes.</param>
    internal struct Enumerator(INodeList nodes)
    {
        private int _index = -1;
        private IElement? _current;

        /// <summary>The element the enumerator is at (after a <see cref="MoveNext"/> that returned true).</summary>
        public readonly IElement Current => _current!;

        /// <summary>Moves to the next child element.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext()
        {
            while (++_index < nodes.Length)
            {
                if (nodes[_index] is IElement element)
                {
                    _current = element;
                    return true;
                }
            }

            return false;
        }
    }
}
