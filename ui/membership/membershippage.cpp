#include "ui/membership/membershippage.h"

#include "core/chain/chainsettings.h"
#include "core/common/money.h"
#include "core/tiers/tierservice.h"
#include "ui/membership/tierdialog.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui::membership {

namespace {

using core::wallet::SpendOrder;
using core::wallet::TopUpRefundBonus;

} // namespace

MembershipPage::MembershipPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tiersHeading(new QLabel(this))
    , m_tiers(plainTable(this, "tiers", 4))
    , m_newTier(new QPushButton(this))
    , m_editTier(new QPushButton(this))
    , m_removeTier(new QPushButton(this))
    , m_tierError(errorLabel(this))
    , m_rulesHeading(new QLabel(this))
    , m_bonus(plainTable(this, "bonusRules", 2))
    , m_addBonus(new QPushButton(this))
    , m_removeBonus(new QPushButton(this))
    , m_orderLabel(new QLabel(this))
    , m_order(new QComboBox(this))
    , m_refundLabel(new QLabel(this))
    , m_refund(new QComboBox(this))
    , m_rulesError(errorLabel(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    makeHeading(m_tiersHeading);
    makeHeading(m_rulesHeading);
    m_tiers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tierError->setObjectName(QStringLiteral("tierError"));
    m_rulesError->setObjectName(QStringLiteral("rulesError"));
    m_newTier->setObjectName(QStringLiteral("newTier"));
    m_editTier->setObjectName(QStringLiteral("editTier"));
    m_removeTier->setObjectName(QStringLiteral("removeTier"));
    m_addBonus->setObjectName(QStringLiteral("addBonusRule"));
    m_removeBonus->setObjectName(QStringLiteral("removeBonusRule"));
    m_order->setObjectName(QStringLiteral("spendOrder"));
    m_refund->setObjectName(QStringLiteral("refundBonus"));
    m_save->setObjectName(QStringLiteral("saveRules"));
    m_revert->setObjectName(QStringLiteral("revertRules"));
    for (SpendOrder order :
        { SpendOrder::BonusFirst, SpendOrder::PrincipalFirst, SpendOrder::Proportional })
        m_order->addItem(QString(), int(order));
    m_refund->addItem(QString(), int(TopUpRefundBonus::Forfeit));
    m_refund->addItem(QString(), int(TopUpRefundBonus::Keep));

    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_newTier);
    tierButtons->addWidget(m_editTier);
    tierButtons->addWidget(m_removeTier);
    tierButtons->addStretch();
    auto *bonusButtons = new QHBoxLayout;
    bonusButtons->addWidget(m_addBonus);
    bonusButtons->addWidget(m_removeBonus);
    bonusButtons->addStretch();
    auto *rulesForm = new QFormLayout;
    rulesForm->addRow(m_orderLabel, m_order);
    rulesForm->addRow(m_refundLabel, m_refund);
    auto *saveButtons = new QHBoxLayout;
    saveButtons->addStretch();
    saveButtons->addWidget(m_revert);
    saveButtons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tiersHeading);
    layout->addWidget(m_tiers, 1);
    layout->addLayout(tierButtons);
    layout->addWidget(m_tierError);
    layout->addSpacing(12);
    layout->addWidget(m_rulesHeading);
    layout->addWidget(m_bonus, 1);
    layout->addLayout(bonusButtons);
    layout->addLayout(rulesForm);
    layout->addWidget(m_rulesError);
    layout->addLayout(saveButtons);

    connect(m_newTier, &QPushButton::clicked, this, [this] { editTier(true); });
    connect(m_editTier, &QPushButton::clicked, this, [this] { editTier(false); });
    connect(m_tiers, &QTableWidget::cellDoubleClicked, this, [this] { editTier(false); });
    connect(m_removeTier, &QPushButton::clicked, this, &MembershipPage::removeTier);
    connect(m_addBonus, &QPushButton::clicked, this, [this] {
        const int row = m_bonus->rowCount();
        m_bonus->insertRow(row);
        m_bonus->setItem(row, 0, new QTableWidgetItem);
        m_bonus->setItem(row, 1, new QTableWidgetItem);
        m_bonus->setCurrentCell(row, 0);
        m_bonus->editItem(m_bonus->item(row, 0));
    });
    connect(m_removeBonus, &QPushButton::clicked, this, [this] {
        if (m_bonus->currentRow() >= 0)
            m_bonus->removeRow(m_bonus->currentRow());
    });
    connect(m_save, &QPushButton::clicked, this, &MembershipPage::saveRules);
    connect(m_revert, &QPushButton::clicked, this, &MembershipPage::revertRules);
    retranslate();
    reload();
}

void MembershipPage::reload()
{
    m_tierError->hide();
    auto tiers = core::tiers::TierService(m_session.db).list();
    if (!tiers) {
        showError(m_tierError, tiers.error().message());
        return;
    }
    const int decimals = m_session.settings.decimals();
    const QLocale locale;
    m_tiers->setRowCount(0);
    for (const auto &t : std::as_const(*tiers)) {
        const int row = m_tiers->rowCount();
        m_tiers->insertRow(row);
        QString rule = ruleDisplayName(t.rule) + QLatin1Char(' ')
            + core::money::toDisplay(t.threshold, locale, decimals);
        if (t.rule == core::tiers::Rule::SpendWindow)
            rule = tr("%1 in %n day(s)", nullptr, t.windowDays).arg(rule);
        const QString cells[] = { QString::number(t.rank), t.name, rule,
            t.discountBp > 0 ? tr("%1% off").arg(percentText(t.discountBp)) : tr("none") };
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, t.id);
            m_tiers->setItem(row, c, item);
        }
    }
    m_tiers->resizeColumnsToContents();
    revertRules();
}

void MembershipPage::editTier(bool create)
{
    core::tiers::Tier tier;
    if (!create) {
        const int row = m_tiers->currentRow();
        if (row < 0)
            return;
        auto found = core::tiers::TierService(m_session.db)
                         .find(m_tiers->item(row, 0)->data(Qt::UserRole).toLongLong());
        if (!found)
            return showError(m_tierError, found.error().message());
        tier = *found;
    } else {
        tier.rank = m_tiers->rowCount() + 1;
    }
    TierDialog dialog(m_session, tier, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MembershipPage::removeTier()
{
    const int row = m_tiers->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_tiers->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString name = m_tiers->item(row, 1)->text();
    if (QMessageBox::question(this, tr("Remove a tier"), tr("Remove the tier \"%1\"?").arg(name))
        != QMessageBox::Yes)
        return;
    if (auto s = core::tiers::TierService(m_session.db).remove(m_session.actor, id); !s)
        return showError(m_tierError, s.error().message());
    reload();
}

void MembershipPage::revertRules()
{
    m_rulesError->hide();
    const auto &rules = m_session.settings.wallet;
    const int decimals = m_session.settings.decimals();
    m_bonus->setRowCount(0);
    for (const auto &rule : rules.bonusRules) {
        const int row = m_bonus->rowCount();
        m_bonus->insertRow(row);
        m_bonus->setItem(
            row, 0, new QTableWidgetItem(core::money::toPlain(rule.threshold, decimals)));
        m_bonus->setItem(row, 1, new QTableWidgetItem(core::money::toPlain(rule.bonus, decimals)));
    }
    m_order->setCurrentIndex(m_order->findData(int(rules.spendOrder)));
    m_refund->setCurrentIndex(m_refund->findData(int(rules.topUpRefundBonus)));
}

bool MembershipPage::saveRules()
{
    m_rulesError->hide();
    const int decimals = m_session.settings.decimals();
    core::wallet::WalletRules rules;
    for (int row = 0; row < m_bonus->rowCount(); ++row) {
        const QString texts[2]
            = { m_bonus->item(row, 0) ? m_bonus->item(row, 0)->text() : QString(),
                  m_bonus->item(row, 1) ? m_bonus->item(row, 1)->text() : QString() };
        if (texts[0].trimmed().isEmpty() && texts[1].trimmed().isEmpty())
            continue; // a row added and left empty
        qint64 values[2] = {};
        for (int c = 0; c < 2; ++c) {
            auto amount = core::money::parse(texts[c], decimals,
                tr("row %1, %2").arg(row + 1).arg(m_bonus->horizontalHeaderItem(c)->text()));
            if (!amount) {
                showError(m_rulesError, amount.error().message());
                m_bonus->setCurrentCell(row, c);
                return false;
            }
            values[c] = *amount;
        }
        rules.bonusRules.append({ values[0], values[1] });
    }
    std::sort(rules.bonusRules.begin(), rules.bonusRules.end(),
        [](const auto &a, const auto &b) { return a.threshold < b.threshold; });
    rules.spendOrder = SpendOrder(m_order->currentData().toInt());
    rules.topUpRefundBonus = TopUpRefundBonus(m_refund->currentData().toInt());
    // Only the stored-value rules: the rest of the settings stays as stored.
    auto stored = core::chain::ChainStore::modify(m_session.db, m_session.actor,
        [&rules](core::chain::ChainSettings &next) { next.wallet = rules; });
    if (!stored) {
        showError(m_rulesError, stored.error().message());
        return false;
    }
    m_session.settings = *stored;
    revertRules();
    emit saved();
    return true;
}

void MembershipPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void MembershipPage::retranslate()
{
    m_tiersHeading->setText(
        tr("Membership tiers: a person moves up when they qualify, never down"));
    m_tiers->setHorizontalHeaderLabels(
        { tr("Rank"), tr("Tier"), tr("Qualifies when"), tr("Discount") });
    m_newTier->setText(tr("&New tier…"));
    m_editTier->setText(tr("&Edit…"));
    m_removeTier->setText(tr("&Remove"));
    m_rulesHeading->setText(tr("Stored value: what the counter follows"));
    m_bonus->setHorizontalHeaderLabels({ tr("Top up at least"), tr("Bonus given") });
    m_addBonus->setText(tr("&Add a bonus rule"));
    m_removeBonus->setText(tr("Remove the rule"));
    m_orderLabel->setText(tr("A payment takes:"));
    m_order->setItemText(0, tr("the bonus first, then the money paid in"));
    m_order->setItemText(1, tr("the money paid in first, then the bonus"));
    m_order->setItemText(2, tr("both in proportion"));
    m_refundLabel->setText(tr("Refunding a top-up:"));
    m_refund->setItemText(0, tr("gives back the money paid in and takes its bonus back"));
    m_refund->setItemText(1, tr("gives back the money paid in; the bonus stays"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
}

} // namespace ui::membership
