using System.Data.Common;
using LocalAction.Web.Data;

namespace LocalAction.Tests.Data;

/// <summary>Reads a database's tables, columns (type, nullability) and indexes as sorted lines, to compare two schemas.</summary>
public static class SchemaSnapshot
{
    public static async Task<List<string>> ReadAsync(DbConnection connection, DatabaseProvider provider)
    {
        var lines = new List<string>();
        if (provider == DatabaseProvider.Sqlite)
        {
            var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '__schema_migrations'");
            foreach (var table in tables.Select(t => t[0]))
            {
                foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
                    lines.Add($"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
                foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'"))
                {
                    var cols = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                    lines.Add($"index {table}.{i[0]} unique={i[1]} ({string.Join(",", cols.Select(x => x[0]))})");
                }
                foreach (var f in await QueryAsync(connection, $"SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
                    lines.Add($"fk {table}.{f[0]} -> {f[1]}.{f[2]} on_delete={f[3]}");
            }
        }
        else
        {
            foreach (var c in await QueryAsync(connection,
                "SELECT table_name, column_name, data_type, COALESCE(character_maximum_length::text, ''), is_nullable, COALESCE(numeric_precision::text,''), COALESCE(numeric_scale::text,'') " +
                "FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__schema_migrations'"))
                lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} numeric({c[5]},{c[6]})");
            foreach (var i in await QueryAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__schema_migrations'"))
                lines.Add($"index {i[0]}.{i[1]} {i[2]}");
            foreach (var f in await QueryAsync(connection,
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '__schema_migrations'"))
                lines.Add($"constraint {f[0]}.{f[1]} {f[2]}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            rows.Add(row);
        }
        return rows;
    }
}
