using System.Data.Common;
using LocalAction.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LocalAction.Web.Data.Bulk;

/// <summary>
/// Writes rows of one entity type with multi-row INSERT statements. EF Core's SQLite provider sends one statement per
/// row, which costs ~45 µs a row; the link rows of 100 000 pledges (beneficiaries, priorities, SDGs, ...) are over two
/// million, so the synthetic verb and the pledge import write them this way. Table and column names, quoting and value
/// conversions (enums stored by name) come from the EF model, so the rows are exactly what EF would have written.
/// </summary>
public sealed class BulkRowWriter<T> : IAsyncDisposable where T : class
{
    /// <summary>
    /// Rows per INSERT. PostgreSQL binds parameters by position, so a statement of 250 rows (well under its 65 535 parameters)
    /// saves round trips. SQLite looks each named parameter up by a scan of the statement's names, which makes a statement of
    /// thousands of parameters quadratic; a hundred parameters a statement, prepared once and run again, is fastest there.
    /// </summary>
    private readonly int RowsPerStatement;

    private readonly string _insertPrefix;
    private readonly string[] _valueRows;
    private readonly IProperty[] _properties;
    private readonly Func<T, object?>[] _getters;
    private readonly ValueConverter?[] _converters;
    private readonly List<(T Row, int ParentId)> _pending = [];
    private readonly bool _hasParent;
    private Func<T, object?>? _key;
    private System.Reflection.PropertyInfo? _id;
    private string _returning = "";
    private DbCommand? _fullCommand;

    private int Width => _properties.Length + (_hasParent ? 1 : 0);

    /// <param name="parentKey">The foreign-key property whose value is known only once the parent is saved, given with each row;
    /// null for rows that need none.</param>
    public BulkRowWriter(LocalActionDbContext db, string? parentKey, params string[] columns)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        // About a hundred parameters a statement on SQLite: 33 rows of a link table, 3 of a pledge.
        RowsPerStatement = db.Database.IsSqlite() ? Math.Max(1, 100 / (columns.Length + (parentKey is null ? 0 : 1))) : 250;
        _properties = columns.Select(c => entity.FindProperty(c) ?? throw new InvalidOperationException($"{typeof(T).Name}.{c} is not mapped.")).ToArray();
        _getters = _properties.Select(p => p.GetGetter()).Select(g => (Func<T, object?>)(row => g.GetClrValue(row))).ToArray();
        _converters = _properties.Select(p => p.GetTypeMapping().Converter).ToArray();
        _hasParent = parentKey is not null;
        IProperty[] parent = parentKey is null ? [] : [entity.FindProperty(parentKey) ?? throw new InvalidOperationException($"{typeof(T).Name}.{parentKey} is not mapped.")];
        var names = parent.Concat(_properties).Select(p => p.GetColumnName(table)!).Select(sql.DelimitIdentifier);
        _insertPrefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) VALUES ";
        var width = Width;
        _valueRows = Enumerable.Range(0, RowsPerStatement)
            .Select(r => "(" + string.Join(", ", Enumerable.Range(0, width).Select(c => $"@p{r * width + c}")) + ")")
            .ToArray();
    }

    /// <summary>
    /// A writer of whole rows (every column but the generated key) that sets each new row's id: the database returns it with
    /// <paramref name="uniqueKey"/> (RETURNING, in SQLite and PostgreSQL alike), so rows others point at can be written this way too.
    /// </summary>
    public static BulkRowWriter<T> SettingIds(LocalActionDbContext db, string uniqueKey)
    {
        var writer = new BulkRowWriter<T>(db, null, AllColumns(db));
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entity.FindProperty(uniqueKey) ?? throw new InvalidOperationException($"{typeof(T).Name}.{uniqueKey} is not mapped.");
        var id = entity.FindPrimaryKey()!.Properties.Single();
        var keyGetter = key.GetGetter();
        writer._key = row => keyGetter.GetClrValue(row);
        writer._id = id.PropertyInfo;
        writer._returning = $" RETURNING {sql.DelimitIdentifier(id.GetColumnName(table)!)}, {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
        return writer;
    }

    /// <summary>Every mapped column of the entity but its generated key, for writing whole rows.</summary>
    public static string[] AllColumns(LocalActionDbContext db) =>
        [.. db.Model.FindEntityType(typeof(T))!.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.Name)];

    public int Written { get; private set; }

    public void Add(T row, int parentId) => _pending.Add((row, parentId));

    public void Add(T row) => _pending.Add((row, 0));

    public int Pending => _pending.Count;

    /// <summary>Writes the pending rows in the given transaction; full statements reuse one prepared command.</summary>
    public async Task FlushAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var offset = 0;
        while (offset < _pending.Count)
        {
            var count = Math.Min(RowsPerStatement, _pending.Count - offset);
            DbCommand command;
            if (count == RowsPerStatement)
            {
                _fullCommand ??= CreateCommand(connection, RowsPerStatement);
                command = _fullCommand;
            }
            else
            {
                command = CreateCommand(connection, count);
            }
            command.Transaction = transaction;
            var p = 0;
            for (var r = offset; r < offset + count; r++)
            {
                var (row, parentId) = _pending[r];
                if (_hasParent) command.Parameters[p++].Value = parentId;
                for (var c = 0; c < _properties.Length; c++)
                {
                    var value = _getters[c](row);
                    var converter = _converters[c];
                    command.Parameters[p++].Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
                }
            }
            if (_key is null) await command.ExecuteNonQueryAsync(cancellationToken);
            else await ReadIdsAsync(command, offset, count, cancellationToken);
            if (!ReferenceEquals(command, _fullCommand)) await command.DisposeAsync();
            offset += count;
            Written += count;
        }
        _pending.Clear();
    }

    /// <summary>Sets each row's new id, matched by its unique key: RETURNING promises no order.</summary>
    private async Task ReadIdsAsync(DbCommand command, int offset, int count, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<object, T>(count);
        for (var r = offset; r < offset + count; r++) rows.Add(_key!(_pending[r].Row)!, _pending[r].Row);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) _id!.SetValue(rows[reader.GetValue(1)], Convert.ChangeType(reader.GetValue(0), _id.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullCommand is not null) await _fullCommand.DisposeAsync();
    }

    private DbCommand CreateCommand(DbConnection connection, int rows)
    {
        var command = connection.CreateCommand();
        command.CommandText = _insertPrefix + string.Join(", ", _valueRows.Take(rows)) + _returning;
        for (var i = 0; i < rows * Width; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
