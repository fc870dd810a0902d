# Generated from forms/training_need_dialog.ui (sha256 33297a92e7d234fc9531552e9aaa96662542e783fe4778063a317ad3f2150a84) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_need_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from engagement_desktop.gui.training.person_picker import PersonPicker

class Ui_TrainingNeedDialog(object):
    def setupUi(self, TrainingNeedDialog):
        if not TrainingNeedDialog.objectName():
            TrainingNeedDialog.setObjectName(u"TrainingNeedDialog")
        TrainingNeedDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(TrainingNeedDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.personLabel = QLabel(TrainingNeedDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = PersonPicker(TrainingNeedDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.personError = QLabel(TrainingNeedDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personError)

        self.descriptionLabel = QLabel(TrainingNeedDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(TrainingNeedDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(TrainingNeedDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.courseLabel = QLabel(TrainingNeedDialog)
        self.courseLabel.setObjectName(u"courseLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseCombo = QComboBox(TrainingNeedDialog)
        self.courseCombo.setObjectName(u"courseCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.courseCombo)

        self.courseError = QLabel(TrainingNeedDialog)
        self.courseError.setObjectName(u"courseError")
        self.courseError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.courseError)

        self.identifiedLabel = QLabel(TrainingNeedDialog)
        self.identifiedLabel.setObjectName(u"identifiedLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.identifiedLabel)

        self.identifiedEdit = QLineEdit(TrainingNeedDialog)
        self.identifiedEdit.setObjectName(u"identifiedEdit")
        self.identifiedEdit.setMaximumSize(QSize(140, 16777215))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.identifiedEdit)

        self.identifiedError = QLabel(TrainingNeedDialog)
        self.identifiedError.setObjectName(u"identifiedError")
        self.identifiedError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.identifiedError)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.formError = QLabel(TrainingNeedDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(TrainingNeedDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.courseLabel.setBuddy(self.courseCombo)
        self.identifiedLabel.setBuddy(self.identifiedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.courseCombo)
        QWidget.setTabOrder(self.courseCombo, self.identifiedEdit)

        self.retranslateUi(TrainingNeedDialog)

        QMetaObject.connectSlotsByName(TrainingNeedDialog)
    # setupUi

    def retranslateUi(self, TrainingNeedDialog):
        TrainingNeedDialog.setWindowTitle(QCoreApplication.translate("TrainingNeedDialog", u"Add a training need", None))
        self.personLabel.setText(QCoreApplication.translate("TrainingNeedDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("TrainingNeedDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.personError.setText("")
        self.descriptionLabel.setText(QCoreApplication.translate("TrainingNeedDialog", u"&Need:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("TrainingNeedDialog", u"The training need", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("TrainingNeedDialog", u"What they would like to learn", None))
        self.descriptionError.setText("")
        self.courseLabel.setText(QCoreApplication.translate("TrainingNeedDialog", u"&Course:", None))
#if QT_CONFIG(accessibility)
        self.courseCombo.setAccessibleName(QCoreApplication.translate("TrainingNeedDialog", u"Course that would meet it", None))
#endif // QT_CONFIG(accessibility)
        self.courseError.setText("")
        self.identifiedLabel.setText(QCoreApplication.translate("TrainingNeedDialog", u"&Asked on:", None))
#if QT_CONFIG(accessibility)
        self.identifiedEdit.setAccessibleName(QCoreApplication.translate("TrainingNeedDialog", u"Asked for on", None))
#endif // QT_CONFIG(accessibility)
        self.identifiedEdit.setPlaceholderText(QCoreApplication.translate("TrainingNeedDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.identifiedEdit.setToolTip(QCoreApplication.translate("TrainingNeedDialog", u"A date such as 03/11/2026", None))
#endif // QT_CONFIG(tooltip)
        self.identifiedError.setText("")
        self.formError.setText("")
    # retranslateUi

