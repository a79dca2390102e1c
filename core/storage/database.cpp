#include "core/storage/database.h"

#include "core/common/log.h"
#include "core/storage/migrations.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#ifdef CHAINCARD_HAVE_SQLITE_API
#include <sqlite3.h>
#endif

#include <mutex>

namespace core::storage {

namespace {

// Process-wide SQLite settings, made before SQLite starts (the first connection starts it;
// settings made after that are refused and ignored). Memory statistics off: with them on,
// every allocation inside SQLite takes a global mutex, a tenth of the time of a bulk import.
void configureSqliteOnce()
{
#ifdef CHAINCARD_HAVE_SQLITE_API
    static std::once_flag once;
    std::call_once(once, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
#endif
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("chaincard-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Reads the 100-byte SQLite header without opening the file as a database, so a file that is
// not ours is refused before SQLite could touch it (switching to WAL would rewrite the header).
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path),
                                                      file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return Error(Error::Code::NotChainCard,
                     Tr::tr("%1 is not a ChainCard database (it is not an SQLite file).")
                         .arg(QDir::toNativeSeparators(path)));
    const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
    if (appId != Database::ApplicationId)
        return Error(Error::Code::NotChainCard,
                     Tr::tr("%1 is an SQLite database of another program, not a ChainCard "
                            "database.")
                         .arg(QDir::toNativeSeparators(path)));
    return {};
}

Result<QVariant> pragma(Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    if (!q.exec(statement))
        return toError(q.lastError());
    return q.next() ? q.value(0) : QVariant();
}

// How many rows a table has and the sum of their ids: a rebuild that drops a row, or copies
// one under a new id, changes it.
QString rowsAndIds(const QString &table)
{
    return QStringLiteral("SELECT count(*) || ':' || coalesce(sum(rowid), 0) FROM %1").arg(table);
}

} // namespace

Database::Database(QString path, QString connectionName, OpenOptions options)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_options(options)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    if (path.isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("No database file was given."));
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed && options.mode == OpenOptions::Mode::OpenExisting)
        return Error(Error::Code::NotFound,
                     Tr::tr("There is no chain database at %1.").arg(QDir::toNativeSeparators(path)));
    if (existed && info.isDir())
        return Error(Error::Code::Io,
                     Tr::tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    // An empty file holds nothing to lose: creating a chain may take it over (a file dialog or
    // an earlier start that failed may have left it), but it cannot be an existing chain.
    const bool empty = existed && info.size() == 0;
    if (empty && options.mode == OpenOptions::Mode::OpenExisting)
        return Error(Error::Code::NotChainCard,
                     Tr::tr("%1 is an empty file, not a ChainCard database.")
                         .arg(QDir::toNativeSeparators(path)));
    const bool isNew = !existed || empty;
    if (!isNew) {
        if (auto s = checkHeader(path); !s)
            return s.error();
    }
    // The side files SQLite may create; if we fail to set up a new file, we remove the ones we
    // made and leave any that were there before.
    QStringList ourSideFiles;
    if (isNew) {
        for (const char *suffix : { "-wal", "-shm", "-journal" }) {
            if (!QFileInfo::exists(path + QLatin1String(suffix)))
                ourSideFiles << path + QLatin1String(suffix);
        }
    }

    configureSqliteOnce();
    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(path, name, options));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(path);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!conn.open()) {
            const Error e = toError(conn.lastError());
            return Error(e.code(), Tr::tr("Cannot open %1: %2")
                                       .arg(QDir::toNativeSeparators(path), e.message()));
        }
    }
    if (auto s = db->initialise(isNew); !s) {
        const Error e = s.error();
        if (isNew) {
            // We created the file (or took over an empty one); leave it as it was when we could
            // not finish it.
            db.reset();
            if (existed)
                QFile::resize(path, 0);
            else
                QFile::remove(path);
            for (const QString &side : std::as_const(ourSideFiles))
                QFile::remove(side);
        }
        return Error(e.code(), Tr::tr("Cannot open %1: %2")
                                   .arg(QDir::toNativeSeparators(path), e.message()));
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    OpenOptions options = m_options;
    options.mode = OpenOptions::Mode::OpenExisting;
    return open(m_path, options);
}

Status Database::initialise(bool isNew)
{
    // Reading the schema first makes SQLite parse sqlite_master: a damaged file fails here,
    // before anything is written.
    auto objects = pragma(*this, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects)
        return objects.error();
    auto version = pragma(*this, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    m_schemaVersion = version->toInt();
    const auto &steps = m_options.migrations ? *m_options.migrations : migrations();
    const int latest = steps.empty() ? 0 : steps.back().version;
    if (m_schemaVersion > latest)
        return Error(Error::Code::TooNew,
                     Tr::tr("it was written by a newer ChainCard (schema version %1; this "
                            "version understands up to %2). Update ChainCard to open it.")
                         .arg(m_schemaVersion)
                         .arg(latest));
    if (auto s = applyPragmas(isNew); !s)
        return s;
    return migrate();
}

Status Database::applyPragmas(bool isNew)
{
    if (isNew) {
        // Written while still in rollback-journal mode so the id lands in the main file's
        // header at once and the file is recognisable even if we stop right after.
        if (auto r = pragma(*this, QStringLiteral("PRAGMA application_id = %1")
                                       .arg(qint32(ApplicationId)));
            !r)
            return r.error();
    }
    const QStringList statements = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_options.busyTimeoutMs),
    };
    for (const QString &statement : statements) {
        if (auto r = pragma(*this, statement); !r)
            return r.error();
    }
    if (m_options.cacheSizeKiB > 0) {
        if (auto r = pragma(*this, QStringLiteral("PRAGMA cache_size = -%1").arg(m_options.cacheSizeKiB));
            !r)
            return r.error();
    }

    // Verify: a driver or file system that silently ignores one of these must not be trusted
    // with money.
    struct Expect
    {
        const char *pragma;
        QString value;
    };
    const Expect expected[] = {
        { "foreign_keys", QStringLiteral("1") },
        { "journal_mode", QStringLiteral("wal") },
        { "synchronous", QStringLiteral("2") },
        { "application_id", QString::number(qint32(ApplicationId)) },
        { "busy_timeout", QString::number(m_options.busyTimeoutMs) },
    };
    for (const Expect &e : expected) {
        auto r = pragma(*this, QStringLiteral("PRAGMA %1").arg(QLatin1String(e.pragma)));
        if (!r)
            return r.error();
        if (r->toString().toLower() != e.value)
            return Error(Error::Code::Storage,
                         Tr::tr("the setting %1 could not be put into effect (it is %2, "
                                "expected %3).")
                             .arg(QLatin1String(e.pragma), r->toString(), e.value));
    }
    return {};
}

// After a migration step rebuilt `table`: every row is still there under its id (the ids other
// tables refer to) and the table's own references hold.
Status Database::checkRebuilt(const QString &table, const QString &rowsBefore)
{
    auto rows = pragma(*this, rowsAndIds(table));
    if (!rows)
        return rows.error();
    if (rows->toString() != rowsBefore)
        return Error(Error::Code::Corrupt,
                     Tr::tr("rebuilding the table %1 would lose rows or change their ids.").arg(table));
    QSqlQuery check(sql());
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table)))
        return toError(check.lastError());
    if (check.next())
        return Error(Error::Code::Corrupt, Tr::tr("a row of %1 refers to a row of %2 that does not exist.")
                                               .arg(check.value(0).toString(), check.value(2).toString()));
    return {};
}

Status Database::migrate()
{
    const auto &steps = m_options.migrations ? *m_options.migrations : migrations();
    const int target = m_options.targetVersion >= 0 ? m_options.targetVersion
                                                    : (steps.empty() ? 0 : steps.back().version);
    if (m_schemaVersion >= target) {
        // Nothing to migrate; still make sure we could write, so a file another program holds
        // is refused now with a clear message rather than at the first payment.
        WriteTransaction probe(*this);
        if (!probe.ok())
            return probe.error();
        probe.rollback();
        return {};
    }
    for (const Migration &step : steps) {
        if (step.version <= m_schemaVersion || step.version > target)
            continue;
        const auto failed = [&step](const Error &e) {
            return Error(e.code(), Tr::tr("upgrading the schema to version %1 failed, "
                                          "nothing was changed: %2")
                                       .arg(step.version)
                                       .arg(e.message()));
        };
        // Set outside the transaction (foreign_keys cannot change inside one), put back on
        // every way out.
        struct RebuildPragmas
        {
            Database *db = nullptr;
            ~RebuildPragmas()
            {
                if (!db)
                    return;
                (void)pragma(*db, QStringLiteral("PRAGMA legacy_alter_table = OFF"));
                (void)pragma(*db, QStringLiteral("PRAGMA foreign_keys = ON"));
            }
        } rebuildPragmas;
        if (!step.rebuilds.isEmpty()) {
            rebuildPragmas.db = this;
            for (const char *statement : { "PRAGMA foreign_keys = OFF", "PRAGMA legacy_alter_table = ON" }) {
                if (auto r = pragma(*this, QLatin1String(statement)); !r)
                    return failed(r.error());
            }
        }
        WriteTransaction tx(*this);
        if (!tx.ok())
            return tx.error();
        QString rowsBefore;
        if (!step.rebuilds.isEmpty()) {
            auto rows = pragma(*this, rowsAndIds(step.rebuilds));
            if (!rows)
                return failed(rows.error());
            rowsBefore = rows->toString();
        }
        for (const QString &statement : step.statements) {
            QSqlQuery q(sql());
            if (!q.exec(statement)) {
                qCCritical(lcStorage) << "migration" << step.version << "failed:" << statement;
                return failed(toError(q.lastError()));
            }
        }
        if (!step.rebuilds.isEmpty()) {
            if (auto s = checkRebuilt(step.rebuilds, rowsBefore); !s)
                return failed(s.error());
        }
        if (auto r = pragma(*this, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
            return r.error();
        if (auto s = tx.commit(); !s)
            return s;
        qCInfo(lcStorage) << "schema migrated to version" << step.version;
        m_schemaVersion = step.version;
    }
    return {};
}

} // namespace core::storage
