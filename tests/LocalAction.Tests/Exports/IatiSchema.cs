using System.Xml;
using System.Xml.Schema;

namespace LocalAction.Tests.Exports;

/// <summary>Validates a document against the official IATI 2.03 activity schema copied into TestData/iati-2.03.</summary>
public static class IatiSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Every error and warning the schema reports, with its line; empty when the document is valid.</summary>
    public static List<string> Problems(Stream document)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(document, settings);
        while (reader.Read()) { }
        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "iati-2.03");
        // The activity schema includes iati-common.xsd and imports xml.xsd by relative location: a file resolver finds them beside it.
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, Path.Combine(folder, "iati-activities-schema.xsd"));
        set.Compile();
        return set;
    }
}
