#include "core/storage/sql.h"

#include "core/common/log.h"
#include "core/storage/database.h"

#include <QCoreApplication>

namespace core::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Error toError(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCWarning(lcStorage) << "SQL error" << error.nativeErrorCode() << detail;
    if (numeric) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Error(Error::Code::Locked,
                         Tr::tr("The database is busy or locked by another program (%1).")
                             .arg(detail));
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return Error(Error::Code::Corrupt,
                         Tr::tr("The database file is damaged (%1).").arg(detail));
        case 19: // SQLITE_CONSTRAINT
            return Error(Error::Code::Conflict,
                         Tr::tr("The change conflicts with existing data (%1).").arg(detail));
        case 13: // SQLITE_FULL
        case 10: // SQLITE_IOERR
            return Error(Error::Code::Io,
                         Tr::tr("The database file could not be written (%1).").arg(detail));
        default:
            break;
        }
    }
    return Error(Error::Code::Storage, Tr::tr("Database error: %1").arg(detail));
}

Result<QSqlQuery> prepare(Database &db, const QString &sql)
{
    QSqlQuery query(db.sql());
    if (!query.prepare(sql))
        return toError(query.lastError());
    return query;
}

Status exec(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values) {
        // Text columns are NOT NULL with '' for "none"; an absent value is an invalid QVariant.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i++, QString(QLatin1String("")));
        else
            query.bindValue(i++, v);
    }
    if (!query.exec())
        return toError(query.lastError());
    return {};
}

Status execOnce(Database &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    return exec(query.value(), values);
}

Result<QVariant> scalar(Database &db, const QString &sql, std::initializer_list<QVariant> values,
                        const QVariant &fallback)
{
    auto query = prepare(db, sql);
    if (!query)
        return query.error();
    if (auto s = exec(query.value(), values); !s)
        return s.error();
    if (query->next())
        return query->value(0);
    return fallback;
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

} // namespace core::storage
