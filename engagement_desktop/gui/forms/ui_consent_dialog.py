# Generated from forms/consent_dialog.ui (sha256 598ccfa43d2cd676f9ad71174093b0ba4a2437342c579b4fc3fe17a0fef0560e) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, ConsentDialog):
        if not ConsentDialog.objectName():
            ConsentDialog.setObjectName(u"ConsentDialog")
        ConsentDialog.resize(460, 320)
        self.dialogLayout = QVBoxLayout(ConsentDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.personLabel = QLabel(ConsentDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.personLabel)

        self.errorBanner = QLabel(ConsentDialog)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorBanner)

        self.consentForm = QFormLayout()
        self.consentForm.setObjectName(u"consentForm")
        self.consentForm.setHorizontalSpacing(6)
        self.consentForm.setVerticalSpacing(6)
        self.purposeLabel = QLabel(ConsentDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(ConsentDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.answerBox = QWidget(ConsentDialog)
        self.answerBox.setObjectName(u"answerBox")
        self.answerLayout = QHBoxLayout(self.answerBox)
        self.answerLayout.setSpacing(12)
        self.answerLayout.setObjectName(u"answerLayout")
        self.answerLayout.setContentsMargins(0, 0, 0, 0)
        self.givenRadio = QRadioButton(self.answerBox)
        self.givenRadio.setObjectName(u"givenRadio")
        self.givenRadio.setChecked(True)

        self.answerLayout.addWidget(self.givenRadio)

        self.withdrawnRadio = QRadioButton(self.answerBox)
        self.withdrawnRadio.setObjectName(u"withdrawnRadio")

        self.answerLayout.addWidget(self.withdrawnRadio)

        self.answerSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerLayout.addItem(self.answerSpacer)


        self.consentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.answerBox)

        self.answerLabel = QLabel(ConsentDialog)
        self.answerLabel.setObjectName(u"answerLabel")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.answerLabel)

        self.methodLabel = QLabel(ConsentDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(ConsentDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.wordingLabel = QLabel(ConsentDialog)
        self.wordingLabel.setObjectName(u"wordingLabel")

        self.consentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.wordingLabel)

        self.wordingEdit = QLineEdit(ConsentDialog)
        self.wordingEdit.setObjectName(u"wordingEdit")

        self.consentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.wordingEdit)

        self.dateLabel = QLabel(ConsentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.consentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(ConsentDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.consentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.contextLabel = QLabel(ConsentDialog)
        self.contextLabel.setObjectName(u"contextLabel")

        self.consentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contextLabel)

        self.contextEdit = QLineEdit(ConsentDialog)
        self.contextEdit.setObjectName(u"contextEdit")

        self.consentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contextEdit)


        self.dialogLayout.addLayout(self.consentForm)

        self.consentSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.consentSpacer)

        self.buttonBox = QDialogButtonBox(ConsentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.wordingLabel.setBuddy(self.wordingEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.contextLabel.setBuddy(self.contextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.purposeCombo, self.givenRadio)
        QWidget.setTabOrder(self.givenRadio, self.withdrawnRadio)
        QWidget.setTabOrder(self.withdrawnRadio, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.wordingEdit)
        QWidget.setTabOrder(self.wordingEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.contextEdit)
        QWidget.setTabOrder(self.contextEdit, self.buttonBox)

        self.retranslateUi(ConsentDialog)

        QMetaObject.connectSlotsByName(ConsentDialog)
    # setupUi

    def retranslateUi(self, ConsentDialog):
        ConsentDialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Record consent", None))
        self.personLabel.setText("")
        self.errorBanner.setText("")
        self.purposeLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Purpose:", None))
#if QT_CONFIG(accessibility)
        self.purposeCombo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Consent purpose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.answerBox.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Given or withdrawn", None))
#endif // QT_CONFIG(accessibility)
        self.givenRadio.setText(QCoreApplication.translate("ConsentDialog", u"&Given", None))
        self.withdrawnRadio.setText(QCoreApplication.translate("ConsentDialog", u"&Withdrawn", None))
        self.answerLabel.setText(QCoreApplication.translate("ConsentDialog", u"Consent:", None))
        self.methodLabel.setText(QCoreApplication.translate("ConsentDialog", u"&How:", None))
#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"How consent was given", None))
#endif // QT_CONFIG(accessibility)
        self.wordingLabel.setText(QCoreApplication.translate("ConsentDialog", u"Wording &version:", None))
        self.wordingEdit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"e.g. v2.1", None))
#if QT_CONFIG(accessibility)
        self.wordingEdit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Wording version", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Date:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"dd/mm/yyyy (blank: now)", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Date consent was recorded", None))
#endif // QT_CONFIG(accessibility)
        self.contextLabel.setText(QCoreApplication.translate("ConsentDialog", u"&Notes:", None))
        self.contextEdit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"e.g. in person at the Riverside fun day", None))
#if QT_CONFIG(accessibility)
        self.contextEdit.setAccessibleName(QCoreApplication.translate("ConsentDialog", u"Where or how", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

