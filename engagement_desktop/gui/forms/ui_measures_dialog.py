# Generated from forms/measures_dialog.ui (sha256 39a1b9f0ba6a99e8013c045cd48bb9814d611123a79270afd1d9680e73208be3) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measures_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_MeasuresDialog(object):
    def setupUi(self, MeasuresDialog):
        if not MeasuresDialog.objectName():
            MeasuresDialog.setObjectName(u"MeasuresDialog")
        MeasuresDialog.resize(620, 560)
        self.dialogLayout = QVBoxLayout(MeasuresDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.regulatorForm = QFormLayout()
        self.regulatorForm.setObjectName(u"regulatorForm")
        self.regulatorLabel = QLabel(MeasuresDialog)
        self.regulatorLabel.setObjectName(u"regulatorLabel")

        self.regulatorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.regulatorLabel)

        self.regulatorCombo = QComboBox(MeasuresDialog)
        self.regulatorCombo.setObjectName(u"regulatorCombo")

        self.regulatorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.regulatorCombo)

        self.regulatorNote = QLabel(MeasuresDialog)
        self.regulatorNote.setObjectName(u"regulatorNote")
        self.regulatorNote.setWordWrap(True)

        self.regulatorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regulatorNote)


        self.dialogLayout.addLayout(self.regulatorForm)

        self.ownLabel = QLabel(MeasuresDialog)
        self.ownLabel.setObjectName(u"ownLabel")

        self.dialogLayout.addWidget(self.ownLabel)

        self.ownList = QListWidget(MeasuresDialog)
        self.ownList.setObjectName(u"ownList")

        self.dialogLayout.addWidget(self.ownList)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.removeButton = QPushButton(MeasuresDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setEnabled(False)

        self.removeRow.addWidget(self.removeButton)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeRow.addItem(self.removeSpacer)


        self.dialogLayout.addLayout(self.removeRow)

        self.addGroup = QGroupBox(MeasuresDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addForm = QFormLayout(self.addGroup)
        self.addForm.setObjectName(u"addForm")
        self.addForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setLabel = QLabel(self.addGroup)
        self.setLabel.setObjectName(u"setLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.setLabel)

        self.setCombo = QComboBox(self.addGroup)
        self.setCombo.setObjectName(u"setCombo")

        self.addForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.setCombo)

        self.nameLabel = QLabel(self.addGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.addGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.questionLabel = QLabel(self.addGroup)
        self.questionLabel.setObjectName(u"questionLabel")

        self.addForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = QLineEdit(self.addGroup)
        self.questionEdit.setObjectName(u"questionEdit")

        self.addForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.questionEdit)

        self.scaleLabel = QLabel(self.addGroup)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.addForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleCombo = QComboBox(self.addGroup)
        self.scaleCombo.setObjectName(u"scaleCombo")

        self.addForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scaleCombo)

        self.positiveLabel = QLabel(self.addGroup)
        self.positiveLabel.setObjectName(u"positiveLabel")

        self.addForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.positiveLabel)

        self.positiveList = QListWidget(self.addGroup)
        self.positiveList.setObjectName(u"positiveList")
        self.positiveList.setMaximumHeight(150)

        self.addForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.positiveList)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")

        self.addForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addButton)


        self.dialogLayout.addWidget(self.addGroup)

        self.formError = QLabel(MeasuresDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(MeasuresDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.regulatorLabel.setBuddy(self.regulatorCombo)
        self.setLabel.setBuddy(self.setCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.questionLabel.setBuddy(self.questionEdit)
        self.scaleLabel.setBuddy(self.scaleCombo)
        self.positiveLabel.setBuddy(self.positiveList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.regulatorCombo, self.ownList)
        QWidget.setTabOrder(self.ownList, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.setCombo)
        QWidget.setTabOrder(self.setCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.questionEdit)
        QWidget.setTabOrder(self.questionEdit, self.scaleCombo)
        QWidget.setTabOrder(self.scaleCombo, self.positiveList)
        QWidget.setTabOrder(self.positiveList, self.addButton)

        self.retranslateUi(MeasuresDialog)

        QMetaObject.connectSlotsByName(MeasuresDialog)
    # setupUi

    def retranslateUi(self, MeasuresDialog):
        MeasuresDialog.setWindowTitle(QCoreApplication.translate("MeasuresDialog", u"Satisfaction measures", None))
        self.regulatorLabel.setText(QCoreApplication.translate("MeasuresDialog", u"&Regulator you report to:", None))
#if QT_CONFIG(accessibility)
        self.regulatorCombo.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Regulator you report to", None))
#endif // QT_CONFIG(accessibility)
        self.regulatorNote.setText("")
        self.ownLabel.setText(QCoreApplication.translate("MeasuresDialog", u"Your own measures:", None))
#if QT_CONFIG(accessibility)
        self.ownList.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Your own measures", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("MeasuresDialog", u"Re&move measure\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("MeasuresDialog", u"Stop reporting the chosen measure; answers already imported stay with their surveys", None))
#endif // QT_CONFIG(tooltip)
        self.addGroup.setTitle(QCoreApplication.translate("MeasuresDialog", u"Add a measure of your own", None))
        self.setLabel.setText(QCoreApplication.translate("MeasuresDialog", u"&Add to:", None))
#if QT_CONFIG(accessibility)
        self.setCombo.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Measure set to add to", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("MeasuresDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Measure name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("MeasuresDialog", u"e.g. Would recommend us", None))
        self.questionLabel.setText(QCoreApplication.translate("MeasuresDialog", u"&Question:", None))
#if QT_CONFIG(accessibility)
        self.questionEdit.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Question as the questionnaire asks it", None))
#endif // QT_CONFIG(accessibility)
        self.questionEdit.setPlaceholderText(QCoreApplication.translate("MeasuresDialog", u"As the questionnaire words it", None))
        self.scaleLabel.setText(QCoreApplication.translate("MeasuresDialog", u"&Answers:", None))
#if QT_CONFIG(accessibility)
        self.scaleCombo.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Answer scale", None))
#endif // QT_CONFIG(accessibility)
        self.positiveLabel.setText(QCoreApplication.translate("MeasuresDialog", u"&Counted as positive:", None))
#if QT_CONFIG(accessibility)
        self.positiveList.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Answers counted as positive", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("MeasuresDialog", u"A&dd measure", None))
        self.formError.setText("")
    # retranslateUi

