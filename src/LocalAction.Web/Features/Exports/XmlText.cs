using System.Text;
using System.Xml;

namespace LocalAction.Web.Features.Exports;

/// <summary>Text without the characters XML cannot carry: the forms refuse them, but one in an old record must not break a file already half sent.</summary>
public static class XmlText
{
    public static string Clean(string text)
    {
        var i = 0;
        while (i < text.Length && XmlConvert.IsXmlChar(text[i])) i++;
        if (i == text.Length) return text;
        var clean = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) clean.Append(text[i]).Append(text[++i]);
            else if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
        }
        return clean.ToString();
    }
}
