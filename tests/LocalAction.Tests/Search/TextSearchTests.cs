using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;

namespace LocalAction.Tests.Search;

/// <summary>Folding and matching of search text in any script, and spreadsheet-safe CSV fields.</summary>
public sealed class TextSearchTests
{
    [Theory]
    [InlineData("Bogotá", "bogota")]
    [InlineData("ZÜRICH", "zurich")]
    [InlineData("São Leopoldo", "sao leopoldo")]
    [InlineData("Galați", "galati")]
    [InlineData("Straße", "strasse")]
    [InlineData("Nilüfer", "nilufer")]
    public void Folding_removes_case_and_accents(string text, string folded) => TextNormalizer.Fold(text).ShouldBe(folded);

    [Fact]
    public void Words_in_Arabic_and_Chinese_are_kept_and_found()
    {
        var index = new TokenIndex([
            TextNormalizer.Words("Amman Children’s Climate Academy — أكاديمية عمّان للمناخ").ToList(),
            TextNormalizer.Words("北京 migrant services").ToList(),
            TextNormalizer.Words("Bogotá nutrition centre").ToList(),
        ]);
        index.Match("عمان").ShouldBe([true, false, false]); // the shadda is a mark and folds away
        index.Match("北京").ShouldBe([false, true, false]);
        index.Match("bogota centre").ShouldBe([false, false, true]);
        index.Match("climate bogota").ShouldBe([false, false, false]);
        index.Match("  ").ShouldBeNull();
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-5", "'-5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("plain", "plain")]
    public void CSV_fields_are_quoted_and_formulas_neutralized(string value, string expected) => PledgeCsv.Field(value).ShouldBe(expected);
}
