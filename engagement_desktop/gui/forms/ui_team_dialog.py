# Generated from forms/team_dialog.ui (sha256 e5de7def4433e5726e7062b54d504bf9d481aade0e5bdf7feb9fc809cbfc95c4) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from engagement_desktop.gui.training.person_picker import PersonPicker

class Ui_TeamDialog(object):
    def setupUi(self, TeamDialog):
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(520, 400)
        self.dialogLayout = QVBoxLayout(TeamDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.leadLabel = QLabel(TeamDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadEdit = PersonPicker(TeamDialog)
        self.leadEdit.setObjectName(u"leadEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leadEdit)

        self.leadError = QLabel(TeamDialog)
        self.leadError.setObjectName(u"leadError")
        self.leadError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leadError)

        self.memberLabel = QLabel(TeamDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberEdit = PersonPicker(TeamDialog)
        self.memberEdit.setObjectName(u"memberEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.memberEdit)

        self.memberError = QLabel(TeamDialog)
        self.memberError.setObjectName(u"memberError")
        self.memberError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.memberError)


        self.dialogLayout.addLayout(self.formLayout)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.addButton = QPushButton(TeamDialog)
        self.addButton.setObjectName(u"addButton")

        self.memberButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(TeamDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.memberButtons.addWidget(self.removeButton)

        self.memberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberSpacer)


        self.dialogLayout.addLayout(self.memberButtons)

        self.membersLabel = QLabel(TeamDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.dialogLayout.addWidget(self.membersLabel)

        self.membersList = QListWidget(TeamDialog)
        self.membersList.setObjectName(u"membersList")

        self.dialogLayout.addWidget(self.membersList)

        self.formError = QLabel(TeamDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(TeamDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.leadLabel.setBuddy(self.leadEdit)
        self.memberLabel.setBuddy(self.memberEdit)
        self.membersLabel.setBuddy(self.membersList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.leadEdit, self.memberEdit)

        self.retranslateUi(TeamDialog)

        QMetaObject.connectSlotsByName(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog):
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"Project team", None))
        self.leadLabel.setText(QCoreApplication.translate("TeamDialog", u"Stream &lead:", None))
#if QT_CONFIG(accessibility)
        self.leadEdit.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Stream lead", None))
#endif // QT_CONFIG(accessibility)
        self.leadError.setText("")
        self.memberLabel.setText(QCoreApplication.translate("TeamDialog", u"&Add a member:", None))
#if QT_CONFIG(accessibility)
        self.memberEdit.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Person to add to the team", None))
#endif // QT_CONFIG(accessibility)
        self.memberError.setText("")
        self.addButton.setText(QCoreApplication.translate("TeamDialog", u"A&dd to the team", None))
        self.removeButton.setText(QCoreApplication.translate("TeamDialog", u"&Remove the chosen member", None))
        self.membersLabel.setText(QCoreApplication.translate("TeamDialog", u"&Members:", None))
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleName(QCoreApplication.translate("TeamDialog", u"Members of the project team", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
    # retranslateUi

