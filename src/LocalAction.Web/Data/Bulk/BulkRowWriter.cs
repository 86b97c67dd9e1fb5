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
    // Well under SQLite's 32 766 and PostgreSQL's 65 535 parameters per statement for every table written this way.
    private const int RowsPerStatement = 250;

    private readonly string _insertPrefix;
    private readonly string[] _valueRows;
    private readonly IProperty[] _properties;
    private readonly Func<T, object?>[] _getters;
    private readonly ValueConverter?[] _converters;
    private readonly List<(T Row, int ParentId)> _pending = [];
    private readonly bool _hasParent;
    private DbCommand? _fullCommand;

    private int Width => _properties.Length + (_hasParent ? 1 : 0);

    /// <param name="parentKey">The foreign-key property whose value is known only once the parent is saved, given with each row;
    /// null for rows that need none.</param>
    public BulkRowWriter(LocalActionDbContext db, string? parentKey, params string[] columns)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
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
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (!ReferenceEquals(command, _fullCommand)) await command.DisposeAsync();
            offset += count;
            Written += count;
        }
        _pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullCommand is not null) await _fullCommand.DisposeAsync();
    }

    private DbCommand CreateCommand(DbConnection connection, int rows)
    {
        var command = connection.CreateCommand();
        command.CommandText = _insertPrefix + string.Join(", ", _valueRows.Take(rows));
        for (var i = 0; i < rows * Width; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
