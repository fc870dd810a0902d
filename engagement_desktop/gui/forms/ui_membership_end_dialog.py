# Generated from forms/membership_end_dialog.ui (sha256 ed3d75d38b68ba880be6db61ccea6a8c3c5534f6432be20b720a377efcf19c27) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'membership_end_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_MembershipEndDialog(object):
    def setupUi(self, MembershipEndDialog):
        if not MembershipEndDialog.objectName():
            MembershipEndDialog.setObjectName(u"MembershipEndDialog")
        MembershipEndDialog.resize(440, 200)
        self.dialogLayout = QVBoxLayout(MembershipEndDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(MembershipEndDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.endForm = QFormLayout()
        self.endForm.setObjectName(u"endForm")
        self.endForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.leftOnLabel = QLabel(MembershipEndDialog)
        self.leftOnLabel.setObjectName(u"leftOnLabel")

        self.endForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leftOnLabel)

        self.leftOnEdit = QDateEdit(MembershipEndDialog)
        self.leftOnEdit.setObjectName(u"leftOnEdit")
        self.leftOnEdit.setCalendarPopup(True)

        self.endForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leftOnEdit)

        self.leftOnError = QLabel(MembershipEndDialog)
        self.leftOnError.setObjectName(u"leftOnError")
        self.leftOnError.setWordWrap(True)

        self.endForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leftOnError)

        self.notesLabel = QLabel(MembershipEndDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.endForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(MembershipEndDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.endForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.endForm)

        self.keepLabel = QLabel(MembershipEndDialog)
        self.keepLabel.setObjectName(u"keepLabel")
        self.keepLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.keepLabel)

        self.formError = QLabel(MembershipEndDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(MembershipEndDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.leftOnLabel.setBuddy(self.leftOnEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.leftOnEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(MembershipEndDialog)

        QMetaObject.connectSlotsByName(MembershipEndDialog)
    # setupUi

    def retranslateUi(self, MembershipEndDialog):
        MembershipEndDialog.setWindowTitle(QCoreApplication.translate("MembershipEndDialog", u"Stand down", None))
        self.introLabel.setText("")
        self.leftOnLabel.setText(QCoreApplication.translate("MembershipEndDialog", u"&Stood down on:", None))
#if QT_CONFIG(accessibility)
        self.leftOnEdit.setAccessibleName(QCoreApplication.translate("MembershipEndDialog", u"Stood down on", None))
#endif // QT_CONFIG(accessibility)
        self.leftOnEdit.setDisplayFormat(QCoreApplication.translate("MembershipEndDialog", u"d MMM yyyy", None))
        self.leftOnError.setText("")
#if QT_CONFIG(accessibility)
        self.leftOnError.setAccessibleName(QCoreApplication.translate("MembershipEndDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("MembershipEndDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("MembershipEndDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("MembershipEndDialog", u"Optional: why, e.g. moved away", None))
        self.keepLabel.setText(QCoreApplication.translate("MembershipEndDialog", u"The term stays in the member's history; it is not deleted.", None))
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("MembershipEndDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

