namespace LocalAction.Web.Data.Migrations;

/// <summary>One forward-only schema step: <c>Data/Migrations/{Provider}/NNNN_name.sql</c>, embedded in the assembly.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql);
