# Generated from forms/mailing_settings.ui (sha256 3c65ee5107af3a593bd85a8d27490035eb16938539fc5b7ba3fee4593e49964f) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mailing_settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QWidget)

class Ui_MailingSettings(object):
    def setupUi(self, MailingSettings):
        if not MailingSettings.objectName():
            MailingSettings.setObjectName(u"MailingSettings")
        self.mailingForm = QFormLayout(MailingSettings)
        self.mailingForm.setObjectName(u"mailingForm")
        self.mailingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.letterheadLabel = QLabel(MailingSettings)
        self.letterheadLabel.setObjectName(u"letterheadLabel")

        self.mailingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.letterheadLabel)

        self.letterheadEdit = QPlainTextEdit(MailingSettings)
        self.letterheadEdit.setObjectName(u"letterheadEdit")
        self.letterheadEdit.setTabChangesFocus(True)
        self.letterheadEdit.setMaximumSize(QSize(16777215, 90))

        self.mailingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.letterheadEdit)

        self.signOffLabel = QLabel(MailingSettings)
        self.signOffLabel.setObjectName(u"signOffLabel")

        self.mailingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signOffLabel)

        self.signOffEdit = QLineEdit(MailingSettings)
        self.signOffEdit.setObjectName(u"signOffEdit")

        self.mailingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signOffEdit)

        self.fromEmailLabel = QLabel(MailingSettings)
        self.fromEmailLabel.setObjectName(u"fromEmailLabel")

        self.mailingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromEmailLabel)

        self.fromEmailEdit = QLineEdit(MailingSettings)
        self.fromEmailEdit.setObjectName(u"fromEmailEdit")

        self.mailingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fromEmailEdit)

        self.bccLabel = QLabel(MailingSettings)
        self.bccLabel.setObjectName(u"bccLabel")

        self.mailingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bccLabel)

        self.bccSpin = QSpinBox(MailingSettings)
        self.bccSpin.setObjectName(u"bccSpin")
        self.bccSpin.setMinimum(1)
        self.bccSpin.setMaximum(500)

        self.mailingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bccSpin)

#if QT_CONFIG(shortcut)
        self.letterheadLabel.setBuddy(self.letterheadEdit)
        self.signOffLabel.setBuddy(self.signOffEdit)
        self.fromEmailLabel.setBuddy(self.fromEmailEdit)
        self.bccLabel.setBuddy(self.bccSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MailingSettings)

        QMetaObject.connectSlotsByName(MailingSettings)
    # setupUi

    def retranslateUi(self, MailingSettings):
        MailingSettings.setTitle(QCoreApplication.translate("MailingSettings", u"Letters and mailings", None))
        self.letterheadLabel.setText(QCoreApplication.translate("MailingSettings", u"&Letterhead lines:", None))
#if QT_CONFIG(accessibility)
        self.letterheadEdit.setAccessibleName(QCoreApplication.translate("MailingSettings", u"Letterhead lines under the landlord's name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.letterheadEdit.setToolTip(QCoreApplication.translate("MailingSettings", u"Printed top right of every letter under the landlord's name: address, phone, email, one a line", None))
#endif // QT_CONFIG(tooltip)
        self.signOffLabel.setText(QCoreApplication.translate("MailingSettings", u"&Sign-off:", None))
#if QT_CONFIG(accessibility)
        self.signOffEdit.setAccessibleName(QCoreApplication.translate("MailingSettings", u"Sign-off above the officer's name", None))
#endif // QT_CONFIG(accessibility)
        self.signOffEdit.setPlaceholderText(QCoreApplication.translate("MailingSettings", u"Yours sincerely,", None))
        self.fromEmailLabel.setText(QCoreApplication.translate("MailingSettings", u"&From email address:", None))
#if QT_CONFIG(accessibility)
        self.fromEmailEdit.setAccessibleName(QCoreApplication.translate("MailingSettings", u"Email address the drafts come from", None))
#endif // QT_CONFIG(accessibility)
        self.fromEmailEdit.setPlaceholderText(QCoreApplication.translate("MailingSettings", u"involvement@example.org.uk", None))
        self.bccLabel.setText(QCoreApplication.translate("MailingSettings", u"&BCC batch size:", None))
#if QT_CONFIG(accessibility)
        self.bccSpin.setAccessibleName(QCoreApplication.translate("MailingSettings", u"Addresses in one BCC batch", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.bccSpin.setToolTip(QCoreApplication.translate("MailingSettings", u"How many addresses go in one batch for your mail program's BCC line (many providers refuse more than 50 to 100)", None))
#endif // QT_CONFIG(tooltip)
        self.bccSpin.setSuffix(QCoreApplication.translate("MailingSettings", u" addresses", None))
    # retranslateUi

