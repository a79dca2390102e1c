#include "ui/coupons/claimdialogs.h"

#include "core/branches/branchservice.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/people/memberdirectory.h"
#include "core/storage/database.h"
#include "core/tiers/tierservice.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"
#include "ui/shell/workerthreads.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>

#include <atomic>
#include <optional>

namespace ui::coupons {

namespace {

constexpr qint64 secondsPerDay = 24 * 60 * 60;

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QSpinBox *daysSpin(QWidget *parent, const char *name, const QString &none)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, 3660);
    spin->setSpecialValueText(none);
    spin->setSuffix(QCoreApplication::translate("ui::coupons::IssueDialog", " days"));
    return spin;
}

} // namespace

ClaimDialog::ClaimDialog(Session &session, const core::coupons::Coupon &coupon, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_coupon(coupon)
    , m_phone(lineEdit(this, "phone"))
    , m_branch(new QComboBox(this))
    , m_channel(lineEdit(this, "channel"))
    , m_error(errorLabel(this))
{
    setWindowTitle(tr("Record a claim of %1").arg(coupon.code));
    m_branch->setObjectName(QStringLiteral("branch"));
    if (session.actor.isOwner())
        m_branch->addItem(tr("No branch: through the channel alone"), 0);
    auto branches = core::branches::BranchService(session.db).list(session.actor);
    if (branches) {
        for (const auto &b : std::as_const(*branches)) {
            if (b.active && coupon.appliesAt(b.id)
                && (session.actor.isOwner() || b.id == session.actor.branchId()))
                m_branch->addItem(branchLabel(b), b.id);
        }
    }
    if (m_branch->count() > 1)
        m_branch->setCurrentIndex(1);
    m_channel->setPlaceholderText(tr("counter, wechat, a campaign…"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Claimed at:"), m_branch);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(m_error);
    form->addRow(okCancel(this, tr("&Claim")));
}

void ClaimDialog::accept()
{
    core::coupons::ClaimRequest request;
    request.couponId = m_coupon.id;
    request.phone = m_phone->text();
    request.branchId = m_branch->currentData().toLongLong();
    request.channel = m_channel->text();
    auto claimed = core::coupons::ClaimService(m_session.db).claim(m_session.actor, request);
    if (!claimed) {
        showError(m_error, claimed.error().message(), this, claimed.error().field());
        return;
    }
    m_claim = *claimed;
    QDialog::accept();
}

IssueDialog::IssueDialog(Session &session, const core::coupons::Coupon &coupon,
    const QVector<qint64> &branchIds, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_coupon(coupon)
    , m_branchIds(branchIds)
    , m_standing(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_seenWithin(daysSpin(this, "seenWithin", tr("any time")))
    , m_notSeenFor(daysSpin(this, "notSeenFor", tr("no bound")))
    , m_balanceAbove(lineEdit(this, "balanceAbove"))
    , m_channel(lineEdit(this, "channel", QStringLiteral("issue")))
    , m_count(new QLabel(this))
    , m_error(errorLabel(this))
{
    using Standing = core::people::MemberFilter::Standing;
    setWindowTitle(tr("Issue %1 to members").arg(coupon.code));
    setMinimumWidth(420);
    m_standing->setObjectName(QStringLiteral("standing"));
    m_standing->addItem(tr("Everyone"), int(Standing::Any));
    m_standing->addItem(tr("Members"), int(Standing::Members));
    m_standing->addItem(tr("Guests"), int(Standing::Guests));
    m_tier->setObjectName(QStringLiteral("tier"));
    m_tier->addItem(tr("Any tier"), 0);
    if (auto tiers = core::tiers::TierService(session.db).list()) {
        for (const auto &t : std::as_const(*tiers))
            m_tier->addItem(t.name, t.id);
    }
    m_balanceAbove->setPlaceholderText(tr("any balance"));
    m_count->setObjectName(QStringLiteral("count"));

    QString where = tr("every branch");
    if (!branchIds.isEmpty() || !session.actor.isOwner()) {
        QStringList codes;
        auto branches = core::branches::BranchService(session.db).list(session.actor);
        if (branches) {
            for (const auto &b : std::as_const(*branches)) {
                if (branchIds.contains(b.id) || (branchIds.isEmpty() && !session.actor.isOwner()))
                    codes << b.code;
            }
        }
        where = codes.join(QStringLiteral(", "));
    }
    auto *scope = new QLabel(tr("People at home in %1 (the toolbar's branches)").arg(where), this);
    scope->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(scope);
    form->addRow(tr("Who:"), m_standing);
    form->addRow(tr("Tier:"), m_tier);
    form->addRow(tr("Visited within the last:"), m_seenWithin);
    form->addRow(tr("Not seen for at least:"), m_notSeenFor);
    form->addRow(tr("Balance above:"), m_balanceAbove);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(m_count);
    form->addRow(m_error);
    form->addRow(okCancel(this, tr("&Issue")));

    connect(m_standing, qOverload<int>(&QComboBox::currentIndexChanged), this, &IssueDialog::recount);
    connect(m_tier, qOverload<int>(&QComboBox::currentIndexChanged), this, &IssueDialog::recount);
    connect(m_seenWithin, qOverload<int>(&QSpinBox::valueChanged), this, &IssueDialog::recount);
    connect(m_notSeenFor, qOverload<int>(&QSpinBox::valueChanged), this, &IssueDialog::recount);
    connect(m_balanceAbove, &QLineEdit::editingFinished, this, &IssueDialog::recount);
    recount();
}

core::Result<core::people::MemberFilter> IssueDialog::filter() const
{
    core::people::MemberFilter f;
    f.branchIds = m_branchIds;
    f.standing = core::people::MemberFilter::Standing(m_standing->currentData().toInt());
    f.tierId = m_tier->currentData().toLongLong();
    const qint64 now = core::clock::now();
    if (m_seenWithin->value() > 0)
        f.lastVisitSince = now - m_seenWithin->value() * secondsPerDay;
    if (m_notSeenFor->value() > 0)
        f.lastVisitBefore = now - m_notSeenFor->value() * secondsPerDay;
    if (!m_balanceAbove->text().trimmed().isEmpty()) {
        auto above = core::money::parse(
            m_balanceAbove->text(), m_session.settings.decimals(), tr("the balance"));
        if (!above)
            return core::Error(core::Error::Code::InvalidInput, above.error().message(),
                QStringLiteral("balanceAbove"));
        f.balanceAbove = *above;
    }
    return f;
}

void IssueDialog::recount()
{
    m_error->hide();
    auto f = filter();
    if (!f) {
        showError(m_error, f.error().message(), this, f.error().field());
        return;
    }
    const QString region = m_session.settings.region;
    auto counted = core::people::MemberDirectory(m_session.db, region).count(m_session.actor, *f);
    if (!counted) {
        showError(m_error, counted.error().message());
        return;
    }
    const QLocale locale;
    m_count->setText(counted->exact
            ? tr("%n person(s) match.", nullptr, int(std::min<qint64>(counted->value, INT_MAX)))
            : tr("More than %1 people match.").arg(locale.toString(counted->value)));
}

void IssueDialog::accept()
{
    if (auto s = issue(); !s) {
        if (s.error().field() != QLatin1String("cancelled"))
            showError(m_error, s.error().message(), this, s.error().field());
        return;
    }
    QDialog::accept();
}

core::Status IssueDialog::issue()
{
    auto f = filter();
    if (!f)
        return f.error();
    core::coupons::IssueRequest request;
    request.couponId = m_coupon.id;
    request.people = *f;
    request.channel = m_channel->text();

    QProgressDialog progress(tr("Issuing %1…").arg(m_coupon.code), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(windowTitle());
    progress.setMinimumDuration(500);
    progress.setWindowModality(Qt::WindowModal);
    std::atomic<bool> cancelled { false };
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    std::optional<core::Result<core::coupons::IssueResult>> outcome;
    const QLocale locale;
    runOffUiThread([&, actor = m_session.actor] {
        auto db = m_session.db.openAnother();
        if (!db) {
            outcome = db.error();
            return;
        }
        outcome = core::coupons::ClaimService(**db).issue(actor, request, [&](qint64 done) {
            QMetaObject::invokeMethod(&progress, "setLabelText", Qt::QueuedConnection,
                Q_ARG(QString, tr("Issuing %1: %2 people so far…").arg(m_coupon.code,
                                   locale.toString(done))));
            return !cancelled.load();
        });
    });
    if (!*outcome)
        return outcome->error();
    m_result = **outcome;
    return {};
}

} // namespace ui::coupons
