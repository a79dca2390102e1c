#include "ui/firstrun/firstrunwizard.h"

#include "core/auth/passwordhasher.h"
#include "core/auth/userservice.h"
#include "core/storage/database.h"
#include "ui/firstrun/demochain.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/workerthreads.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include <optional>

namespace ui::firstrun {

FirstRunWizard::FirstRunWizard(QString path, QWidget *parent)
    : QWizard(parent)
    , m_path(std::move(path))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ChainPage, addChainPage());
    setPage(OwnerPage, addOwnerPage());
    setPage(StartPage, addStartPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id >= 0)
            showError(m_error[id], {});
    });
    resize(560, 420);
    retranslate();
}

core::chain::ChainSettings FirstRunWizard::systemDefaults()
{
    core::chain::ChainSettings defaults;
    defaults.name = QStringLiteral("-");
    const QLocale locale = QLocale::system();
    // Each value only where the core accepts it: a "C" locale has no currency or territory.
    const auto take
        = [&defaults](QString core::chain::ChainSettings::*field, const QString &value) {
              core::chain::ChainSettings candidate = defaults;
              candidate.*field = value;
              if (!value.isEmpty() && candidate.validate())
                  defaults = candidate;
          };
    take(&core::chain::ChainSettings::currency, locale.currencySymbol(QLocale::CurrencyIsoCode));
    if (locale.territory() != QLocale::AnyTerritory)
        take(&core::chain::ChainSettings::region, QLocale::territoryToCode(locale.territory()));
    take(&core::chain::ChainSettings::timezone, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    defaults.name.clear();
    return defaults;
}

QWizardPage *FirstRunWizard::addChainPage()
{
    const core::chain::ChainSettings defaults = systemDefaults();
    auto *page = new QWizardPage(this);
    m_name = lineEdit(page, "chainName");
    m_currency = lineEdit(page, "currency", defaults.currency);
    m_region = lineEdit(page, "region", defaults.region);
    m_timezone = timeZoneCombo(page, "timezone");
    m_timezone->setEditable(true);
    m_timezone->setCurrentText(defaults.timezone);
    m_error[ChainPage] = errorLabel(page);

    auto *form = new QFormLayout(page);
    for (QWidget *field :
        std::initializer_list<QWidget *> { m_name, m_currency, m_region, m_timezone }) {
        m_labels.append(new QLabel(page));
        m_labels.last()->setBuddy(field);
        form->addRow(m_labels.last(), field);
    }
    form->addRow(m_error[ChainPage]);
    return page;
}

QWizardPage *FirstRunWizard::addOwnerPage()
{
    auto *page = new QWizardPage(this);
    m_username = lineEdit(page, "ownerUsername", QStringLiteral("owner"));
    m_password = lineEdit(page, "ownerPassword");
    m_repeat = lineEdit(page, "ownerPasswordRepeat");
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_error[OwnerPage] = errorLabel(page);

    auto *form = new QFormLayout(page);
    for (QWidget *field : std::initializer_list<QWidget *> { m_username, m_password, m_repeat }) {
        m_labels.append(new QLabel(page));
        m_labels.last()->setBuddy(field);
        form->addRow(m_labels.last(), field);
    }
    form->addRow(m_error[OwnerPage]);
    return page;
}

QWizardPage *FirstRunWizard::addStartPage()
{
    auto *page = new QWizardPage(this);
    m_empty = new QRadioButton(page);
    m_demo = new QRadioButton(page);
    m_import = new QRadioButton(page);
    m_empty->setObjectName(QStringLiteral("startEmpty"));
    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_import->setObjectName(QStringLiteral("startImport"));
    m_empty->setChecked(true);
    m_error[StartPage] = errorLabel(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_empty);
    layout->addWidget(m_demo);
    layout->addWidget(m_import);
    layout->addStretch(1);
    layout->addWidget(m_error[StartPage]);
    return page;
}

core::chain::ChainSettings FirstRunWizard::settings() const
{
    core::chain::ChainSettings s;
    s.name = m_name->text().trimmed();
    s.currency = m_currency->text().trimmed().toUpper();
    s.region = m_region->text().trimmed().toUpper();
    s.timezone = m_timezone->currentText().trimmed();
    return s;
}

FirstRunWizard::Start FirstRunWizard::start() const
{
    return m_demo->isChecked() ? Start::Demo : m_import->isChecked() ? Start::Import : Start::Empty;
}

bool FirstRunWizard::fail(const QString &message)
{
    showError(m_error[currentId()], message);
    return false;
}

// Said on the first page already, not only after the owner's account is filled in.
bool FirstRunWizard::pathIsFree()
{
    if (!QFileInfo::exists(m_path))
        return true;
    return fail(tr("%1 already exists; ChainCard creates a new chain only in a new file.")
                    .arg(QDir::toNativeSeparators(m_path)));
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ChainPage:
        if (!pathIsFree())
            return false;
        if (auto s = settings().validate(); !s)
            return fail(s.error().message());
        return true;
    case OwnerPage:
        if (auto s = core::auth::UserService::validateUsername(m_username->text().trimmed()); !s)
            return fail(s.error().message());
        if (const QString weak = core::auth::password::weakness(m_password->text());
            !weak.isEmpty())
            return fail(weak);
        if (m_password->text() != m_repeat->text())
            return fail(tr("The two passwords are not the same."));
        return true;
    case StartPage:
        return createChain();
    }
    return true;
}

// Creates the chain and signs its owner in on a worker thread (hashing and checking the
// password take a noticeable moment each), then fills it with the demo if chosen.
bool FirstRunWizard::createChain()
{
    if (!pathIsFree())
        return false;
    const core::chain::ChainSettings chain = settings();
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    std::optional<core::Result<core::auth::Actor>> outcome;
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    runOffUiThread([&] {
        auto db = core::chain::ChainStore::create(m_path, chain, username, password);
        if (!db)
            outcome = db.error();
        else
            outcome = core::auth::UserService(**db).authenticate(username, password);
    });
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!*outcome)
        return fail(outcome->error().message());
    m_owner = **outcome;
    if (start() == Start::Demo) {
        if (auto s = generateDemoData(m_path, this); !s)
            QMessageBox::warning(this, tr("ChainCard"),
                tr("The demo data could not be created: %1").arg(s.error().message()));
    }
    return true;
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("New chain — ChainCard"));
    page(ChainPage)->setTitle(tr("Your chain"));
    page(ChainPage)->setSubTitle(
        tr("One chain, all its branches, in one file. These settings apply to every branch."));
    page(OwnerPage)->setTitle(tr("The owner's account"));
    page(OwnerPage)->setSubTitle(tr("The owner sees and manages the whole chain, and creates the "
                                    "accounts of branch managers and cashiers."));
    page(StartPage)->setTitle(tr("How to start"));
    page(StartPage)->setSubTitle(tr("The file will be %1.").arg(QDir::toNativeSeparators(m_path)));
    const QString labels[]
        = { tr("Chain &name:"), tr("&Currency (ISO 4217):"), tr("&Phone region:"),
              tr("&Time zone:"), tr("&Username:"), tr("&Password:"), tr("&Repeat password:") };
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_name->setPlaceholderText(tr("e.g. Golden Noodle House"));
    m_region->setToolTip(tr("The country whose phone numbers need no +code, e.g. CN"));
    m_password->setPlaceholderText(core::auth::password::weakness(QString()));
    m_empty->setText(tr("Start with an empty chain"));
    m_demo->setText(
        tr("Load the demo chain (made-up branches, members and visits to try things on)"));
    m_import->setText(tr("Import branches, members and visits from CSV files next"));
}

} // namespace ui::firstrun
