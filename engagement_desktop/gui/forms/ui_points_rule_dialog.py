# Generated from forms/points_rule_dialog.ui (sha256 d749568f4653536986bf7ec126e0096a2d48a492003fdf6c1c526409d79ebc58) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'points_rule_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_RuleDialog(object):
    def setupUi(self, RuleDialog):
        if not RuleDialog.objectName():
            RuleDialog.setObjectName(u"RuleDialog")
        RuleDialog.resize(520, 560)
        self.dialogLayout = QVBoxLayout(RuleDialog)
        self.dialogLayout.setSpacing(6)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RuleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.basisLabel = QLabel(RuleDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisCombo = QComboBox(RuleDialog)
        self.basisCombo.setObjectName(u"basisCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.basisCombo)

        self.basisError = QLabel(RuleDialog)
        self.basisError.setObjectName(u"basisError")
        self.basisError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.basisError)

        self.eventTypeLabel = QLabel(RuleDialog)
        self.eventTypeLabel.setObjectName(u"eventTypeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.eventTypeLabel)

        self.eventTypeCombo = QComboBox(RuleDialog)
        self.eventTypeCombo.setObjectName(u"eventTypeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.eventTypeCombo)

        self.eventTypeError = QLabel(RuleDialog)
        self.eventTypeError.setObjectName(u"eventTypeError")
        self.eventTypeError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.eventTypeError)

        self.roleLabel = QLabel(RuleDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(RuleDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleError = QLabel(RuleDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.pointsLabel = QLabel(RuleDialog)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsSpin = QSpinBox(RuleDialog)
        self.pointsSpin.setObjectName(u"pointsSpin")
        self.pointsSpin.setMinimum(0)
        self.pointsSpin.setMaximum(1000)
        self.pointsSpin.setValue(10)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pointsSpin)

        self.pointsError = QLabel(RuleDialog)
        self.pointsError.setObjectName(u"pointsError")
        self.pointsError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.pointsError)

        self.stepLabel = QLabel(RuleDialog)
        self.stepLabel.setObjectName(u"stepLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepSpin = QSpinBox(RuleDialog)
        self.stepSpin.setObjectName(u"stepSpin")
        self.stepSpin.setMinimum(1)
        self.stepSpin.setMaximum(240)
        self.stepSpin.setValue(15)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.stepSpin)

        self.stepError = QLabel(RuleDialog)
        self.stepError.setObjectName(u"stepError")
        self.stepError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.stepError)

        self.capLabel = QLabel(RuleDialog)
        self.capLabel.setObjectName(u"capLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.capLabel)

        self.capSpin = QSpinBox(RuleDialog)
        self.capSpin.setObjectName(u"capSpin")
        self.capSpin.setMinimum(0)
        self.capSpin.setMaximum(100000)
        self.capSpin.setSingleStep(10)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.capSpin)

        self.capError = QLabel(RuleDialog)
        self.capError.setObjectName(u"capError")
        self.capError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.capError)

        self.bonusLabel = QLabel(RuleDialog)
        self.bonusLabel.setObjectName(u"bonusLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.bonusLabel)

        self.bonusEdit = QLineEdit(RuleDialog)
        self.bonusEdit.setObjectName(u"bonusEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.bonusEdit)

        self.bonusError = QLabel(RuleDialog)
        self.bonusError.setObjectName(u"bonusError")
        self.bonusError.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.bonusError)

        self.descriptionLabel = QLabel(RuleDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(RuleDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(RuleDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.fromLabel = QLabel(RuleDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = QDateEdit(RuleDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.fromError = QLabel(RuleDialog)
        self.fromError.setObjectName(u"fromError")
        self.fromError.setWordWrap(True)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.fromError)

        self.toCheck = QCheckBox(RuleDialog)
        self.toCheck.setObjectName(u"toCheck")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.toCheck)

        self.toDate = QDateEdit(RuleDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.toDate)

        self.toError = QLabel(RuleDialog)
        self.toError.setObjectName(u"toError")
        self.toError.setWordWrap(True)

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.toError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(RuleDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(RuleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.basisLabel.setBuddy(self.basisCombo)
        self.eventTypeLabel.setBuddy(self.eventTypeCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.pointsLabel.setBuddy(self.pointsSpin)
        self.stepLabel.setBuddy(self.stepSpin)
        self.capLabel.setBuddy(self.capSpin)
        self.bonusLabel.setBuddy(self.bonusEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.fromLabel.setBuddy(self.fromDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.basisCombo, self.eventTypeCombo)
        QWidget.setTabOrder(self.eventTypeCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.pointsSpin)
        QWidget.setTabOrder(self.pointsSpin, self.stepSpin)
        QWidget.setTabOrder(self.stepSpin, self.capSpin)
        QWidget.setTabOrder(self.capSpin, self.bonusEdit)
        QWidget.setTabOrder(self.bonusEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.buttonBox)

        self.retranslateUi(RuleDialog)

        QMetaObject.connectSlotsByName(RuleDialog)
    # setupUi

    def retranslateUi(self, RuleDialog):
        RuleDialog.setWindowTitle(QCoreApplication.translate("RuleDialog", u"Points rule", None))
        self.introLabel.setText("")
        self.basisLabel.setText(QCoreApplication.translate("RuleDialog", u"&Basis:", None))
#if QT_CONFIG(accessibility)
        self.basisCombo.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Basis", None))
#endif // QT_CONFIG(accessibility)
        self.basisError.setText("")
        self.eventTypeLabel.setText(QCoreApplication.translate("RuleDialog", u"&Kind of event:", None))
#if QT_CONFIG(accessibility)
        self.eventTypeCombo.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Kind of event", None))
#endif // QT_CONFIG(accessibility)
        self.eventTypeError.setText("")
        self.roleLabel.setText(QCoreApplication.translate("RuleDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.roleError.setText("")
        self.pointsLabel.setText(QCoreApplication.translate("RuleDialog", u"&Points:", None))
#if QT_CONFIG(accessibility)
        self.pointsSpin.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Points", None))
#endif // QT_CONFIG(accessibility)
        self.pointsError.setText("")
        self.stepLabel.setText(QCoreApplication.translate("RuleDialog", u"&Step (minutes):", None))
#if QT_CONFIG(accessibility)
        self.stepSpin.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Step in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.stepError.setText("")
        self.capLabel.setText(QCoreApplication.translate("RuleDialog", u"Yearly &cap:", None))
#if QT_CONFIG(accessibility)
        self.capSpin.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Most points a year", None))
#endif // QT_CONFIG(accessibility)
        self.capSpin.setSpecialValueText(QCoreApplication.translate("RuleDialog", u"No cap", None))
        self.capError.setText("")
        self.bonusLabel.setText(QCoreApplication.translate("RuleDialog", u"Bonus &for:", None))
#if QT_CONFIG(accessibility)
        self.bonusEdit.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Bonus for", None))
#endif // QT_CONFIG(accessibility)
        self.bonusEdit.setPlaceholderText(QCoreApplication.translate("RuleDialog", u"e.g. written contribution", None))
        self.bonusError.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("RuleDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("RuleDialog", u"Shown on the ledger, e.g. Group meeting", None))
        self.descriptionError.setText("")
        self.fromLabel.setText(QCoreApplication.translate("RuleDialog", u"Effective &from:", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Effective from", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("RuleDialog", u"d MMM yyyy", None))
        self.fromError.setText("")
        self.toCheck.setText(QCoreApplication.translate("RuleDialog", u"Ends &on:", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("RuleDialog", u"The rule ends", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("RuleDialog", u"Effective to", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("RuleDialog", u"d MMM yyyy", None))
        self.toError.setText("")
        self.formError.setText("")
    # retranslateUi

