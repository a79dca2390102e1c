#include "core/chain/chainsettings.h"

#include "core/audit/auditlog.h"
#include "core/auth/actor.h"
#include "core/auth/userservice.h"
#include "core/common/money.h"
#include "core/people/phonenormalizer.h"
#include "core/storage/database.h"
#include "core/storage/sql.h"
#include "core/storage/writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QRegularExpression>

namespace core::chain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Chain)
};

Status put(storage::Database &db, const QString &key, const QString &value)
{
    return storage::execOnce(db,
                             QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                            " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                             { key, value });
}

Status putAll(storage::Database &db, const ChainSettings &s)
{
    const std::pair<const char *, QString> values[] = {
        { "chain_name", s.name },
        { "currency", s.currency },
        { "phone_region", s.region.toUpper() }, // validate() accepts "cn"; store "CN"
        { "timezone", s.timezone },
        { "review_days", QString::number(s.reviewDays) },
        { "wallet_bonus_rules", wallet::WalletRules::rulesToText(s.wallet.bonusRules) },
        { "wallet_spend_order", wallet::WalletRules::orderName(s.wallet.spendOrder) },
        { "wallet_topup_refund_bonus", wallet::WalletRules::refundBonusName(s.wallet.topUpRefundBonus) },
    };
    for (const auto &[key, value] : values) {
        if (auto st = put(db, QLatin1String(key), value); !st)
            return st;
    }
    return {};
}

QJsonObject toJson(const ChainSettings &s)
{
    return { { QStringLiteral("name"), s.name },
             { QStringLiteral("currency"), s.currency },
             { QStringLiteral("region"), s.region },
             { QStringLiteral("timezone"), s.timezone },
             { QStringLiteral("review_days"), s.reviewDays },
             { QStringLiteral("wallet_bonus_rules"), wallet::WalletRules::rulesToText(s.wallet.bonusRules) },
             { QStringLiteral("wallet_spend_order"), wallet::WalletRules::orderName(s.wallet.spendOrder) },
             { QStringLiteral("wallet_topup_refund_bonus"),
               wallet::WalletRules::refundBonusName(s.wallet.topUpRefundBonus) } };
}

// The ISO 4217 codes of the currencies some locale uses: every currency a chain may keep its
// books in, without codes such as XYZ that only look like one.
bool isCurrencyInUse(const QString &code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> out;
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                      QLocale::AnyTerritory);
        for (const QLocale &locale : locales)
            out.insert(locale.currencySymbol(QLocale::CurrencyIsoCode));
        return out;
    }();
    return codes.contains(code);
}

} // namespace

int ChainSettings::decimals() const
{
    return money::decimalsFor(currency);
}

QTimeZone ChainSettings::timeZone() const
{
    return QTimeZone(timezone.toUtf8());
}

Status ChainSettings::validate() const
{
    const auto bad = [](const QString &field, const QString &why) {
        return Status(Error(Error::Code::InvalidInput, why, field));
    };
    if (name.trimmed().isEmpty())
        return bad(QStringLiteral("chain-name"), Tr::tr("The chain needs a name."));
    static const QRegularExpression currencyCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyCode.match(currency).hasMatch() || !isCurrencyInUse(currency))
        return bad(QStringLiteral("currency"),
                   Tr::tr("Currency \"%1\" is not a three-letter ISO 4217 code such as CNY.")
                       .arg(currency));
    if (!people::PhoneNormalizer::isKnownRegion(region))
        return bad(QStringLiteral("region"),
                   Tr::tr("Phone region \"%1\" is not a two-letter country code such as CN.")
                       .arg(region));
    if (!QTimeZone::isTimeZoneIdAvailable(timezone.toUtf8()))
        return bad(QStringLiteral("timezone"),
                   Tr::tr("Time zone \"%1\" is not known; use an IANA name such as "
                          "Asia/Shanghai.")
                       .arg(timezone));
    if (reviewDays < 1 || reviewDays > 365)
        return bad(QStringLiteral("review-days"),
                   Tr::tr("Reviews must be allowed for 1 to 365 days after a visit."));
    if (auto s = wallet.validate(); !s)
        return s;
    return {};
}

bool ChainStore::isInitialised(storage::Database &db)
{
    auto v = storage::scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'chain_name'"));
    return v && v->toInt() > 0;
}

Result<ChainSettings> ChainStore::load(storage::Database &db)
{
    auto q = storage::prepare(db, QStringLiteral("SELECT key, value FROM settings"));
    if (!q)
        return q.error();
    if (auto s = storage::exec(*q); !s)
        return s.error();
    ChainSettings out;
    bool named = false;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == QLatin1String("chain_name")) {
            out.name = value;
            named = true;
        } else if (key == QLatin1String("currency")) {
            out.currency = value;
        } else if (key == QLatin1String("phone_region")) {
            out.region = value;
        } else if (key == QLatin1String("timezone")) {
            out.timezone = value;
        } else if (key == QLatin1String("review_days")) {
            out.reviewDays = value.toInt();
        } else if (key == QLatin1String("wallet_bonus_rules")) {
            auto rules = wallet::WalletRules::rulesFromText(value);
            if (!rules)
                return rules.error();
            out.wallet.bonusRules = *rules;
        } else if (key == QLatin1String("wallet_spend_order")) {
            auto order = wallet::WalletRules::orderFromName(value);
            if (!order)
                return Error(Error::Code::InvalidInput,
                             Tr::tr("The stored spending order \"%1\" is not one ChainCard knows.")
                                 .arg(value),
                             QStringLiteral("spend-order"));
            out.wallet.spendOrder = *order;
        } else if (key == QLatin1String("wallet_topup_refund_bonus")) {
            auto rule = wallet::WalletRules::refundBonusFromName(value);
            if (!rule)
                return Error(Error::Code::InvalidInput,
                             Tr::tr("The stored top-up refund rule \"%1\" is not one ChainCard "
                                    "knows.")
                                 .arg(value),
                             QStringLiteral("topup-refund-bonus"));
            out.wallet.topUpRefundBonus = *rule;
        }
    }
    if (!named)
        return Error(Error::Code::NotFound,
                     Tr::tr("This database holds no chain yet; run init first."));
    return out;
}

Status ChainStore::initialise(storage::Database &db, const ChainSettings &settings,
                              const QString &ownerName, const QString &ownerPassword)
{
    if (auto s = settings.validate(); !s)
        return s;
    storage::WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    if (isInitialised(db))
        return Error(Error::Code::Conflict,
                     Tr::tr("This database already holds the chain \"%1\".")
                         .arg(load(db).ok() ? load(db)->name : QString()));
    if (auto s = putAll(db, settings); !s)
        return s;
    const auth::Actor system = auth::Actor::localOwner();
    auto owner = auth::UserService(db).createOwner(ownerName, ownerPassword);
    if (!owner)
        return owner.error();
    if (auto s = audit::AuditLog::record(db, system, QStringLiteral("chain.create"),
                                         QStringLiteral("chain"), 0, 0, {}, toJson(settings));
        !s)
        return s;
    return tx.commit();
}

Result<std::unique_ptr<storage::Database>> ChainStore::create(const QString &path,
    const ChainSettings &settings, const QString &ownerName, const QString &ownerPassword)
{
    if (auto s = settings.validate(); !s)
        return s.error();
    const bool existed = QFileInfo::exists(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = storage::Database::open(path);
    if (!db)
        return db.error();
    if (auto s = initialise(**db, settings, ownerName, ownerPassword); !s) {
        // A file this call created holds no chain, so it goes again.
        if (!existed) {
            db->reset();
            for (const char *suffix : { "", "-wal", "-shm", "-journal" })
                QFile::remove(path + QLatin1String(suffix));
        }
        return s.error();
    }
    return db;
}

Status ChainStore::update(storage::Database &db, const auth::Actor &actor,
                          const ChainSettings &settings)
{
    auto stored = modify(db, actor, [&settings](ChainSettings &s) { s = settings; });
    return stored ? Status() : Status(stored.error());
}

Result<ChainSettings> ChainStore::modify(storage::Database &db, const auth::Actor &actor,
                                         const std::function<void(ChainSettings &)> &change)
{
    if (auto s = actor.requireOwner(Tr::tr("change the chain's settings")); !s)
        return s.error();
    storage::WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    auto before = load(db);
    if (!before)
        return before.error();
    ChainSettings after = *before;
    change(after);
    if (auto s = after.validate(); !s)
        return s.error();
    if (auto s = putAll(db, after); !s)
        return s.error();
    if (auto s = audit::AuditLog::record(db, actor, QStringLiteral("chain.update"),
                                         QStringLiteral("chain"), 0, 0, toJson(*before),
                                         toJson(after));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return after;
}

} // namespace core::chain
