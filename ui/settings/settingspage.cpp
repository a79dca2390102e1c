#include "ui/settings/settingspage.h"

#include "core/chain/chainsettings.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/language.h"
#include "ui/shell/session.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui::settings {

SettingsPage::SettingsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_currencyLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_zoneLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_reviewDaysLabel(new QLabel(this))
    // Object names are the core's field names, so a refusal puts the focus on its field.
    , m_name(lineEdit(this, "chain-name"))
    , m_currency(lineEdit(this, "currency"))
    , m_region(lineEdit(this, "region"))
    , m_zone(timeZoneCombo(this, "timezone"))
    , m_reviewDays(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_error(errorLabel(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    m_currency->setMaxLength(3);
    m_region->setMaxLength(2);
    m_zone->setEditable(true); // a zone may be typed; the core checks it
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_reviewDays->setObjectName(QStringLiteral("review-days"));
    m_reviewDays->setRange(1, 365);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    for (const auto &[code, name] : language::choices())
        m_language->addItem(name, code);
    m_note->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("save"));
    m_revert->setObjectName(QStringLiteral("revert"));
    QFont heading = m_heading->font();
    heading.setBold(true);
    m_heading->setFont(heading);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_currencyLabel, m_currency);
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(m_reviewDaysLabel, m_reviewDays);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *languageForm = new QFormLayout;
    languageForm->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    layout->addLayout(languageForm);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_language, qOverload<int>(&QComboBox::activated), this, &SettingsPage::chooseLanguage);
    revert();
    retranslate();
}

bool SettingsPage::save()
{
    // Only this page's fields: the rest stays as stored (the Membership page's rules, or a
    // change made from the command line while the window was open).
    auto stored = core::chain::ChainStore::modify(
        m_session.db, m_session.actor, [this](core::chain::ChainSettings &next) {
            next.name = m_name->text().trimmed();
            next.currency = m_currency->text().trimmed().toUpper();
            next.region = m_region->text().trimmed().toUpper();
            next.timezone = m_zone->currentText().trimmed();
            next.reviewDays = m_reviewDays->value();
        });
    if (!stored) {
        showError(m_error, stored.error().message(), this, stored.error().field());
        return false;
    }
    showError(m_error, QString());
    m_session.settings = *stored;
    revert(); // shows what is stored now
    emit saved();
    return true;
}

void SettingsPage::revert()
{
    const core::chain::ChainSettings &s = m_session.settings;
    m_name->setText(s.name);
    m_currency->setText(s.currency);
    m_region->setText(s.region);
    m_reviewDays->setValue(s.reviewDays);
    const int zone = m_zone->findData(s.timezone);
    if (zone >= 0)
        m_zone->setCurrentIndex(zone);
    else
        m_zone->setEditText(s.timezone);
    showError(m_error, QString());
}

void SettingsPage::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    language::save(code);
    language::apply(code); // LanguageChange: every window, the menu too, retranslates
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("The chain"));
    m_nameLabel->setText(tr("Chain &name:"));
    m_nameLabel->setBuddy(m_name);
    m_currencyLabel->setText(tr("&Currency (ISO 4217):"));
    m_currencyLabel->setBuddy(m_currency);
    m_regionLabel->setText(tr("&Phone region:"));
    m_regionLabel->setBuddy(m_region);
    m_zoneLabel->setText(tr("&Time zone:"));
    m_zoneLabel->setBuddy(m_zone);
    m_reviewDaysLabel->setText(tr("Re&view days:"));
    m_reviewDaysLabel->setBuddy(m_reviewDays);
    m_reviewDays->setToolTip(tr("How many days after a visit its guest may review it"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_note->setText(
        tr("Retention months follow the chain's time zone: after a change, the Retention page "
           "recomputes them once. The phone region applies to phone numbers typed from now on; "
           "numbers already stored keep their country code. Amounts already stored are not "
           "converted when the currency changes."));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Revert"));
    m_language->setItemText(0, tr("The system's language"));
    // The menu may have chosen the language: show what is kept.
    const int current = m_language->findData(language::saved());
    m_language->setCurrentIndex(current >= 0 ? current : 0);
}

} // namespace ui::settings
