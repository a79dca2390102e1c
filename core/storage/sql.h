#pragma once

#include "core/common/result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace core::storage {

class Database;

// Maps a Qt SQL error to a core Error (busy -> Locked, corrupt -> Corrupt, constraint ->
// Conflict, anything else -> Storage), keeping the driver's text for the log.
Error toError(const QSqlError &error);

// Prepares `sql` on the database's connection; a failure to prepare is a programming error and
// is reported as a Storage error.
Result<QSqlQuery> prepare(Database &db, const QString &sql);

// Binds positional values and executes. A null QString binds as '' (text columns are NOT
// NULL); pass an invalid QVariant() for SQL NULL.
Status exec(QSqlQuery &query, std::initializer_list<QVariant> values = {});

// Runs a statement once with positional values.
Status execOnce(Database &db, const QString &sql, std::initializer_list<QVariant> values = {});

// Runs a query expected to return one row and one column; `fallback` when there is no row.
Result<QVariant> scalar(Database &db, const QString &sql,
                        std::initializer_list<QVariant> values = {}, const QVariant &fallback = {});

// A NULL for optional ids and texts.
QVariant nullIfZero(qint64 id);

} // namespace core::storage
