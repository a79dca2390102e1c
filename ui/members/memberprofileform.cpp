#include "ui/members/memberprofileform.h"

#include "ui/members/consenttablemodel.h"
#include "ui/shell/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ui::members {

using core::people::Channel;
using core::people::Consent;
using core::people::Person;

namespace {

const QDate noBirthday(1900, 1, 1); // the date edit's minimum, shown as "not given"
const char *const errorStyle = "border: 1px solid #b00020;";

bool grantedIn(const QVector<Consent> &consents, Channel channel)
{
    for (const Consent &c : consents) {
        if (c.channel == channel)
            return c.granted;
    }
    return false;
}

} // namespace

MemberProfileForm::MemberProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_birthday(new QDateEdit(this))
    , m_email(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_source(new QComboBox(this))
    , m_error(ui::errorLabel(this))
    , m_save(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_consentNote(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("profileName"));
    m_email->setObjectName(QStringLiteral("profileEmail"));
    for (const char *gender : { "", "female", "male", "other" })
        m_gender->addItem(QString(), QString::fromLatin1(gender));
    m_birthday->setCalendarPopup(true);
    m_birthday->setMinimumDate(noBirthday);
    m_birthday->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    for (const QString &source : ConsentTableModel::pageSources())
        m_source->addItem(QString(), source);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_consentNote->setWordWrap(true);
    m_consentNote->setEnabled(false); // greyed: a hint

    auto *consentRow = new QHBoxLayout;
    for (const Channel channel : core::people::allChannels()) {
        auto *box = new QCheckBox(this);
        m_consent.insert(channel, box);
        consentRow->addWidget(box);
    }
    consentRow->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<QWidget *> fields = { m_name, m_gender, m_birthday, m_email, m_tags, m_notes };
    for (QWidget *field : fields) {
        m_labels << new QLabel(this);
        form->addRow(m_labels.back(), field);
    }
    m_labels << new QLabel(this);
    form->addRow(m_labels.back(), consentRow);
    m_labels << new QLabel(this);
    form->addRow(m_labels.back(), m_source);
    form->addRow(QString(), m_consentNote);
    for (int i = 0; i < fields.size(); ++i)
        m_labels.at(i)->setBuddy(fields.at(i));
    m_labels.back()->setBuddy(m_source);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_save->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    for (QLineEdit *edit : { m_name, m_email, m_tags })
        connect(edit, &QLineEdit::textEdited, this, &MemberProfileForm::updateButtons);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MemberProfileForm::updateButtons);
    connect(m_gender, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &MemberProfileForm::updateButtons);
    connect(m_birthday, &QDateEdit::dateChanged, this, &MemberProfileForm::updateButtons);
    for (QCheckBox *box : std::as_const(m_consent))
        connect(box, &QCheckBox::toggled, this, &MemberProfileForm::updateButtons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        clearError();
        emit saveRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, &MemberProfileForm::revert);
    retranslate();
    updateButtons();
}

void MemberProfileForm::setPerson(const Person &person, const QVector<Consent> &consents)
{
    m_person = person;
    m_consents = consents;
    revert();
}

void MemberProfileForm::setProfileEditable(bool editable)
{
    for (QWidget *field : std::initializer_list<QWidget *> { m_name, m_gender, m_birthday, m_email,
                                                             m_tags, m_notes })
        field->setEnabled(editable);
}

void MemberProfileForm::revert()
{
    const QSignalBlocker blockNotes(m_notes);
    m_name->setText(m_person.name);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(m_person.gender)));
    m_birthday->setDate(m_person.birthday.isValid() ? m_person.birthday : noBirthday);
    m_email->setText(m_person.email);
    m_tags->setText(m_person.tags);
    m_notes->setPlainText(m_person.notes);
    for (auto it = m_consent.cbegin(); it != m_consent.cend(); ++it)
        it.value()->setChecked(grantedIn(m_consents, it.key()));
    m_source->setCurrentIndex(0);
    clearError();
    updateButtons();
}

Person MemberProfileForm::person() const
{
    Person p = m_person;
    p.name = m_name->text().trimmed();
    p.gender = m_gender->currentData().toString();
    p.birthday = m_birthday->date() == noBirthday ? QDate() : m_birthday->date();
    p.email = m_email->text().trimmed();
    p.tags = m_tags->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

QVector<Consent> MemberProfileForm::consents() const
{
    QVector<Consent> out;
    for (auto it = m_consent.cbegin(); it != m_consent.cend(); ++it) {
        Consent c;
        c.channel = it.key();
        c.granted = it.value()->isChecked();
        c.source = m_source->currentData().toString();
        out.push_back(c);
    }
    return out;
}

bool MemberProfileForm::isModified() const
{
    const Person p = person();
    if (p.name != m_person.name || p.gender != m_person.gender || p.birthday != m_person.birthday
        || p.email != m_person.email || p.tags != m_person.tags || p.notes != m_person.notes)
        return true;
    for (auto it = m_consent.cbegin(); it != m_consent.cend(); ++it) {
        if (it.value()->isChecked() != grantedIn(m_consents, it.key()))
            return true;
    }
    return false;
}

void MemberProfileForm::updateButtons()
{
    const bool modified = isModified();
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    bool consentChanged = false;
    for (auto it = m_consent.cbegin(); it != m_consent.cend(); ++it)
        consentChanged |= it.value()->isChecked() != grantedIn(m_consents, it.key());
    m_source->setEnabled(consentChanged);
}

QWidget *MemberProfileForm::fieldFor(const QString &errorField) const
{
    if (errorField == QLatin1String("email"))
        return m_email;
    if (errorField == QLatin1String("gender"))
        return m_gender;
    if (errorField == QLatin1String("birthday"))
        return m_birthday;
    if (errorField == QLatin1String("consent-source"))
        return m_source;
    if (errorField == QLatin1String("name"))
        return m_name;
    return nullptr;
}

void MemberProfileForm::showError(const core::Error &error)
{
    clearError();
    m_error->setText(error.message());
    m_error->show();
    if (QWidget *field = fieldFor(error.field())) {
        field->setStyleSheet(QString::fromLatin1(errorStyle));
        field->setFocus();
    }
}

void MemberProfileForm::clearError()
{
    m_error->hide();
    m_error->clear();
    for (QWidget *field : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_email),
                            static_cast<QWidget *>(m_gender), static_cast<QWidget *>(m_birthday),
                            static_cast<QWidget *>(m_source) })
        field->setStyleSheet(QString());
}

void MemberProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MemberProfileForm::retranslate()
{
    const QStringList labels = { tr("&Name:"), tr("&Gender:"), tr("&Birthday:"), tr("&E-mail:"),
                                 tr("&Tags:"), tr("N&otes:"), tr("Marketing consent:"),
                                 tr("&How consent was given:") };
    for (int i = 0; i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    const QStringList genders = { tr("Not given"), tr("Female"), tr("Male"), tr("Other") };
    for (int i = 0; i < genders.size(); ++i)
        m_gender->setItemText(i, genders.at(i));
    m_birthday->setSpecialValueText(tr("Not given"));
    m_tags->setPlaceholderText(tr("separated by semicolons, e.g. vip; lunch"));
    for (auto it = m_consent.cbegin(); it != m_consent.cend(); ++it)
        it.value()->setText(core::people::channelDisplayName(it.key()));
    for (int i = 0; i < m_source->count(); ++i)
        m_source->setItemText(i, ConsentTableModel::sourceText(m_source->itemData(i).toString()));
    m_consentNote->setText(
        tr("A change of consent is recorded with the time now and how it was given; no message "
           "goes to a channel without consent."));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Revert"));
}

} // namespace ui::members
