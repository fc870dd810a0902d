# Generated from forms/rewards_award_dialog.ui (sha256 42545ec277bf6f5e477975989f31bdda2261633aafceeb16a41596d2269e51f7) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rewards_award_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_AwardDialog(object):
    def setupUi(self, AwardDialog):
        if not AwardDialog.objectName():
            AwardDialog.setObjectName(u"AwardDialog")
        AwardDialog.resize(520, 460)
        self.dialogLayout = QVBoxLayout(AwardDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.personLabel = QLabel(AwardDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personSearch = QLineEdit(AwardDialog)
        self.personSearch.setObjectName(u"personSearch")
        self.personSearch.setClearButtonEnabled(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personSearch)

        self.personList = QListWidget(AwardDialog)
        self.personList.setObjectName(u"personList")
        self.personList.setMaximumSize(QSize(16777215, 130))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personList)

        self.personError = QLabel(AwardDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personError)

        self.pointsLabel = QLabel(AwardDialog)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsSpin = QSpinBox(AwardDialog)
        self.pointsSpin.setObjectName(u"pointsSpin")
        self.pointsSpin.setMinimum(1)
        self.pointsSpin.setMaximum(1000)
        self.pointsSpin.setValue(10)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pointsSpin)

        self.pointsError = QLabel(AwardDialog)
        self.pointsError.setObjectName(u"pointsError")
        self.pointsError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pointsError)

        self.dateLabel = QLabel(AwardDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(AwardDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(AwardDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.reasonLabel = QLabel(AwardDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(AwardDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(AwardDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.dialogLayout.addLayout(self.formLayout)

        self.balanceNote = QLabel(AwardDialog)
        self.balanceNote.setObjectName(u"balanceNote")
        self.balanceNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.balanceNote)

        self.formError = QLabel(AwardDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.dialogSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(AwardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personSearch)
        self.pointsLabel.setBuddy(self.pointsSpin)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personSearch, self.personList)
        QWidget.setTabOrder(self.personList, self.pointsSpin)
        QWidget.setTabOrder(self.pointsSpin, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(AwardDialog)

        QMetaObject.connectSlotsByName(AwardDialog)
    # setupUi

    def retranslateUi(self, AwardDialog):
        AwardDialog.setWindowTitle(QCoreApplication.translate("AwardDialog", u"Award points", None))
        self.personLabel.setText(QCoreApplication.translate("AwardDialog", u"&Who:", None))
#if QT_CONFIG(accessibility)
        self.personSearch.setAccessibleName(QCoreApplication.translate("AwardDialog", u"Who the points are for", None))
#endif // QT_CONFIG(accessibility)
        self.personSearch.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"Type a name, reference or postcode", None))
#if QT_CONFIG(accessibility)
        self.personList.setAccessibleName(QCoreApplication.translate("AwardDialog", u"People found", None))
#endif // QT_CONFIG(accessibility)
        self.personError.setText("")
        self.pointsLabel.setText(QCoreApplication.translate("AwardDialog", u"&Points:", None))
#if QT_CONFIG(accessibility)
        self.pointsSpin.setAccessibleName(QCoreApplication.translate("AwardDialog", u"Points", None))
#endif // QT_CONFIG(accessibility)
        self.pointsError.setText("")
        self.dateLabel.setText(QCoreApplication.translate("AwardDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("AwardDialog", u"Date of the award", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("AwardDialog", u"d MMM yyyy", None))
        self.dateError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("AwardDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("AwardDialog", u"Reason for the award", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AwardDialog", u"What the points are for, e.g. written contribution to the repairs policy review", None))
        self.reasonError.setText("")
        self.balanceNote.setText("")
        self.formError.setText("")
    # retranslateUi

