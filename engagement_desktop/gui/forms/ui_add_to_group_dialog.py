# Generated from forms/add_to_group_dialog.ui (sha256 852c292905578d75f946bc90a2aa51f5da2e2e7374b159db1d6094dc8a7302c5) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_to_group_dialog.ui'
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
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AddToGroupDialog(object):
    def setupUi(self, AddToGroupDialog):
        if not AddToGroupDialog.objectName():
            AddToGroupDialog.setObjectName(u"AddToGroupDialog")
        AddToGroupDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(AddToGroupDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AddToGroupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formError = QLabel(AddToGroupDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.termForm = QFormLayout()
        self.termForm.setObjectName(u"termForm")
        self.groupLabel = QLabel(AddToGroupDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.termForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(AddToGroupDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.termForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.groupError = QLabel(AddToGroupDialog)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setWordWrap(True)

        self.termForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groupError)

        self.roleLabel = QLabel(AddToGroupDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.termForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AddToGroupDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.termForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleError = QLabel(AddToGroupDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setWordWrap(True)

        self.termForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleError)

        self.termStartLabel = QLabel(AddToGroupDialog)
        self.termStartLabel.setObjectName(u"termStartLabel")

        self.termForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.termStartLabel)

        self.termStartEdit = QDateEdit(AddToGroupDialog)
        self.termStartEdit.setObjectName(u"termStartEdit")
        self.termStartEdit.setCalendarPopup(True)

        self.termForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.termStartEdit)

        self.termStartError = QLabel(AddToGroupDialog)
        self.termStartError.setObjectName(u"termStartError")
        self.termStartError.setWordWrap(True)

        self.termForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.termStartError)

        self.termEndCheck = QCheckBox(AddToGroupDialog)
        self.termEndCheck.setObjectName(u"termEndCheck")

        self.termForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.termEndCheck)

        self.termEndEdit = QDateEdit(AddToGroupDialog)
        self.termEndEdit.setObjectName(u"termEndEdit")
        self.termEndEdit.setCalendarPopup(True)

        self.termForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.termEndEdit)

        self.termEndError = QLabel(AddToGroupDialog)
        self.termEndError.setObjectName(u"termEndError")
        self.termEndError.setWordWrap(True)

        self.termForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.termEndError)


        self.dialogLayout.addLayout(self.termForm)

        self.dialogSpacer = QSpacerItem(16, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(AddToGroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.termStartLabel.setBuddy(self.termStartEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.termStartEdit)
        QWidget.setTabOrder(self.termStartEdit, self.termEndCheck)
        QWidget.setTabOrder(self.termEndCheck, self.termEndEdit)
        QWidget.setTabOrder(self.termEndEdit, self.buttonBox)

        self.retranslateUi(AddToGroupDialog)

        QMetaObject.connectSlotsByName(AddToGroupDialog)
    # setupUi

    def retranslateUi(self, AddToGroupDialog):
        AddToGroupDialog.setWindowTitle(QCoreApplication.translate("AddToGroupDialog", u"Add the selected people to a group", None))
        self.introLabel.setText("")
        self.formError.setText("")
        self.groupLabel.setText(QCoreApplication.translate("AddToGroupDialog", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("AddToGroupDialog", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.groupError.setText("")
        self.roleLabel.setText(QCoreApplication.translate("AddToGroupDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("AddToGroupDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.roleError.setText("")
        self.termStartLabel.setText(QCoreApplication.translate("AddToGroupDialog", u"Term &starts:", None))
#if QT_CONFIG(accessibility)
        self.termStartEdit.setAccessibleName(QCoreApplication.translate("AddToGroupDialog", u"Term starts", None))
#endif // QT_CONFIG(accessibility)
        self.termStartEdit.setDisplayFormat(QCoreApplication.translate("AddToGroupDialog", u"dd/MM/yyyy", None))
        self.termStartError.setText("")
        self.termEndCheck.setText(QCoreApplication.translate("AddToGroupDialog", u"Term &ends:", None))
#if QT_CONFIG(accessibility)
        self.termEndEdit.setAccessibleName(QCoreApplication.translate("AddToGroupDialog", u"Term ends", None))
#endif // QT_CONFIG(accessibility)
        self.termEndEdit.setDisplayFormat(QCoreApplication.translate("AddToGroupDialog", u"dd/MM/yyyy", None))
        self.termEndError.setText("")
    # retranslateUi

