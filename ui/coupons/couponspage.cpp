#include "ui/coupons/couponspage.h"

#include "core/branches/branchservice.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/coupons/claimservice.h"
#include "core/coupons/couponservice.h"
#include "core/storage/database.h"
#include "ui/coupons/claimdialogs.h"
#include "ui/coupons/coupondialog.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ui::coupons {

namespace {

enum CouponColumn {
    Code,
    Name,
    Offer,
    Claimed,
    Redeemed,
    Expired,
    Discount,
    Status,
    Branches,
    Terms, // last: it stretches
    CouponColumns
};

// A read-only list of the page's: no editing, no wrapping, rows as high as their text.
QTableWidget *table(QWidget *parent, const char *name, int columns)
{
    auto *t = plainTable(parent, name, columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

// Columns as wide as their contents, but none wider than a third of a small screen: long
// names and terms are elided and shown whole in the tooltip.
void fitColumns(QTableWidget *t)
{
    t->resizeColumnsToContents();
    for (int c = 0; c + 1 < t->columnCount(); ++c)
        t->setColumnWidth(c, std::min(t->columnWidth(c), 220));
}

void setRow(QTableWidget *t, int row, const QStringList &cells, qint64 id = 0,
    const QList<int> &numeric = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setData(Qt::UserRole, id);
        item->setToolTip(cells[c]);
        if (numeric.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

CouponsPage::CouponsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_showRetired(new QCheckBox(this))
    , m_coupons(table(this, "coupons", CouponColumns))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_retire(new QPushButton(this))
    , m_claim(new QPushButton(this))
    , m_issue(new QPushButton(this))
    , m_error(errorLabel(this))
    , m_detailHeading(new QLabel(this))
    , m_perBranch(table(this, "redemptionsByBranch", 3))
    , m_claims(table(this, "claims", 7))
{
    makeHeading(m_heading);
    makeHeading(m_detailHeading);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    m_new->setObjectName(QStringLiteral("newCoupon"));
    m_edit->setObjectName(QStringLiteral("editCoupon"));
    m_retire->setObjectName(QStringLiteral("retireCoupon"));
    m_claim->setObjectName(QStringLiteral("recordClaim"));
    m_issue->setObjectName(QStringLiteral("issueCoupon"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_showRetired);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_new, m_edit, m_retire })
        buttons->addWidget(b);
    buttons->addSpacing(16);
    buttons->addWidget(m_claim);
    buttons->addWidget(m_issue);
    buttons->addStretch();

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(top);
    upperLayout->addWidget(m_coupons, 1);
    upperLayout->addLayout(buttons);
    upperLayout->addWidget(m_error);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detailHeading);
    auto *details = new QHBoxLayout;
    details->addWidget(m_perBranch, 2);
    details->addWidget(m_claims, 5);
    lowerLayout->addLayout(details, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_showRetired, &QCheckBox::toggled, this, &CouponsPage::reload);
    connect(m_new, &QPushButton::clicked, this, [this] { edit(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_coupons, &QTableWidget::cellDoubleClicked, this, [this] { edit(false); });
    connect(m_retire, &QPushButton::clicked, this, &CouponsPage::retire);
    connect(m_claim, &QPushButton::clicked, this, &CouponsPage::recordClaim);
    connect(m_issue, &QPushButton::clicked, this, &CouponsPage::issue);
    connect(m_coupons, &QTableWidget::itemSelectionChanged, this, &CouponsPage::followSelection);
    retranslate();
    reload();
}

void CouponsPage::setScope(const QVector<qint64> &branchIds)
{
    m_scope = branchIds;
}

qint64 CouponsPage::currentCouponId() const
{
    const int row = m_coupons->currentRow();
    return row >= 0 && m_coupons->item(row, 0) ? m_coupons->item(row, 0)->data(Qt::UserRole).toLongLong()
                                                : 0;
}

void CouponsPage::selectCoupon(qint64 couponId)
{
    for (int row = 0; row < m_coupons->rowCount(); ++row) {
        if (m_coupons->item(row, 0)->data(Qt::UserRole).toLongLong() == couponId) {
            m_coupons->selectRow(row);
            return;
        }
    }
}

QString CouponsPage::branchNames(const core::coupons::Coupon &coupon) const
{
    if (coupon.isChainWide())
        return tr("every branch");
    QStringList codes;
    for (qint64 id : coupon.branchIds)
        codes << m_branchCodes.value(id, QString::number(id));
    return codes.join(QStringLiteral(", "));
}

QString CouponsPage::terms(const core::coupons::Coupon &coupon) const
{
    const QLocale locale;
    const QTimeZone zone = m_session.settings.timeZone();
    const auto day = [&](qint64 at) {
        return QDateTime::fromSecsSinceEpoch(at, zone).date().toString(Qt::ISODate);
    };
    QStringList parts;
    if (coupon.minSpend > 0)
        parts << tr("spend %1").arg(
            core::money::toDisplay(coupon.minSpend, locale, m_session.settings.decimals()));
    if (coupon.validFrom != 0)
        parts << tr("from %1").arg(day(coupon.validFrom));
    if (coupon.validTo != 0)
        parts << tr("until %1").arg(day(coupon.validTo - 1));
    if (coupon.validDays > 0)
        parts << tr("%n day(s) a claim", nullptr, coupon.validDays);
    if (coupon.perPersonLimit > 0)
        parts << tr("%n per person", nullptr, coupon.perPersonLimit);
    if (coupon.totalLimit)
        parts << tr("%1 in all").arg(locale.toString(*coupon.totalLimit));
    return parts.isEmpty() ? tr("no conditions") : parts.join(QStringLiteral("; "));
}

void CouponsPage::reload()
{
    m_error->hide();
    const qint64 keep = currentCouponId();
    m_branchCodes.clear();
    if (auto branches = core::branches::BranchService(m_session.db).list(m_session.actor)) {
        for (const auto &b : std::as_const(*branches))
            m_branchCodes.insert(b.id, b.code);
    }
    core::coupons::CouponService coupons(m_session.db);
    auto list = coupons.list(m_session.actor, m_showRetired->isChecked());
    if (!list)
        return showError(m_error, list.error().message());
    m_list = *list;

    const QSignalBlocker quiet(m_coupons);
    m_coupons->setRowCount(m_list.size());
    for (int row = 0; row < m_list.size(); ++row) {
        const auto &c = m_list[row];
        // The figures follow from the worker; until then they are shown as not yet known.
        const QString waiting = QStringLiteral("…");
        setRow(m_coupons, row,
            { c.code, c.name, offerText(c, m_session), waiting, waiting, waiting, waiting,
                c.active ? tr("active") : tr("retired"), branchNames(c), terms(c) },
            c.id, { Claimed, Redeemed, Expired, Discount });
    }
    fitColumns(m_coupons);
    if (keep != 0)
        selectCoupon(keep);
    if (currentCouponId() == 0 && m_coupons->rowCount() > 0)
        m_coupons->selectRow(0);
    m_figuresShown = false;
    followSelection();
    loadFigures();
}

void CouponsPage::loadFigures()
{
    m_figures.start([this, path = m_session.db.path(), actor = m_session.actor](
                        const WorkerThreads::Job &job) {
        core::storage::OpenOptions options;
        options.mode = core::storage::OpenOptions::Mode::OpenExisting;
        auto db = core::storage::Database::open(path, options);
        auto stats = db ? core::coupons::CouponService(**db).allStats(actor)
                        : core::Result<QVector<core::coupons::CouponStats>>(db.error());
        m_figures.deliver(job, [this, stats] {
            if (!stats)
                return showError(m_error, stats.error().message());
            m_stats.clear();
            for (const auto &s : std::as_const(*stats))
                m_stats.insert(s.couponId, s);
            showFigures();
        });
    });
}

void CouponsPage::showFigures()
{
    const QLocale locale;
    const int decimals = m_session.settings.decimals();
    for (int row = 0; row < m_coupons->rowCount(); ++row) {
        const auto s = m_stats.value(m_coupons->item(row, 0)->data(Qt::UserRole).toLongLong());
        const QString texts[] = { locale.toString(s.claimed), locale.toString(s.redeemed),
            locale.toString(s.expiredUnredeemed), core::money::toDisplay(s.discount, locale, decimals) };
        const int columns[] = { Claimed, Redeemed, Expired, Discount };
        for (int i = 0; i < 4; ++i)
            m_coupons->item(row, columns[i])->setText(texts[i]);
    }
    fitColumns(m_coupons);
    m_figuresShown = true;
    showDetail();
    emit figuresShown();
}

std::optional<core::coupons::Coupon> CouponsPage::current() const
{
    const qint64 id = currentCouponId();
    for (const auto &c : m_list) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

void CouponsPage::followSelection()
{
    const auto found = current();
    const bool active = found && found->active;
    const bool mayChange = found
        && (m_session.actor.isOwner()
            || (found->branchIds.size() == 1 && found->branchIds.first() == m_session.actor.branchId()));
    m_edit->setEnabled(active && mayChange);
    m_retire->setEnabled(active && mayChange);
    m_claim->setEnabled(active);
    m_issue->setEnabled(active);
    showDetail();
}

void CouponsPage::showDetail()
{
    m_perBranch->setRowCount(0);
    m_claims->setRowCount(0);
    const qint64 id = currentCouponId();
    if (id == 0) {
        m_detailHeading->setText(tr("Choose a coupon to see its redemptions and claims."));
        return;
    }
    const auto stats = m_stats.value(id);
    const QLocale locale;
    const int decimals = m_session.settings.decimals();
    m_perBranch->setRowCount(m_figuresShown ? stats.perBranch.size() : 0);
    for (int row = 0; row < stats.perBranch.size(); ++row) {
        const auto &b = stats.perBranch[row];
        setRow(m_perBranch, row,
            { b.branchCode, locale.toString(b.redemptions),
                core::money::toDisplay(b.discount, locale, decimals) },
            b.branchId, { 1, 2 });
    }
    fitColumns(m_perBranch);

    auto claims
        = core::coupons::ClaimService(m_session.db).claimsOfCoupon(m_session.actor, id, ClaimsShown);
    if (!claims)
        return showError(m_error, claims.error().message());
    const qint64 now = core::clock::now();
    const QTimeZone zone = m_session.settings.timeZone();
    const auto when = [&](qint64 at) {
        return at == 0 ? QString()
                       : QDateTime::fromSecsSinceEpoch(at, zone).toString(
                           QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    m_claims->setRowCount(claims->size());
    for (int row = 0; row < claims->size(); ++row) {
        const auto &c = claims->at(row);
        QString where = c.branchId != 0 ? m_branchCodes.value(c.branchId) : QString();
        if (!c.channel.isEmpty())
            where = where.isEmpty() ? c.channel : where + QStringLiteral(" · ") + c.channel;
        setRow(m_claims, row,
            { when(c.claimedAt), c.claimCode, c.personName, c.personPhone, where,
                core::coupons::claimStateDisplayName(c.stateAt(now)),
                c.expiresAt != 0 ? when(c.expiresAt) : tr("never") },
            c.id);
    }
    fitColumns(m_claims);
    m_detailHeading->setText(m_figuresShown && stats.claimed > claims->size()
            ? tr("%1: redemptions by branch, and the latest %2 of %3 claims")
                  .arg(stats.code, locale.toString(claims->size()), locale.toString(stats.claimed))
            : tr("%1: redemptions by branch, and its claims").arg(stats.code));
}

void CouponsPage::edit(bool create)
{
    core::coupons::Coupon coupon;
    if (!create) {
        const auto chosen = current();
        if (!chosen || !m_edit->isEnabled())
            return;
        coupon = *chosen;
    }
    CouponDialog dialog(m_session, coupon, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectCoupon(dialog.coupon().id);
}

void CouponsPage::retire()
{
    const qint64 id = currentCouponId();
    if (id == 0)
        return;
    const QString code = m_coupons->item(m_coupons->currentRow(), Code)->text();
    if (QMessageBox::question(this, tr("Retire a coupon"),
            tr("Retire coupon %1? It can no longer be claimed or redeemed; its claims and figures "
               "stay.")
                .arg(code))
        != QMessageBox::Yes)
        return;
    auto retired = core::coupons::CouponService(m_session.db).retire(m_session.actor, id);
    if (!retired)
        return showError(m_error, retired.error().message());
    reload();
}

void CouponsPage::recordClaim()
{
    const auto coupon = current();
    if (!coupon)
        return;
    ClaimDialog dialog(m_session, *coupon, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    QMessageBox::information(this, tr("Claim recorded"),
        tr("The claim code of %1 for %2 is %3.")
            .arg(coupon->code, dialog.claim().personPhone.isEmpty() ? tr("the person")
                                                                    : dialog.claim().personPhone,
                dialog.claim().claimCode));
}

void CouponsPage::issue()
{
    const auto coupon = current();
    if (!coupon)
        return;
    IssueDialog dialog(m_session, *coupon, m_scope, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const auto &r = dialog.result();
    const QLocale locale;
    QString text = tr("%1 claims of %2 issued to %3 people.")
                       .arg(locale.toString(r.issued), coupon->code, locale.toString(r.matched));
    if (r.atPersonLimit > 0)
        text += QLatin1Char(' ')
            + tr("%1 already held as many as the limit per person.")
                  .arg(locale.toString(r.atPersonLimit));
    if (r.overTotal > 0)
        text += QLatin1Char(' ')
            + tr("%1 got none: the total limit ran out.").arg(locale.toString(r.overTotal));
    QMessageBox::information(this, tr("Coupon issued"), text);
}

void CouponsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void CouponsPage::retranslate()
{
    m_heading->setText(tr("Coupon templates"));
    m_showRetired->setText(tr("Show &retired"));
    m_coupons->setHorizontalHeaderLabels({ tr("Code"), tr("Name"), tr("Gives"), tr("Claimed"),
        tr("Redeemed"), tr("Expired unused"), tr("Discount given"), tr("Status"), tr("Branches"),
        tr("Terms") });
    m_new->setText(tr("&New coupon…"));
    m_edit->setText(tr("&Edit…"));
    m_retire->setText(tr("Re&tire"));
    m_claim->setText(tr("Record a &claim…"));
    m_issue->setText(tr("&Issue to members…"));
    m_perBranch->setHorizontalHeaderLabels({ tr("Branch"), tr("Redemptions"), tr("Discount") });
    m_claims->setHorizontalHeaderLabels({ tr("Claimed"), tr("Claim code"), tr("Person"),
        tr("Phone"), tr("Where"), tr("State"), tr("Expires") });
}

} // namespace ui::coupons
