#include "ui/broadcasts/broadcastform.h"

#include "core/branches/branchservice.h"
#include "core/common/clock.h"
#include "core/common/money.h"
#include "core/coupons/couponservice.h"
#include "core/tiers/tierservice.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui::broadcasts {

namespace bc = core::broadcasts;

namespace {

// The placeholders the core fills in, in the order the menu offers them.
const char *const placeholders[] = { "{name}", "{branch}", "{branch_address}", "{branch_phone}",
    "{balance}", "{tier}", "{coupon_code}" };

} // namespace

BroadcastForm::BroadcastForm(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_bodyLabel(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_insert(new QToolButton(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_audience(new QGroupBox(this))
    , m_audienceForm(new QFormLayout(m_audience))
    , m_segmentLabel(new QLabel(this))
    , m_segment(new QComboBox(this))
    , m_tierLabel(new QLabel(this))
    , m_tier(new QComboBox(this))
    , m_lapsedLabel(new QLabel(this))
    , m_lapsed(new QSpinBox(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QSpinBox(this))
    , m_nearLabel(new QLabel(this))
    , m_near(new QComboBox(this))
    , m_radius(new QSpinBox(this))
    , m_birthday(new QCheckBox(this))
    , m_balanceLabel(new QLabel(this))
    , m_balance(new QLineEdit(this))
    , m_couponLabel(new QLabel(this))
    , m_coupon(new QComboBox(this))
    , m_later(new QCheckBox(this))
    , m_at(new QDateTimeEdit(this))
{
    m_title->setObjectName(QStringLiteral("title"));
    m_body->setObjectName(QStringLiteral("body"));
    m_insert->setObjectName(QStringLiteral("insertPlaceholder"));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_tier->setObjectName(QStringLiteral("tier"));
    m_lapsed->setObjectName(QStringLiteral("lapsed-days"));
    m_recent->setObjectName(QStringLiteral("recent-days"));
    m_near->setObjectName(QStringLiteral("near"));
    m_radius->setObjectName(QStringLiteral("radius-km"));
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_balance->setObjectName(QStringLiteral("balance"));
    m_coupon->setObjectName(QStringLiteral("coupon"));
    m_later->setObjectName(QStringLiteral("later"));
    m_at->setObjectName(QStringLiteral("at"));

    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().height() * 5);
    m_insert->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_insert);
    for (const char *placeholder : placeholders) {
        const QString text = QLatin1String(placeholder);
        QAction *action = menu->addAction(QString());
        action->setData(text);
        connect(action, &QAction::triggered, this, [this, text] { insertPlaceholder(text); });
    }
    m_insert->setMenu(menu);

    m_channel->addItem(QString(), int(bc::ChannelKind::SmsFile));
    m_channel->addItem(QString(), int(bc::ChannelKind::Webhook));
    for (bc::Segment s : { bc::Segment::Everyone, bc::Segment::Members, bc::Segment::Guests,
             bc::Segment::CouponOnly })
        m_segment->addItem(QString(), int(s));
    m_lapsed->setRange(0, 3650);
    m_recent->setRange(0, 3650);
    m_radius->setRange(1, 1000);
    m_radius->setValue(5);
    m_radius->setEnabled(false);
    m_balance->setClearButtonEnabled(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    m_at->setEnabled(false);
    const QDateTime now
        = QDateTime::fromSecsSinceEpoch(core::clock::now(), session.settings.timeZone());
    m_at->setDateTime(QDateTime(now.date().addDays(1), QTime(10, 0)));

    auto *bodyBar = new QHBoxLayout;
    bodyBar->addWidget(m_bodyLabel);
    bodyBar->addStretch(1);
    bodyBar->addWidget(m_insert);

    m_audienceForm->addRow(m_segmentLabel, m_segment);
    m_audienceForm->addRow(m_tierLabel, m_tier);
    m_audienceForm->addRow(m_lapsedLabel, m_lapsed);
    m_audienceForm->addRow(m_recentLabel, m_recent);
    auto *nearRow = new QHBoxLayout;
    nearRow->addWidget(m_near, 1);
    nearRow->addWidget(m_radius);
    m_audienceForm->addRow(m_nearLabel, nearRow);
    m_audienceForm->addRow(QString(), m_birthday);
    m_audienceForm->addRow(m_balanceLabel, m_balance);

    auto *message = new QFormLayout;
    message->addRow(m_titleLabel, m_title);
    message->addRow(m_channelLabel, m_channel);
    auto *when = new QHBoxLayout;
    when->addWidget(m_later);
    when->addWidget(m_at, 1);
    auto *extras = new QFormLayout;
    extras->addRow(m_couponLabel, m_coupon);
    extras->addRow(when);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(message);
    layout->addLayout(bodyBar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_audience);
    layout->addLayout(extras);

    connect(m_title, &QLineEdit::textChanged, this, &BroadcastForm::changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, &BroadcastForm::changed);
    for (QComboBox *box : { m_channel, m_segment, m_tier, m_coupon })
        connect(box, &QComboBox::currentIndexChanged, this, &BroadcastForm::changed);
    connect(m_lapsed, &QSpinBox::valueChanged, this, &BroadcastForm::changed);
    connect(m_recent, &QSpinBox::valueChanged, this, &BroadcastForm::changed);
    connect(m_radius, &QSpinBox::valueChanged, this, &BroadcastForm::changed);
    connect(m_near, &QComboBox::currentIndexChanged, this, [this] {
        m_radius->setEnabled(m_near->currentData().toLongLong() != 0);
        emit changed();
    });
    connect(m_birthday, &QCheckBox::toggled, this, &BroadcastForm::changed);
    connect(m_balance, &QLineEdit::textChanged, this, &BroadcastForm::changed);
    connect(m_later, &QCheckBox::toggled, m_at, &QWidget::setEnabled);
    connect(m_later, &QCheckBox::toggled, this, &BroadcastForm::changed);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &BroadcastForm::changed);

    retranslate();
    reload();
}

void BroadcastForm::addAudienceRow(QWidget *label, QWidget *field)
{
    m_audienceForm->addRow(label, field);
}

void BroadcastForm::reload()
{
    // Keep what was chosen when it is still there.
    const qint64 tier = m_tier->currentData().toLongLong();
    const QString coupon = m_coupon->currentData().toString();
    {
        const QSignalBlocker block(m_tier);
        m_tier->clear();
        m_tier->addItem(tr("Any tier"), qint64(0));
        if (auto tiers = core::tiers::TierService(m_session.db).list())
            for (const core::tiers::Tier &t : *tiers)
                m_tier->addItem(t.name, t.id);
        m_tier->setCurrentIndex(qMax(0, m_tier->findData(tier)));
    }
    {
        // Only branches with coordinates can be the centre of a nearby search.
        const qint64 near = m_near->currentData().toLongLong();
        const QSignalBlocker block(m_near);
        m_near->clear();
        m_near->addItem(tr("Anywhere"), qint64(0));
        if (auto branches = core::branches::BranchService(m_session.db).list(m_session.actor))
            for (const auto &b : *branches)
                if (b.latitude && b.longitude)
                    m_near->addItem(ui::branchLabel(b), b.id);
        m_near->setCurrentIndex(qMax(0, m_near->findData(near)));
        m_radius->setEnabled(m_near->currentData().toLongLong() != 0);
    }
    {
        const QSignalBlocker block(m_coupon);
        m_coupon->clear();
        m_coupon->addItem(tr("No coupon"), QString());
        auto coupons = core::coupons::CouponService(m_session.db).list(m_session.actor, false);
        if (coupons)
            for (const core::coupons::Coupon &c : *coupons)
                m_coupon->addItem(QStringLiteral("%1 · %2").arg(c.code, c.name), c.code);
        m_coupon->setCurrentIndex(qMax(0, m_coupon->findData(coupon)));
    }
}

void BroadcastForm::setBranches(const QVector<qint64> &branchIds)
{
    m_branchIds = branchIds;
    emit changed();
}

void BroadcastForm::insertPlaceholder(const QString &placeholder)
{
    m_body->textCursor().insertText(placeholder);
    m_body->setFocus();
}

void BroadcastForm::clearMessage()
{
    m_title->clear();
    m_body->clear();
}

core::Result<bc::Draft> BroadcastForm::draft() const
{
    bc::Draft d;
    d.title = m_title->text().trimmed();
    d.body = m_body->toPlainText();
    d.channel = bc::ChannelKind(m_channel->currentData().toInt());
    d.branchIds = m_branchIds;
    d.segment = bc::Segment(m_segment->currentData().toInt());
    d.tierId = m_tier->currentData().toLongLong();
    d.lapsedDays = m_lapsed->value();
    d.recentDays = m_recent->value();
    d.nearBranchId = m_near->currentData().toLongLong();
    d.radiusKm = d.nearBranchId != 0 ? m_radius->value() : 0;
    d.birthdayThisMonth = m_birthday->isChecked();
    const QString balance = m_balance->text().trimmed();
    if (!balance.isEmpty()) {
        auto amount
            = core::money::parse(balance, m_session.settings.decimals(), QStringLiteral("balance"));
        if (!amount)
            return amount.error();
        if (*amount < 0)
            return core::Error(core::Error::Code::InvalidInput,
                tr("The balance to exceed cannot be negative."), QStringLiteral("balance"));
        d.balanceAbove = *amount;
    }
    d.couponCode = m_coupon->currentData().toString();
    if (m_later->isChecked()) {
        const QDateTime local = m_at->dateTime();
        d.scheduledAt = QDateTime(local.date(), local.time(), m_session.settings.timeZone())
                            .toSecsSinceEpoch();
        if (d.scheduledAt <= core::clock::now())
            return core::Error(core::Error::Code::InvalidInput,
                tr("The send time %1 has passed.")
                    .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                QStringLiteral("at"));
    }
    return d;
}

void BroadcastForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BroadcastForm::retranslate()
{
    m_titleLabel->setText(tr("Title"));
    m_title->setPlaceholderText(tr("For your records; not sent"));
    m_bodyLabel->setText(tr("Message"));
    m_body->setPlaceholderText(tr("Hello {name}, …"));
    m_insert->setText(tr("Insert placeholder"));
    const QStringList meanings = { tr("the person's name"), tr("their home branch"),
        tr("its address"), tr("its phone"), tr("their stored-value balance"), tr("their tier"),
        tr("the code of the coupon attached") };
    const QList<QAction *> actions = m_insert->menu()->actions();
    for (int i = 0; i < actions.size(); ++i)
        actions.at(i)->setText(
            QStringLiteral("%1 — %2").arg(actions.at(i)->data().toString(), meanings.value(i)));
    m_channelLabel->setText(tr("Channel"));
    m_channel->setItemText(0, tr("SMS upload file"));
    m_channel->setItemText(1, tr("Webhook"));
    m_audience->setTitle(tr("Audience"));
    m_segmentLabel->setText(tr("Who"));
    m_segment->setItemText(0, tr("Everyone"));
    m_segment->setItemText(1, tr("Members"));
    m_segment->setItemText(2, tr("Guests"));
    m_segment->setItemText(3, tr("Coupon claimers who never visited"));
    m_tierLabel->setText(tr("Tier"));
    if (m_tier->count() > 0)
        m_tier->setItemText(0, tr("Any tier"));
    m_lapsedLabel->setText(tr("Last visit more than"));
    m_lapsed->setSpecialValueText(tr("any time"));
    m_lapsed->setSuffix(tr(" days ago"));
    m_recentLabel->setText(tr("Last visit less than"));
    m_recent->setSpecialValueText(tr("any time"));
    m_recent->setSuffix(tr(" days ago"));
    m_nearLabel->setText(tr("Home branch near"));
    if (m_near->count() > 0)
        m_near->setItemText(0, tr("Anywhere"));
    m_radius->setPrefix(tr("within "));
    m_radius->setSuffix(tr(" km"));
    m_birthday->setText(tr("Birthday this month"));
    m_balanceLabel->setText(tr("Balance above"));
    m_balance->setPlaceholderText(tr("any balance"));
    m_couponLabel->setText(tr("Coupon"));
    if (m_coupon->count() > 0)
        m_coupon->setItemText(0, tr("No coupon"));
    m_later->setText(tr("Send at"));
}

} // namespace ui::broadcasts
