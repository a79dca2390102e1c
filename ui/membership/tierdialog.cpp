#include "ui/membership/tierdialog.h"

#include "core/common/money.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace ui::membership {

using core::tiers::Rule;

QString ruleDisplayName(Rule rule)
{
    switch (rule) {
    case Rule::CumulativeTopUp:
        return TierDialog::tr("Top-ups add up to");
    case Rule::SingleTopUp:
        return TierDialog::tr("One top-up of");
    case Rule::SpendWindow:
        return TierDialog::tr("Spending over a window reaches");
    }
    return {};
}

QString percentText(int basisPoints)
{
    // Basis points are hundredths of a percent: the money formatter with two decimals.
    QString text = core::money::toPlain(basisPoints, 2);
    if (text.endsWith(QLatin1String(".00")))
        text.chop(3);
    else if (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

TierDialog::TierDialog(Session &session, const core::tiers::Tier &tier, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_tier(tier)
    , m_name(lineEdit(this, "name", tier.name))
    , m_rank(new QSpinBox(this))
    , m_rule(new QComboBox(this))
    , m_threshold(lineEdit(this, "threshold",
          tier.threshold > 0 ? core::money::toPlain(tier.threshold, session.settings.decimals())
                             : QString()))
    , m_window(new QSpinBox(this))
    , m_discount(lineEdit(this, "discount", percentText(tier.discountBp)))
    , m_error(errorLabel(this))
{
    setWindowTitle(tier.id == 0 ? tr("New tier") : tr("Tier %1").arg(tier.name));
    m_rank->setObjectName(QStringLiteral("rank"));
    m_rank->setRange(1, 99);
    m_rank->setValue(qMax(1, tier.rank));
    m_rule->setObjectName(QStringLiteral("rule"));
    for (Rule rule : { Rule::CumulativeTopUp, Rule::SingleTopUp, Rule::SpendWindow })
        m_rule->addItem(ruleDisplayName(rule), int(rule));
    m_rule->setCurrentIndex(m_rule->findData(int(tier.rule)));
    m_window->setObjectName(QStringLiteral("window"));
    m_window->setRange(1, 3660);
    m_window->setValue(tier.windowDays > 0 ? tier.windowDays : 90);
    m_window->setSuffix(tr(" days"));
    const auto followRule = [this] {
        m_window->setEnabled(Rule(m_rule->currentData().toInt()) == Rule::SpendWindow);
    };
    connect(m_rule, qOverload<int>(&QComboBox::currentIndexChanged), this, followRule);
    followRule();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TierDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TierDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Rank (higher is better):"), m_rank);
    form->addRow(tr("Qualifies when:"), m_rule);
    form->addRow(tr("Amount:"), m_threshold);
    form->addRow(tr("Window:"), m_window);
    form->addRow(tr("Discount (%):"), m_discount);
    form->addRow(m_error);
    form->addRow(buttons);
}

void TierDialog::accept()
{
    if (auto s = save(); !s) {
        showError(m_error, s.error().message(), this, s.error().field());
        return;
    }
    QDialog::accept();
}

core::Status TierDialog::save()
{
    auto threshold
        = core::money::parse(m_threshold->text(), m_session.settings.decimals(), tr("the amount"));
    if (!threshold)
        return core::Error(core::Error::Code::InvalidInput, threshold.error().message(),
            QStringLiteral("threshold"));
    auto discount = core::money::parse(
        m_discount->text().trimmed().isEmpty() ? QStringLiteral("0") : m_discount->text(), 2,
        tr("the discount"));
    if (!discount)
        return core::Error(core::Error::Code::InvalidInput, discount.error().message(),
            QStringLiteral("discount"));
    core::tiers::Tier t = m_tier;
    t.name = m_name->text().trimmed();
    t.rank = m_rank->value();
    t.rule = Rule(m_rule->currentData().toInt());
    t.threshold = *threshold;
    t.windowDays = t.rule == Rule::SpendWindow ? m_window->value() : 0;
    t.discountBp = int(std::clamp<qint64>(*discount, -1, 100000)); // validate() names the range
    core::tiers::TierService tiers(m_session.db);
    if (t.id == 0) {
        auto created = tiers.create(m_session.actor, t);
        if (!created)
            return created.error();
        t = *created;
    } else if (auto s = tiers.update(m_session.actor, t); !s) {
        return s;
    }
    m_tier = t;
    return {};
}

} // namespace ui::membership
