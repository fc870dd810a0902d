# Generated from forms/register_mark_dialog.ui (sha256 a806896146e994fe725322811fcde0e6e9f127b38e13f8b72c3e82904bbfef94) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_mark_dialog.ui'
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RegisterMarkDialog(object):
    def setupUi(self, RegisterMarkDialog):
        if not RegisterMarkDialog.objectName():
            RegisterMarkDialog.setObjectName(u"RegisterMarkDialog")
        RegisterMarkDialog.resize(380, 220)
        self.markDialogLayout = QVBoxLayout(RegisterMarkDialog)
        self.markDialogLayout.setObjectName(u"markDialogLayout")
        self.personLabel = QLabel(RegisterMarkDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.markDialogLayout.addWidget(self.personLabel)

        self.markForm = QFormLayout()
        self.markForm.setObjectName(u"markForm")
        self.statusComboLabel = QLabel(RegisterMarkDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.markForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(RegisterMarkDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.markForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.roleComboLabel = QLabel(RegisterMarkDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.markForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(RegisterMarkDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.markForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.hoursSpinLabel = QLabel(RegisterMarkDialog)
        self.hoursSpinLabel.setObjectName(u"hoursSpinLabel")

        self.markForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hoursSpinLabel)

        self.hoursSpin = QDoubleSpinBox(RegisterMarkDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(2)
        self.hoursSpin.setMaximum(24.000000000000000)
        self.hoursSpin.setSingleStep(0.250000000000000)

        self.markForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hoursSpin)


        self.markDialogLayout.addLayout(self.markForm)

        self.errorLabel = QLabel(RegisterMarkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.markDialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(RegisterMarkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.markDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.hoursSpinLabel.setBuddy(self.hoursSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RegisterMarkDialog)

        QMetaObject.connectSlotsByName(RegisterMarkDialog)
    # setupUi

    def retranslateUi(self, RegisterMarkDialog):
        RegisterMarkDialog.setWindowTitle(QCoreApplication.translate("RegisterMarkDialog", u"Register entry", None))
        self.personLabel.setText("")
        self.statusComboLabel.setText(QCoreApplication.translate("RegisterMarkDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("RegisterMarkDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.roleComboLabel.setText(QCoreApplication.translate("RegisterMarkDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("RegisterMarkDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.hoursSpinLabel.setText(QCoreApplication.translate("RegisterMarkDialog", u"&Hours:", None))
        self.hoursSpin.setSpecialValueText(QCoreApplication.translate("RegisterMarkDialog", u"not recorded", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("RegisterMarkDialog", u" h", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("RegisterMarkDialog", u"Hours given", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
    # retranslateUi

