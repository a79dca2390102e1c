#include "ui/counter/counterpage.h"

#include "core/branches/branchservice.h"
#include "core/common/money.h"
#include "core/counter/counterservice.h"
#include "core/visits/visitservice.h"
#include "core/wallet/walletservice.h"
#include "ui/counter/receipt.h"
#include "ui/shell/chainformat.h"
#include "ui/shell/session.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace ui::counter {

namespace {

using core::counter::CounterService;
using core::counter::Tender;

// "+86 138****5678": enough for the cashier to tell people apart, not the whole number.
QString masked(const QString &phone)
{
    if (phone.size() < 8)
        return phone;
    return phone.left(phone.size() - 8) + QStringLiteral("****") + phone.right(4);
}

QString newKey()
{
    return QStringLiteral("counter-topup/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

CounterPage::CounterPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_branchLabel(new QLabel(this))
    , m_branch(new QComboBox(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_name(new QLabel(this))
    , m_tier(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_couponLabel(new QLabel(this))
    , m_coupon(new QComboBox(this))
    , m_amountLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_quote(new QLabel(this))
    , m_pay(new QPushButton(this))
    , m_cash(new QPushButton(this))
    , m_cardBill(new QPushButton(this))
    , m_topUp(new QPushButton(this))
    , m_refund(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_branch->setObjectName(QStringLiteral("branch"));
    m_search->setObjectName(QStringLiteral("search"));
    m_matches->setObjectName(QStringLiteral("matches"));
    m_name->setObjectName(QStringLiteral("name"));
    m_tier->setObjectName(QStringLiteral("tier"));
    m_balance->setObjectName(QStringLiteral("balance"));
    m_coupon->setObjectName(QStringLiteral("coupon"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_quote->setObjectName(QStringLiteral("quote"));
    m_pay->setObjectName(QStringLiteral("pay"));
    m_cash->setObjectName(QStringLiteral("cash"));
    m_cardBill->setObjectName(QStringLiteral("cardBill"));
    m_topUp->setObjectName(QStringLiteral("topUp"));
    m_refund->setObjectName(QStringLiteral("refund"));
    m_print->setObjectName(QStringLiteral("print"));
    m_savePdf->setObjectName(QStringLiteral("savePdf"));
    m_message->setObjectName(QStringLiteral("message"));

    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_name->setFont(big);
    QFont money = m_balance->font();
    money.setPointSizeF(money.pointSizeF() * 1.25);
    m_balance->setFont(money);
    m_quote->setFont(money);
    m_quote->setWordWrap(true);
    m_message->setWordWrap(true);
    m_matches->setMaximumHeight(160);
    m_matches->hide();
    m_search->setClearButtonEnabled(true);
    m_amount->setMaxLength(20);
    m_search->installEventFilter(this);
    m_amount->installEventFilter(this);
    m_matches->installEventFilter(this);
    m_topUp->setShortcut(QKeySequence(Qt::Key_F2));
    m_cash->setShortcut(QKeySequence(Qt::Key_F3));
    m_cardBill->setShortcut(QKeySequence(Qt::Key_F4));
    m_refund->setShortcut(QKeySequence(Qt::Key_F6));
    m_print->setShortcut(QKeySequence::Print);
    // Managers and the owner refund and void; the core refuses a cashier anyway.
    m_refund->setVisible(m_session.actor.role() != core::auth::Role::Cashier);

    auto branches = core::branches::BranchService(m_session.db).list(m_session.actor);
    if (branches) {
        for (const auto &b : *branches)
            if (b.active && m_session.actor.canAccessBranch(b.id))
                m_branch->addItem(b.code + QStringLiteral(" · ") + b.name, b.id);
    }
    m_branch->setEnabled(m_branch->count() > 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_branchLabel);
    top->addWidget(m_branch, 1);
    top->addSpacing(16);
    top->addWidget(m_searchLabel);
    top->addWidget(m_search, 3);

    auto *card = new QGroupBox(this);
    auto *cardLayout = new QFormLayout(card);
    cardLayout->addRow(m_name);
    cardLayout->addRow(m_tier);
    cardLayout->addRow(m_balance);
    cardLayout->addRow(m_couponLabel, m_coupon);
    cardLayout->addRow(m_amountLabel, m_amount);
    cardLayout->addRow(m_quote);
    m_couponLabel->setBuddy(m_coupon);
    m_amountLabel->setBuddy(m_amount);
    m_searchLabel->setBuddy(m_search);
    m_branchLabel->setBuddy(m_branch);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : { m_pay, m_cash, m_cardBill, m_topUp, m_refund })
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_print);
    actions->addWidget(m_savePdf);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(m_matches);
    layout->addWidget(card);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_search, &QLineEdit::returnPressed, this, &CounterPage::search);
    connect(m_matches, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { choose(item->data(Qt::UserRole).toLongLong()); });
    connect(m_amount, &QLineEdit::returnPressed, this, [this] { payFromBalance(); });
    connect(m_amount, &QLineEdit::textChanged, this, &CounterPage::updateQuote);
    connect(
        m_coupon, qOverload<int>(&QComboBox::currentIndexChanged), this, &CounterPage::updateQuote);
    connect(m_branch, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (m_card)
            choose(m_card->person.id);
    });
    connect(m_pay, &QPushButton::clicked, this, [this] { payFromBalance(); });
    connect(m_cash, &QPushButton::clicked, this, [this] { recordBill(Tender::Cash); });
    connect(m_cardBill, &QPushButton::clicked, this, [this] { recordBill(Tender::Card); });
    connect(m_topUp, &QPushButton::clicked, this, [this] { topUp(); });
    connect(m_refund, &QPushButton::clicked, this, &CounterPage::refundOrVoid);
    connect(m_print, &QPushButton::clicked, this, &CounterPage::printReceipt);
    connect(m_savePdf, &QPushButton::clicked, this, &CounterPage::saveReceiptAs);

    setFocusProxy(m_search);
    retranslate();
    showCard();
}

qint64 CounterPage::branchId() const
{
    return m_branch->currentData().toLongLong();
}

void CounterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showCard();
    }
    QWidget::changeEvent(event);
}

bool CounterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // Esc steps back: the amount, then the person, then the search text.
        if (watched == m_amount && !m_amount->text().isEmpty()) {
            m_amount->clear();
        } else if (watched == m_search && m_card == std::nullopt) {
            m_search->clear();
        } else {
            clearPerson();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CounterPage::retranslate()
{
    m_heading->setText(tr("Counter"));
    m_branchLabel->setText(tr("&Branch:"));
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Phone, last four digits or member code, then Enter"));
    m_couponLabel->setText(tr("C&oupon:"));
    m_amountLabel->setText(tr("&Amount:"));
    m_amount->setPlaceholderText(tr("The bill or the top-up, e.g. 88.00"));
    m_pay->setText(tr("&Pay from balance (Enter)"));
    m_cash->setText(tr("Cash bill (F3)"));
    m_cardBill->setText(tr("Card bill (F4)"));
    m_topUp->setText(tr("&Top up (F2)"));
    m_refund->setText(tr("Refund or void… (F6)"));
    m_print->setText(tr("Print receipt"));
    m_savePdf->setText(tr("Save receipt as PDF…"));
    if (m_coupon->count() > 0)
        m_coupon->setItemText(0, tr("No coupon"));
}

void CounterPage::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setText(message);
}

void CounterPage::showDone(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_message->setText(message);
}

void CounterPage::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    auto found = CounterService(m_session.db).find(m_session.actor, text);
    m_matches->clear();
    m_matches->hide();
    if (!found) {
        showError(found.error().message());
        return;
    }
    if (found->isEmpty()) {
        showError(tr("No one found for \"%1\".").arg(text));
        return;
    }
    if (found->size() == 1) {
        choose(found->first().id);
        return;
    }
    for (const auto &p : *found) {
        const QString name = p.name.isEmpty() ? tr("(no name)") : p.name;
        auto *item = new QListWidgetItem(
            tr("%1   %2   member code %3").arg(name, masked(p.phone), p.memberCode), m_matches);
        item->setData(Qt::UserRole, p.id);
    }
    m_matches->show();
    m_matches->setCurrentRow(0);
    m_matches->setFocus();
    showDone(
        tr("%n people match; choose one with the arrows and Enter.", nullptr, int(found->size())));
}

void CounterPage::choose(qint64 personId)
{
    auto card = CounterService(m_session.db).card(m_session.actor, personId, branchId());
    if (!card) {
        showError(card.error().message());
        return;
    }
    m_card = *card;
    m_matches->clear();
    m_matches->hide();
    m_receiptNo = CounterService::newReceiptNo();
    m_topUpKey = newKey();
    m_message->clear();
    showCard();
    m_amount->setFocus();
}

void CounterPage::reloadCard()
{
    if (!m_card)
        return;
    auto card = CounterService(m_session.db).card(m_session.actor, m_card->person.id, branchId());
    if (card)
        m_card = *card;
    showCard();
}

void CounterPage::clearPerson()
{
    m_card.reset();
    m_amount->clear();
    m_matches->clear();
    m_matches->hide();
    m_search->clear();
    showCard();
    m_search->setFocus();
}

void CounterPage::showCard()
{
    const ChainFormat format(m_session.settings);
    const bool any = m_card.has_value();
    m_coupon->blockSignals(true);
    m_coupon->clear();
    m_coupon->addItem(tr("No coupon"), QString());
    if (!any) {
        m_name->setText(tr("No one chosen: an anonymous cash or card bill, or find a person"));
        m_tier->clear();
        m_balance->clear();
    } else {
        const auto &p = m_card->person;
        m_name->setText((p.name.isEmpty() ? tr("(no name)") : p.name) + QStringLiteral("   ")
            + masked(p.phone));
        if (!p.isMember())
            m_tier->setText(tr("Guest (not a member yet)"));
        else if (m_card->tierName.isEmpty())
            m_tier->setText(tr("Member, no tier"));
        else
            m_tier->setText(tr("Tier %1: %2 off")
                                .arg(m_card->tierName,
                                    QLocale().toString(m_card->discountBp / 100.0, 'f',
                                        m_card->discountBp % 100 ? 2 : 0)
                                        + QLatin1Char('%')));
        m_balance->setText(
            tr("Balance %1 (principal %2, bonus %3)")
                .arg(format.money(m_card->balance.total()), format.money(m_card->balance.principal),
                    format.money(m_card->balance.bonus)));
        for (const auto &u : m_card->coupons) {
            QString text = u.coupon.name;
            if (u.coupon.minSpend > 0)
                text += tr(", min. spend %1").arg(format.money(u.coupon.minSpend));
            if (u.claim.expiresAt != 0)
                text += tr(", until %1").arg(format.date(u.claim.expiresAt));
            m_coupon->addItem(text, u.claim.claimCode);
        }
    }
    m_coupon->setEnabled(m_coupon->count() > 1);
    m_coupon->blockSignals(false);
    m_pay->setEnabled(any);
    m_topUp->setEnabled(any);
    m_refund->setEnabled(any);
    m_print->setEnabled(m_lastSale.has_value());
    m_savePdf->setEnabled(m_lastSale.has_value());
    updateQuote();
}

QString CounterPage::selectedClaim() const
{
    return m_coupon->currentData().toString();
}

std::optional<qint64> CounterPage::typedAmount(bool quiet)
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty()) {
        if (!quiet) {
            showError(tr("Type the amount first."));
            m_amount->setFocus();
        }
        return std::nullopt;
    }
    auto amount
        = core::money::parse(text, ChainFormat(m_session.settings).decimals(), tr("amount"));
    if (!amount || *amount <= 0) {
        if (!quiet) {
            showError(amount ? tr("The amount must be more than zero.") : amount.error().message());
            m_amount->setFocus();
        }
        return std::nullopt;
    }
    return *amount;
}

void CounterPage::updateQuote()
{
    const auto amount = typedAmount(true);
    if (!amount) {
        m_quote->clear();
        return;
    }
    const ChainFormat format(m_session.settings);
    if (!m_card) {
        m_quote->setText(tr("To pay: %1").arg(format.money(*amount)));
        return;
    }
    auto q = CounterService(m_session.db)
                 .quote(m_session.actor, m_card->person.id, branchId(), *amount, selectedClaim());
    if (!q) {
        m_quote->setText(q.error().message());
        return;
    }
    QString text = tr("Bill %1").arg(format.money(q->gross));
    if (q->tierDiscount > 0)
        text += tr(" − member discount %1").arg(format.money(q->tierDiscount));
    if (q->couponDiscount > 0)
        text += tr(" − coupon %1").arg(format.money(q->couponDiscount));
    text += tr(" = to pay %1").arg(format.money(q->toPay));
    if (q->toPay > m_card->balance.total())
        text += QLatin1Char('\n') + tr("The balance does not cover it.");
    m_quote->setText(text);
}

bool CounterPage::payFromBalance()
{
    if (!m_card) {
        showError(tr("Find the person first."));
        m_search->setFocus();
        return false;
    }
    return recordBill(Tender::Wallet);
}

bool CounterPage::recordBill(Tender tender)
{
    const auto amount = typedAmount(false);
    if (!amount)
        return false;
    CounterService counter(m_session.db);
    const ChainFormat format(m_session.settings);
    core::counter::Quote q;
    q.gross = q.afterTier = q.toPay = *amount;
    if (m_card) {
        auto quoted = counter.quote(
            m_session.actor, m_card->person.id, branchId(), *amount, selectedClaim());
        if (!quoted) {
            showError(quoted.error().message());
            return false;
        }
        q = *quoted;
    }
    QString how = tender == Tender::Wallet ? tr("from the balance")
        : tender == Tender::Cash           ? tr("in cash")
                                           : tr("by card");
    QString text = tr("Take %1 %2?").arg(format.money(q.toPay), how);
    if (q.tierDiscount > 0 || q.couponDiscount > 0)
        text += QLatin1Char('\n')
            + tr("Bill %1, member discount %2, coupon %3.")
                  .arg(format.money(q.gross), format.money(q.tierDiscount),
                      format.money(q.couponDiscount));
    const bool large = q.toPay > CounterService::LargeAmount;
    QMessageBox box(QMessageBox::Question, tr("Confirm the payment"), text,
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirm"));
    if (large) {
        box.setIcon(QMessageBox::Warning);
        box.setInformativeText(tr("This is a large amount: check it, then choose Yes."));
    }
    // A large amount is not taken by a reflexive Enter.
    box.setDefaultButton(large ? QMessageBox::No : QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes) {
        showDone(tr("Cancelled: nothing was taken."));
        m_amount->setFocus();
        return false;
    }
    core::counter::PayRequest r;
    r.personId = m_card ? m_card->person.id : 0;
    r.branchId = branchId();
    r.amount = *amount;
    r.tender = tender;
    r.claimCode = m_card ? selectedClaim() : QString();
    if (m_receiptNo.isEmpty())
        m_receiptNo = CounterService::newReceiptNo();
    r.receiptNo = m_receiptNo;
    auto sale = counter.pay(m_session.actor, r);
    if (!sale) {
        showError(sale.error().message());
        m_amount->setFocus();
        return false;
    }
    afterSale(*sale);
    return true;
}

void CounterPage::afterSale(const core::counter::Sale &sale)
{
    m_lastSale = sale;
    m_receiptNo = CounterService::newReceiptNo();
    m_amount->clear();
    const ChainFormat format(m_session.settings);
    showDone(tr("Paid %1, receipt %2.").arg(format.money(sale.visit.amount), sale.visit.receiptNo));
    reloadCard();
    m_search->clear();
    m_search->setFocus();
    emit changed();
}

bool CounterPage::topUp()
{
    if (!m_card) {
        showError(tr("Find the person first."));
        return false;
    }
    const auto amount = typedAmount(false);
    if (!amount)
        return false;
    const ChainFormat format(m_session.settings);
    auto settings = core::chain::ChainStore::load(m_session.db);
    const qint64 bonus = settings ? settings->wallet.bonusFor(*amount) : 0;
    QString text = tr("Top up %1 for %2?").arg(format.money(*amount), masked(m_card->person.phone));
    if (bonus > 0)
        text += QLatin1Char('\n')
            + tr("The chain's bonus rules give %1 on top.").arg(format.money(bonus));
    const bool large = *amount > CounterService::LargeAmount;
    QMessageBox box(QMessageBox::Question, tr("Confirm the top-up"), text,
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirm"));
    box.setDefaultButton(large ? QMessageBox::No : QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes) {
        showDone(tr("Cancelled: nothing was taken."));
        return false;
    }
    core::counter::TopUpRequest r;
    r.personId = m_card->person.id;
    r.branchId = branchId();
    r.amount = *amount;
    r.idempotencyKey = m_topUpKey;
    auto out = CounterService(m_session.db).topUp(m_session.actor, r);
    if (!out) {
        showError(out.error().message());
        return false;
    }
    m_topUpKey = newKey();
    m_amount->clear();
    showDone(tr("Topped up %1 (bonus %2); the balance is %3.")
                 .arg(format.money(out->entry.principal), format.money(out->bonusEntry.bonus),
                     format.money(out->balance.total())));
    reloadCard();
    m_search->setFocus();
    emit changed();
    return true;
}

void CounterPage::refundOrVoid()
{
    if (!m_card)
        return;
    const ChainFormat format(m_session.settings);
    const qint64 branch = branchId();
    QStringList labels;
    enum class Action { Void, Refund, RefundTopUp };
    QVector<QPair<Action, qint64>> targets; // what, and the visit or wallet entry
    auto visits = core::visits::VisitService(m_session.db)
                      .listForPerson(m_session.actor, m_card->person.id, 20);
    if (visits) {
        for (const auto &v : *visits) {
            if (v.branchId != branch || !v.isSale() || v.isVoided()
                || v.source != core::visits::VisitSource::Counter)
                continue;
            labels << tr("Void sale %1 of %2, %3")
                          .arg(v.receiptNo, format.money(v.amount), format.dateTime(v.occurredAt));
            targets.push_back({ Action::Void, v.id });
            labels << tr("Refund part of sale %1 of %2, %3")
                          .arg(v.receiptNo, format.money(v.amount), format.dateTime(v.occurredAt));
            targets.push_back({ Action::Refund, v.id });
        }
    }
    auto entries = core::wallet::WalletService(m_session.db)
                       .latestEntries(m_session.actor, m_card->person.id, 20);
    if (entries) {
        for (const auto &e : *entries) {
            if (e.branchId != branch || e.kind != core::wallet::EntryKind::TopUp)
                continue;
            labels << tr("Refund top-up of %1, %2")
                          .arg(format.money(e.principal), format.dateTime(e.occurredAt));
            targets.push_back({ Action::RefundTopUp, e.id });
        }
    }
    if (labels.isEmpty()) {
        showError(tr("No recent sale or top-up of this person at this branch."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Refund or void"), tr("Recent transactions here:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const auto target = targets.at(labels.indexOf(chosen));
    const QString reason = QInputDialog::getText(
        this, tr("Refund or void"), tr("Reason:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    CounterService counter(m_session.db);
    if (target.first == Action::Void) {
        auto sale = counter.voidSale(m_session.actor, target.second, reason);
        if (!sale) {
            showError(sale.error().message());
            return;
        }
        showDone(tr("Sale %1 voided.").arg(sale->visit.receiptNo));
    } else if (target.first == Action::Refund) {
        const QString typed = QInputDialog::getText(this, tr("Refund or void"),
            tr("Amount to give back:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        auto amount = core::money::parse(typed, format.decimals(), tr("amount"));
        if (!amount) {
            showError(amount.error().message());
            return;
        }
        auto refund = counter.refundSale(m_session.actor, target.second, *amount, reason);
        if (!refund) {
            showError(refund.error().message());
            return;
        }
        showDone(tr("Refunded %1 (receipt %2).")
                     .arg(format.money(-refund->visit.amount), refund->visit.receiptNo));
    } else {
        auto out = counter.refundTopUp(m_session.actor, target.second, reason);
        if (!out) {
            showError(out.error().message());
            return;
        }
        showDone(
            tr("Top-up refunded: give back %1 (bonus taken back %2).")
                .arg(format.money(-out->entry.principal), format.money(-out->bonusEntry.bonus)));
    }
    reloadCard();
    emit changed();
}

bool CounterPage::saveReceiptPdf(const QString &path)
{
    return m_lastSale
        && Receipt(*m_lastSale, m_session.settings, m_branch->currentText()).savePdf(path);
}

void CounterPage::saveReceiptAs()
{
    if (!m_lastSale)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save receipt"),
        tr("receipt-%1.pdf").arg(m_lastSale->visit.receiptNo), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (saveReceiptPdf(path))
        showDone(tr("Receipt saved to %1.").arg(path));
    else
        showError(tr("The receipt could not be written to %1.").arg(path));
}

void CounterPage::printReceipt()
{
    if (m_lastSale)
        Receipt(*m_lastSale, m_session.settings, m_branch->currentText()).print(this);
}

} // namespace ui::counter
