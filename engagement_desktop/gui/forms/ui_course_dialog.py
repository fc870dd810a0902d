# Generated from forms/course_dialog.ui (sha256 07c74400b483f7ffd0b34ad059c3d56a21b3a0c83e14ee93fc13cdaced521101) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'course_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_CourseDialog(object):
    def setupUi(self, CourseDialog):
        if not CourseDialog.objectName():
            CourseDialog.setObjectName(u"CourseDialog")
        CourseDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(CourseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(CourseDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CourseDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(CourseDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.providerLabel = QLabel(CourseDialog)
        self.providerLabel.setObjectName(u"providerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.providerEdit = QLineEdit(CourseDialog)
        self.providerEdit.setObjectName(u"providerEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.providerEdit)

        self.providerError = QLabel(CourseDialog)
        self.providerError.setObjectName(u"providerError")
        self.providerError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.providerError)

        self.kindLabel = QLabel(CourseDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CourseDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(CourseDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.durationLabel = QLabel(CourseDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(CourseDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(100000)
        self.durationSpin.setSingleStep(15)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.durationError = QLabel(CourseDialog)
        self.durationError.setObjectName(u"durationError")
        self.durationError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.durationError)

        self.costLabel = QLabel(CourseDialog)
        self.costLabel.setObjectName(u"costLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costSpin = QDoubleSpinBox(CourseDialog)
        self.costSpin.setObjectName(u"costSpin")
        self.costSpin.setMaximum(100000.000000000000000)
        self.costSpin.setDecimals(2)
        self.costSpin.setSingleStep(5.000000000000000)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.costSpin)

        self.costError = QLabel(CourseDialog)
        self.costError.setObjectName(u"costError")
        self.costError.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.costError)

        self.expiresLabel = QLabel(CourseDialog)
        self.expiresLabel.setObjectName(u"expiresLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.expiresLabel)

        self.expiresLayout = QHBoxLayout()
        self.expiresLayout.setObjectName(u"expiresLayout")
        self.expiresCheck = QCheckBox(CourseDialog)
        self.expiresCheck.setObjectName(u"expiresCheck")

        self.expiresLayout.addWidget(self.expiresCheck)

        self.validSpin = QSpinBox(CourseDialog)
        self.validSpin.setObjectName(u"validSpin")
        self.validSpin.setMinimum(1)
        self.validSpin.setMaximum(240)
        self.validSpin.setValue(36)

        self.expiresLayout.addWidget(self.validSpin)

        self.expiresSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expiresLayout.addItem(self.expiresSpacer)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.expiresLayout)

        self.validError = QLabel(CourseDialog)
        self.validError.setObjectName(u"validError")
        self.validError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.validError)

        self.archivedCheck = QCheckBox(CourseDialog)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.archivedCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formError = QLabel(CourseDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(CourseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.providerLabel.setBuddy(self.providerEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.durationLabel.setBuddy(self.durationSpin)
        self.costLabel.setBuddy(self.costSpin)
        self.expiresLabel.setBuddy(self.expiresCheck)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.providerEdit)
        QWidget.setTabOrder(self.providerEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.costSpin)
        QWidget.setTabOrder(self.costSpin, self.expiresCheck)
        QWidget.setTabOrder(self.expiresCheck, self.validSpin)
        QWidget.setTabOrder(self.validSpin, self.archivedCheck)

        self.retranslateUi(CourseDialog)

        QMetaObject.connectSlotsByName(CourseDialog)
    # setupUi

    def retranslateUi(self, CourseDialog):
        CourseDialog.setWindowTitle(QCoreApplication.translate("CourseDialog", u"Course", None))
        self.titleLabel.setText(QCoreApplication.translate("CourseDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleError.setText("")
        self.providerLabel.setText(QCoreApplication.translate("CourseDialog", u"&Provider:", None))
#if QT_CONFIG(accessibility)
        self.providerEdit.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Provider", None))
#endif // QT_CONFIG(accessibility)
        self.providerEdit.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"Who runs it, e.g. TPAS or in-house", None))
        self.providerError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("CourseDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.kindError.setText("")
        self.durationLabel.setText(QCoreApplication.translate("CourseDialog", u"&Duration:", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("CourseDialog", u"Not set", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("CourseDialog", u" minutes", None))
        self.durationError.setText("")
        self.costLabel.setText(QCoreApplication.translate("CourseDialog", u"C&ost per place:", None))
#if QT_CONFIG(accessibility)
        self.costSpin.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Cost per place in pounds", None))
#endif // QT_CONFIG(accessibility)
        self.costSpin.setPrefix(QCoreApplication.translate("CourseDialog", u"\u00a3", None))
        self.costError.setText("")
        self.expiresLabel.setText(QCoreApplication.translate("CourseDialog", u"&Refresh:", None))
        self.expiresCheck.setText(QCoreApplication.translate("CourseDialog", u"Runs out after", None))
#if QT_CONFIG(accessibility)
        self.expiresCheck.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Training runs out and must be refreshed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.validSpin.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Months until it runs out", None))
#endif // QT_CONFIG(accessibility)
        self.validSpin.setSuffix(QCoreApplication.translate("CourseDialog", u" months", None))
        self.validError.setText("")
        self.archivedCheck.setText(QCoreApplication.translate("CourseDialog", u"&No longer offered (archived)", None))
#if QT_CONFIG(accessibility)
        self.archivedCheck.setAccessibleName(QCoreApplication.translate("CourseDialog", u"Archived: no longer offered", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
    # retranslateUi

