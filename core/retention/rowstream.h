#pragma once

#include "core/common/result.h"

#include <QSqlQuery>

#include <initializer_list>

namespace core::storage {
class Database;
}

namespace core::retention {

// Reads a query's integer columns row by row, for the millions of rows of a rollup rebuild:
// through the sqlite3 C API on the Qt driver's own handle where storage::BulkInserter finds that
// safe (the same SQLite library), else through a forward-only QSqlQuery. Qt's per-row cost
// (a QVariant per value) is several times SQLite's own there.
class RowStream
{
public:
    RowStream(storage::Database &db, const QString &sql);
    ~RowStream();
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    // Binds integers by position and runs the query.
    Status start(std::initializer_list<qint64> values = {});
    // The next row; false at the end or on an error (see status()).
    bool next();
    qint64 integer(int column) const;
    bool isNull(int column) const;
    const Status &status() const { return m_status; }

private:
    storage::Database &m_db;
    void *m_statement = nullptr; // sqlite3_stmt*, when the C API is used
    QSqlQuery m_query;
    Status m_status;
};

} // namespace core::retention
