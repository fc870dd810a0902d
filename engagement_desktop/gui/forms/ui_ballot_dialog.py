# Generated from forms/ballot_dialog.ui (sha256 211bba88f0052097013b1850b17214ed27024534a0bea73fd6a7e87243b261f5) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ballot_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_BallotDialog(object):
    def setupUi(self, BallotDialog):
        if not BallotDialog.objectName():
            BallotDialog.setObjectName(u"BallotDialog")
        BallotDialog.resize(560, 480)
        self.dialogLayout = QVBoxLayout(BallotDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(BallotDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(BallotDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(BallotDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.potLabel = QLabel(BallotDialog)
        self.potLabel.setObjectName(u"potLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.potLabel)

        self.potEdit = QLineEdit(BallotDialog)
        self.potEdit.setObjectName(u"potEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.potEdit)

        self.potError = QLabel(BallotDialog)
        self.potError.setObjectName(u"potError")
        self.potError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.potError)

        self.perLabel = QLabel(BallotDialog)
        self.perLabel.setObjectName(u"perLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.perLabel)

        self.perCombo = QComboBox(BallotDialog)
        self.perCombo.setObjectName(u"perCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.perCombo)

        self.perError = QLabel(BallotDialog)
        self.perError.setObjectName(u"perError")
        self.perError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.perError)

        self.tieLabel = QLabel(BallotDialog)
        self.tieLabel.setObjectName(u"tieLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tieLabel)

        self.tieCombo = QComboBox(BallotDialog)
        self.tieCombo.setObjectName(u"tieCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tieCombo)

        self.tieError = QLabel(BallotDialog)
        self.tieError.setObjectName(u"tieError")
        self.tieError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.tieError)

        self.opensLabel = QLabel(BallotDialog)
        self.opensLabel.setObjectName(u"opensLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.opensDate = QDateEdit(BallotDialog)
        self.opensDate.setObjectName(u"opensDate")
        self.opensDate.setCalendarPopup(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.opensDate)

        self.closesLabel = QLabel(BallotDialog)
        self.closesLabel.setObjectName(u"closesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.closesLabel)

        self.closesDate = QDateEdit(BallotDialog)
        self.closesDate.setObjectName(u"closesDate")
        self.closesDate.setCalendarPopup(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.closesDate)

        self.closesError = QLabel(BallotDialog)
        self.closesError.setObjectName(u"closesError")
        self.closesError.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.closesError)

        self.eventLabel = QLabel(BallotDialog)
        self.eventLabel.setObjectName(u"eventLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventCombo = QComboBox(BallotDialog)
        self.eventCombo.setObjectName(u"eventCombo")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.eventCombo)

        self.descriptionLabel = QLabel(BallotDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(BallotDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.rulesNote = QLabel(BallotDialog)
        self.rulesNote.setObjectName(u"rulesNote")
        self.rulesNote.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.rulesNote)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(BallotDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(BallotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.potLabel.setBuddy(self.potEdit)
        self.perLabel.setBuddy(self.perCombo)
        self.tieLabel.setBuddy(self.tieCombo)
        self.opensLabel.setBuddy(self.opensDate)
        self.closesLabel.setBuddy(self.closesDate)
        self.eventLabel.setBuddy(self.eventCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.potEdit)
        QWidget.setTabOrder(self.potEdit, self.perCombo)
        QWidget.setTabOrder(self.perCombo, self.tieCombo)
        QWidget.setTabOrder(self.tieCombo, self.opensDate)
        QWidget.setTabOrder(self.opensDate, self.closesDate)
        QWidget.setTabOrder(self.closesDate, self.eventCombo)
        QWidget.setTabOrder(self.eventCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.buttonBox)

        self.retranslateUi(BallotDialog)

        QMetaObject.connectSlotsByName(BallotDialog)
    # setupUi

    def retranslateUi(self, BallotDialog):
        BallotDialog.setWindowTitle(QCoreApplication.translate("BallotDialog", u"Ballot", None))
        self.titleLabel.setText(QCoreApplication.translate("BallotDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("BallotDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("BallotDialog", u"e.g. Greener Neighbourhoods 2027", None))
        self.titleError.setText("")
        self.potLabel.setText(QCoreApplication.translate("BallotDialog", u"&Pot (\u00a3):", None))
#if QT_CONFIG(accessibility)
        self.potEdit.setAccessibleName(QCoreApplication.translate("BallotDialog", u"Money in the pot in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.potEdit.setPlaceholderText(QCoreApplication.translate("BallotDialog", u"e.g. 10,000", None))
        self.potError.setText("")
        self.perLabel.setText(QCoreApplication.translate("BallotDialog", u"One &vote per:", None))
#if QT_CONFIG(accessibility)
        self.perCombo.setAccessibleName(QCoreApplication.translate("BallotDialog", u"One vote per household or per person", None))
#endif // QT_CONFIG(accessibility)
        self.perError.setText("")
        self.tieLabel.setText(QCoreApplication.translate("BallotDialog", u"T&ie rule:", None))
#if QT_CONFIG(accessibility)
        self.tieCombo.setAccessibleName(QCoreApplication.translate("BallotDialog", u"How a tie is settled", None))
#endif // QT_CONFIG(accessibility)
        self.tieError.setText("")
        self.opensLabel.setText(QCoreApplication.translate("BallotDialog", u"Voting &opens:", None))
#if QT_CONFIG(accessibility)
        self.opensDate.setAccessibleName(QCoreApplication.translate("BallotDialog", u"Day voting opens", None))
#endif // QT_CONFIG(accessibility)
        self.opensDate.setDisplayFormat(QCoreApplication.translate("BallotDialog", u"dd/MM/yyyy", None))
        self.closesLabel.setText(QCoreApplication.translate("BallotDialog", u"Voting &closes:", None))
#if QT_CONFIG(accessibility)
        self.closesDate.setAccessibleName(QCoreApplication.translate("BallotDialog", u"Day voting closes", None))
#endif // QT_CONFIG(accessibility)
        self.closesDate.setDisplayFormat(QCoreApplication.translate("BallotDialog", u"dd/MM/yyyy", None))
        self.closesError.setText("")
        self.eventLabel.setText(QCoreApplication.translate("BallotDialog", u"At &event:", None))
#if QT_CONFIG(accessibility)
        self.eventCombo.setAccessibleName(QCoreApplication.translate("BallotDialog", u"Event whose check-in the kiosk uses", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("BallotDialog", u"&About it:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("BallotDialog", u"What the pot is for", None))
#endif // QT_CONFIG(accessibility)
        self.rulesNote.setText(QCoreApplication.translate("BallotDialog", u"The pot, the rules and the proposals are fixed when voting opens; the tie rule is chosen now, before anyone votes.", None))
        self.formError.setText("")
    # retranslateUi

