# Generated from forms/checkin_walkin.ui (sha256 8ab43d909ae5decc5bb5d84937ea72fa433a9115d58f70f7ef3b6ea46a4993cf) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_walkin.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WalkInPanel(object):
    def setupUi(self, WalkInPanel):
        if not WalkInPanel.objectName():
            WalkInPanel.setObjectName(u"WalkInPanel")
        WalkInPanel.resize(900, 420)
        self.panelLayout = QVBoxLayout(WalkInPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.titleLabel = QLabel(WalkInPanel)
        self.titleLabel.setObjectName(u"titleLabel")

        self.panelLayout.addWidget(self.titleLabel)

        self.errorBanner = QLabel(WalkInPanel)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setWordWrap(True)

        self.panelLayout.addWidget(self.errorBanner)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.walkInForm = QFormLayout()
        self.walkInForm.setObjectName(u"walkInForm")
        self.firstNameEditLabel = QLabel(WalkInPanel)
        self.firstNameEditLabel.setObjectName(u"firstNameEditLabel")

        self.walkInForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameEditLabel)

        self.firstNameEdit = QLineEdit(WalkInPanel)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(100)

        self.walkInForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameEditLabel = QLabel(WalkInPanel)
        self.lastNameEditLabel.setObjectName(u"lastNameEditLabel")

        self.walkInForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameEditLabel)

        self.lastNameEdit = QLineEdit(WalkInPanel)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(100)

        self.walkInForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.addressEditLabel = QLabel(WalkInPanel)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.walkInForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(WalkInPanel)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.walkInForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.postcodeEditLabel = QLabel(WalkInPanel)
        self.postcodeEditLabel.setObjectName(u"postcodeEditLabel")

        self.walkInForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postcodeEditLabel)

        self.postcodeEdit = QLineEdit(WalkInPanel)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(10)

        self.walkInForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.phoneEditLabel = QLabel(WalkInPanel)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.walkInForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(WalkInPanel)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.walkInForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailEditLabel = QLabel(WalkInPanel)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.walkInForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(WalkInPanel)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.walkInForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.holdDataCheck = QCheckBox(WalkInPanel)
        self.holdDataCheck.setObjectName(u"holdDataCheck")

        self.walkInForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.holdDataCheck)

        self.contactLabel = QLabel(WalkInPanel)
        self.contactLabel.setObjectName(u"contactLabel")

        self.walkInForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactLayout = QHBoxLayout()
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactEmailCheck = QCheckBox(WalkInPanel)
        self.contactEmailCheck.setObjectName(u"contactEmailCheck")

        self.contactLayout.addWidget(self.contactEmailCheck)

        self.contactPhoneCheck = QCheckBox(WalkInPanel)
        self.contactPhoneCheck.setObjectName(u"contactPhoneCheck")

        self.contactLayout.addWidget(self.contactPhoneCheck)

        self.contactTextCheck = QCheckBox(WalkInPanel)
        self.contactTextCheck.setObjectName(u"contactTextCheck")

        self.contactLayout.addWidget(self.contactTextCheck)

        self.contactPostCheck = QCheckBox(WalkInPanel)
        self.contactPostCheck.setObjectName(u"contactPostCheck")

        self.contactLayout.addWidget(self.contactPostCheck)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactLayout.addItem(self.contactSpacer)


        self.walkInForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.contactLayout)


        self.columnsLayout.addLayout(self.walkInForm)

        self.duplicatesBox = QGroupBox(WalkInPanel)
        self.duplicatesBox.setObjectName(u"duplicatesBox")
        self.duplicatesLayout = QVBoxLayout(self.duplicatesBox)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.duplicatesLabel = QLabel(self.duplicatesBox)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")
        self.duplicatesLabel.setWordWrap(True)

        self.duplicatesLayout.addWidget(self.duplicatesLabel)

        self.duplicatesList = QListWidget(self.duplicatesBox)
        self.duplicatesList.setObjectName(u"duplicatesList")

        self.duplicatesLayout.addWidget(self.duplicatesList)

        self.useExistingButton = QPushButton(self.duplicatesBox)
        self.useExistingButton.setObjectName(u"useExistingButton")
        self.useExistingButton.setAutoDefault(False)

        self.duplicatesLayout.addWidget(self.useExistingButton)

        self.addAnywayButton = QPushButton(self.duplicatesBox)
        self.addAnywayButton.setObjectName(u"addAnywayButton")
        self.addAnywayButton.setAutoDefault(False)

        self.duplicatesLayout.addWidget(self.addAnywayButton)


        self.columnsLayout.addWidget(self.duplicatesBox)


        self.panelLayout.addLayout(self.columnsLayout)

        self.panelButtons = QHBoxLayout()
        self.panelButtons.setObjectName(u"panelButtons")
        self.addButton = QPushButton(WalkInPanel)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.panelButtons.addWidget(self.addButton)

        self.cancelButton = QPushButton(WalkInPanel)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.panelButtons.addWidget(self.cancelButton)

        self.panelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.panelButtons.addItem(self.panelSpacer)


        self.panelLayout.addLayout(self.panelButtons)

        self.panelBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panelLayout.addItem(self.panelBottom)

#if QT_CONFIG(shortcut)
        self.firstNameEditLabel.setBuddy(self.firstNameEdit)
        self.lastNameEditLabel.setBuddy(self.lastNameEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.postcodeEditLabel.setBuddy(self.postcodeEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.holdDataCheck)
        QWidget.setTabOrder(self.holdDataCheck, self.contactEmailCheck)
        QWidget.setTabOrder(self.contactEmailCheck, self.contactPhoneCheck)
        QWidget.setTabOrder(self.contactPhoneCheck, self.contactTextCheck)
        QWidget.setTabOrder(self.contactTextCheck, self.contactPostCheck)
        QWidget.setTabOrder(self.contactPostCheck, self.addButton)
        QWidget.setTabOrder(self.addButton, self.cancelButton)

        self.retranslateUi(WalkInPanel)

        QMetaObject.connectSlotsByName(WalkInPanel)
    # setupUi

    def retranslateUi(self, WalkInPanel):
        self.titleLabel.setText(QCoreApplication.translate("WalkInPanel", u"New person at the door", None))
        self.errorBanner.setText("")
#if QT_CONFIG(accessibility)
        self.errorBanner.setAccessibleName(QCoreApplication.translate("WalkInPanel", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameEditLabel.setText(QCoreApplication.translate("WalkInPanel", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("WalkInPanel", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameEditLabel.setText(QCoreApplication.translate("WalkInPanel", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("WalkInPanel", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.addressEditLabel.setText(QCoreApplication.translate("WalkInPanel", u"A&ddress:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("WalkInPanel", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeEditLabel.setText(QCoreApplication.translate("WalkInPanel", u"Post&code:", None))
#if QT_CONFIG(accessibility)
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("WalkInPanel", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEditLabel.setText(QCoreApplication.translate("WalkInPanel", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("WalkInPanel", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.emailEditLabel.setText(QCoreApplication.translate("WalkInPanel", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("WalkInPanel", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.holdDataCheck.setText(QCoreApplication.translate("WalkInPanel", u"They agree to us &keeping their details (required)", None))
#if QT_CONFIG(accessibility)
        self.holdDataCheck.setAccessibleName(QCoreApplication.translate("WalkInPanel", u"Consent to hold their details", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("WalkInPanel", u"Contact by:", None))
        self.contactEmailCheck.setText(QCoreApplication.translate("WalkInPanel", u"E&mail", None))
        self.contactPhoneCheck.setText(QCoreApplication.translate("WalkInPanel", u"P&hone", None))
        self.contactTextCheck.setText(QCoreApplication.translate("WalkInPanel", u"&Text", None))
        self.contactPostCheck.setText(QCoreApplication.translate("WalkInPanel", u"P&ost", None))
        self.duplicatesBox.setTitle(QCoreApplication.translate("WalkInPanel", u"Already on file?", None))
        self.duplicatesLabel.setText("")
#if QT_CONFIG(accessibility)
        self.duplicatesList.setAccessibleName(QCoreApplication.translate("WalkInPanel", u"People who may be the same", None))
#endif // QT_CONFIG(accessibility)
        self.useExistingButton.setText(QCoreApplication.translate("WalkInPanel", u"This is them: check them &in", None))
        self.addAnywayButton.setText(QCoreApplication.translate("WalkInPanel", u"Add a&nyway", None))
        self.addButton.setText(QCoreApplication.translate("WalkInPanel", u"&Add and check in (Enter)", None))
        self.cancelButton.setText(QCoreApplication.translate("WalkInPanel", u"Back to search (Esc)", None))
        pass
    # retranslateUi

