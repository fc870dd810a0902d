# Generated from forms/ask_dialog.ui (sha256 09a89109b2aaaa477beeb560989fa0893664ba9a999c81cc5f3066dcf7a0ed8a) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ask_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AskDialog(object):
    def setupUi(self, AskDialog):
        if not AskDialog.objectName():
            AskDialog.setObjectName(u"AskDialog")
        AskDialog.resize(480, 400)
        self.dialogLayout = QVBoxLayout(AskDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.groupLabel = QLabel(AskDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupEdit = QComboBox(AskDialog)
        self.groupEdit.setObjectName(u"groupEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupEdit)

        self.groupError = QLabel(AskDialog)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groupError)


        self.dialogLayout.addLayout(self.formLayout)

        self.formError = QLabel(AskDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(AskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AskDialog)

        QMetaObject.connectSlotsByName(AskDialog)
    # setupUi

    def retranslateUi(self, AskDialog):
        AskDialog.setWindowTitle(QCoreApplication.translate("AskDialog", u"Ask a group", None))
        self.groupLabel.setText(QCoreApplication.translate("AskDialog", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.groupEdit.setAccessibleName(QCoreApplication.translate("AskDialog", u"Group whose current members are asked", None))
#endif // QT_CONFIG(accessibility)
        self.groupError.setText("")
        self.formError.setText("")
    # retranslateUi

