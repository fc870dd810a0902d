# Generated from forms/person_editor.ui (sha256 ac071f3f7d80e53773eb6b2d915b1b6e152ad07225f968ebd4904bab5771566f) by engagement_desktop.gui.form_compiler - do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PersonEditor(object):
    def setupUi(self, PersonEditor):
        if not PersonEditor.objectName():
            PersonEditor.setObjectName(u"PersonEditor")
        PersonEditor.resize(860, 640)
        PersonEditor.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(PersonEditor)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.nameLabel = QLabel(PersonEditor)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.nameLabel)

        self.headerSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.badgeLabel = QLabel(PersonEditor)
        self.badgeLabel.setObjectName(u"badgeLabel")
        self.badgeLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.badgeLabel)


        self.dialogLayout.addLayout(self.headerLayout)

        self.errorBanner = QLabel(PersonEditor)
        self.errorBanner.setObjectName(u"errorBanner")
        self.errorBanner.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorBanner)

        self.tabs = QTabWidget(PersonEditor)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QHBoxLayout(self.detailsTab)
        self.detailsLayout.setSpacing(24)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.identityForm = QFormLayout()
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setHorizontalSpacing(6)
        self.identityForm.setVerticalSpacing(6)
        self.titleLabel = QLabel(self.detailsTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleCombo = QComboBox(self.detailsTab)
        self.titleCombo.setObjectName(u"titleCombo")
        self.titleCombo.setEditable(True)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleCombo)

        self.firstNameLabel = QLabel(self.detailsTab)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.detailsTab)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameLabel = QLabel(self.detailsTab)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.detailsTab)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.knownAsLabel = QLabel(self.detailsTab)
        self.knownAsLabel.setObjectName(u"knownAsLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.knownAsLabel)

        self.knownAsEdit = QLineEdit(self.detailsTab)
        self.knownAsEdit.setObjectName(u"knownAsEdit")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.knownAsEdit)

        self.referenceLabel = QLabel(self.detailsTab)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(self.detailsTab)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.dateOfBirthLabel = QLabel(self.detailsTab)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateOfBirthLabel)

        self.dateOfBirthEdit = QLineEdit(self.detailsTab)
        self.dateOfBirthEdit.setObjectName(u"dateOfBirthEdit")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateOfBirthEdit)

        self.tenureLabel = QLabel(self.detailsTab)
        self.tenureLabel.setObjectName(u"tenureLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tenureLabel)

        self.tenureCombo = QComboBox(self.detailsTab)
        self.tenureCombo.setObjectName(u"tenureCombo")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tenureCombo)

        self.holdDataLabel = QLabel(self.detailsTab)
        self.holdDataLabel.setObjectName(u"holdDataLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.holdDataLabel)

        self.holdDataCheck = QCheckBox(self.detailsTab)
        self.holdDataCheck.setObjectName(u"holdDataCheck")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.holdDataCheck)

        self.holdDataMethodLabel = QLabel(self.detailsTab)
        self.holdDataMethodLabel.setObjectName(u"holdDataMethodLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.holdDataMethodLabel)

        self.holdDataMethodCombo = QComboBox(self.detailsTab)
        self.holdDataMethodCombo.setObjectName(u"holdDataMethodCombo")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.holdDataMethodCombo)


        self.detailsLayout.addLayout(self.identityForm)

        self.addressForm = QFormLayout()
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setHorizontalSpacing(6)
        self.addressForm.setVerticalSpacing(6)
        self.address1Label = QLabel(self.detailsTab)
        self.address1Label.setObjectName(u"address1Label")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.address1Label)

        self.address1Edit = QLineEdit(self.detailsTab)
        self.address1Edit.setObjectName(u"address1Edit")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.address1Edit)

        self.address2Label = QLabel(self.detailsTab)
        self.address2Label.setObjectName(u"address2Label")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address2Label)

        self.address2Edit = QLineEdit(self.detailsTab)
        self.address2Edit.setObjectName(u"address2Edit")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address2Edit)

        self.address3Label = QLabel(self.detailsTab)
        self.address3Label.setObjectName(u"address3Label")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.address3Label)

        self.address3Edit = QLineEdit(self.detailsTab)
        self.address3Edit.setObjectName(u"address3Edit")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address3Edit)

        self.townLabel = QLabel(self.detailsTab)
        self.townLabel.setObjectName(u"townLabel")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.townLabel)

        self.townEdit = QLineEdit(self.detailsTab)
        self.townEdit.setObjectName(u"townEdit")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.townEdit)

        self.postcodeLabel = QLabel(self.detailsTab)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(self.detailsTab)
        self.postcodeEdit.setObjectName(u"postcodeEdit")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.areaLabel = QLabel(self.detailsTab)
        self.areaLabel.setObjectName(u"areaLabel")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(self.detailsTab)
        self.areaCombo.setObjectName(u"areaCombo")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.householdLabel = QLabel(self.detailsTab)
        self.householdLabel.setObjectName(u"householdLabel")

        self.addressForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdCombo = QComboBox(self.detailsTab)
        self.householdCombo.setObjectName(u"householdCombo")

        self.addressForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.householdCombo)

        self.householdMembersLabel = QLabel(self.detailsTab)
        self.householdMembersLabel.setObjectName(u"householdMembersLabel")
        self.householdMembersLabel.setWordWrap(True)

        self.addressForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.householdMembersLabel)


        self.detailsLayout.addLayout(self.addressForm)

        self.tabs.addTab(self.detailsTab, "")
        self.contactTab = QWidget()
        self.contactTab.setObjectName(u"contactTab")
        self.contactLayout = QVBoxLayout(self.contactTab)
        self.contactLayout.setSpacing(8)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactForm = QFormLayout()
        self.contactForm.setObjectName(u"contactForm")
        self.contactForm.setHorizontalSpacing(6)
        self.contactForm.setVerticalSpacing(6)
        self.emailLabel = QLabel(self.contactTab)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.contactTab)
        self.emailEdit.setObjectName(u"emailEdit")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.contactTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactTab)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.mobileLabel = QLabel(self.contactTab)
        self.mobileLabel.setObjectName(u"mobileLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mobileLabel)

        self.mobileEdit = QLineEdit(self.contactTab)
        self.mobileEdit.setObjectName(u"mobileEdit")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.preferredContactLabel = QLabel(self.contactTab)
        self.preferredContactLabel.setObjectName(u"preferredContactLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preferredContactLabel)

        self.preferredContactCombo = QComboBox(self.contactTab)
        self.preferredContactCombo.setObjectName(u"preferredContactCombo")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preferredContactCombo)

        self.contactConsentLabel = QLabel(self.contactTab)
        self.contactConsentLabel.setObjectName(u"contactConsentLabel")
        self.contactConsentLabel.setWordWrap(True)

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contactConsentLabel)


        self.contactLayout.addLayout(self.contactForm)

        self.contactSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contactLayout.addItem(self.contactSpacer)

        self.tabs.addTab(self.contactTab, "")
        self.involvementTab = QWidget()
        self.involvementTab.setObjectName(u"involvementTab")
        self.involvementLayout = QVBoxLayout(self.involvementTab)
        self.involvementLayout.setSpacing(8)
        self.involvementLayout.setObjectName(u"involvementLayout")
        self.involvementForm = QFormLayout()
        self.involvementForm.setObjectName(u"involvementForm")
        self.involvementForm.setHorizontalSpacing(6)
        self.involvementForm.setVerticalSpacing(6)
        self.involvementStatusLabel = QLabel(self.involvementTab)
        self.involvementStatusLabel.setObjectName(u"involvementStatusLabel")

        self.involvementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.involvementStatusLabel)

        self.involvementStatusCombo = QComboBox(self.involvementTab)
        self.involvementStatusCombo.setObjectName(u"involvementStatusCombo")

        self.involvementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.involvementStatusCombo)

        self.joinedOnLabel = QLabel(self.involvementTab)
        self.joinedOnLabel.setObjectName(u"joinedOnLabel")

        self.involvementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.joinedOnLabel)

        self.joinedOnEdit = QLineEdit(self.involvementTab)
        self.joinedOnEdit.setObjectName(u"joinedOnEdit")

        self.involvementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.joinedOnEdit)


        self.involvementLayout.addLayout(self.involvementForm)

        self.checklistsLayout = QHBoxLayout()
        self.checklistsLayout.setSpacing(16)
        self.checklistsLayout.setObjectName(u"checklistsLayout")
        self.interestsLayout = QVBoxLayout()
        self.interestsLayout.setSpacing(4)
        self.interestsLayout.setObjectName(u"interestsLayout")
        self.interestsLabel = QLabel(self.involvementTab)
        self.interestsLabel.setObjectName(u"interestsLabel")

        self.interestsLayout.addWidget(self.interestsLabel)

        self.interestsList = QListWidget(self.involvementTab)
        self.interestsList.setObjectName(u"interestsList")

        self.interestsLayout.addWidget(self.interestsList)


        self.checklistsLayout.addLayout(self.interestsLayout)

        self.supportLayout = QVBoxLayout()
        self.supportLayout.setSpacing(4)
        self.supportLayout.setObjectName(u"supportLayout")
        self.supportLabel = QLabel(self.involvementTab)
        self.supportLabel.setObjectName(u"supportLabel")

        self.supportLayout.addWidget(self.supportLabel)

        self.supportTable = QTableWidget(self.involvementTab)
        self.supportTable.setObjectName(u"supportTable")
        self.supportTable.setTabKeyNavigation(False)
        self.supportTable.setAlternatingRowColors(True)
        self.supportTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.supportTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.supportTable.horizontalHeader().setStretchLastSection(True)
        self.supportTable.verticalHeader().setVisible(False)

        self.supportLayout.addWidget(self.supportTable)

        self.supportHint = QLabel(self.involvementTab)
        self.supportHint.setObjectName(u"supportHint")
        self.supportHint.setWordWrap(True)

        self.supportLayout.addWidget(self.supportHint)


        self.checklistsLayout.addLayout(self.supportLayout)


        self.involvementLayout.addLayout(self.checklistsLayout)

        self.tabs.addTab(self.involvementTab, "")
        self.consentsTab = QWidget()
        self.consentsTab.setObjectName(u"consentsTab")
        self.consentsLayout = QVBoxLayout(self.consentsTab)
        self.consentsLayout.setSpacing(8)
        self.consentsLayout.setObjectName(u"consentsLayout")
        self.consentStateLabel = QLabel(self.consentsTab)
        self.consentStateLabel.setObjectName(u"consentStateLabel")
        self.consentStateLabel.setWordWrap(True)

        self.consentsLayout.addWidget(self.consentStateLabel)

        self.consentsTable = QTableWidget(self.consentsTab)
        self.consentsTable.setObjectName(u"consentsTable")
        self.consentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consentsTable.setTabKeyNavigation(False)
        self.consentsTable.setAlternatingRowColors(True)
        self.consentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consentsTable.horizontalHeader().setStretchLastSection(True)
        self.consentsTable.verticalHeader().setVisible(False)

        self.consentsLayout.addWidget(self.consentsTable)

        self.consentButtons = QHBoxLayout()
        self.consentButtons.setSpacing(8)
        self.consentButtons.setObjectName(u"consentButtons")
        self.recordConsentButton = QPushButton(self.consentsTab)
        self.recordConsentButton.setObjectName(u"recordConsentButton")

        self.consentButtons.addWidget(self.recordConsentButton)

        self.withdrawButton = QPushButton(self.consentsTab)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.consentButtons.addWidget(self.withdrawButton)

        self.withdrawMethodLabel = QLabel(self.consentsTab)
        self.withdrawMethodLabel.setObjectName(u"withdrawMethodLabel")

        self.consentButtons.addWidget(self.withdrawMethodLabel)

        self.withdrawMethodCombo = QComboBox(self.consentsTab)
        self.withdrawMethodCombo.setObjectName(u"withdrawMethodCombo")

        self.consentButtons.addWidget(self.withdrawMethodCombo)

        self.consentButtonsSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentButtons.addItem(self.consentButtonsSpacer)


        self.consentsLayout.addLayout(self.consentButtons)

        self.tabs.addTab(self.consentsTab, "")
        self.conductTab = QWidget()
        self.conductTab.setObjectName(u"conductTab")
        self.conductLayout = QVBoxLayout(self.conductTab)
        self.conductLayout.setSpacing(12)
        self.conductLayout.setObjectName(u"conductLayout")
        self.conductForm = QFormLayout()
        self.conductForm.setObjectName(u"conductForm")
        self.conductForm.setHorizontalSpacing(6)
        self.conductForm.setVerticalSpacing(6)
        self.codeSignedLabel = QLabel(self.conductTab)
        self.codeSignedLabel.setObjectName(u"codeSignedLabel")

        self.conductForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeSignedLabel)

        self.codeSignedEdit = QLineEdit(self.conductTab)
        self.codeSignedEdit.setObjectName(u"codeSignedEdit")

        self.conductForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeSignedEdit)

        self.codeSignedHint = QLabel(self.conductTab)
        self.codeSignedHint.setObjectName(u"codeSignedHint")
        self.codeSignedHint.setWordWrap(True)

        self.conductForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeSignedHint)


        self.conductLayout.addLayout(self.conductForm)

        self.exclusionBox = QGroupBox(self.conductTab)
        self.exclusionBox.setObjectName(u"exclusionBox")
        self.exclusionLayout = QVBoxLayout(self.exclusionBox)
        self.exclusionLayout.setSpacing(8)
        self.exclusionLayout.setObjectName(u"exclusionLayout")
        self.exclusionLabel = QLabel(self.exclusionBox)
        self.exclusionLabel.setObjectName(u"exclusionLabel")
        self.exclusionLabel.setWordWrap(True)
        self.exclusionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.exclusionLayout.addWidget(self.exclusionLabel)

        self.exclusionButtons = QHBoxLayout()
        self.exclusionButtons.setSpacing(8)
        self.exclusionButtons.setObjectName(u"exclusionButtons")
        self.addExclusionButton = QPushButton(self.exclusionBox)
        self.addExclusionButton.setObjectName(u"addExclusionButton")

        self.exclusionButtons.addWidget(self.addExclusionButton)

        self.liftExclusionButton = QPushButton(self.exclusionBox)
        self.liftExclusionButton.setObjectName(u"liftExclusionButton")

        self.exclusionButtons.addWidget(self.liftExclusionButton)

        self.exclusionSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exclusionButtons.addItem(self.exclusionSpacer)


        self.exclusionLayout.addLayout(self.exclusionButtons)


        self.conductLayout.addWidget(self.exclusionBox)

        self.conductSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.conductLayout.addItem(self.conductSpacer)

        self.tabs.addTab(self.conductTab, "")
        self.equalityTab = QWidget()
        self.equalityTab.setObjectName(u"equalityTab")
        self.equalityLayout = QVBoxLayout(self.equalityTab)
        self.equalityLayout.setSpacing(8)
        self.equalityLayout.setObjectName(u"equalityLayout")
        self.equalityIntro = QLabel(self.equalityTab)
        self.equalityIntro.setObjectName(u"equalityIntro")
        self.equalityIntro.setWordWrap(True)

        self.equalityLayout.addWidget(self.equalityIntro)

        self.showEqualityLayout = QHBoxLayout()
        self.showEqualityLayout.setSpacing(8)
        self.showEqualityLayout.setObjectName(u"showEqualityLayout")
        self.showEqualityButton = QPushButton(self.equalityTab)
        self.showEqualityButton.setObjectName(u"showEqualityButton")

        self.showEqualityLayout.addWidget(self.showEqualityButton)

        self.showEqualitySpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.showEqualityLayout.addItem(self.showEqualitySpacer)


        self.equalityLayout.addLayout(self.showEqualityLayout)

        self.equalityPanel = QWidget(self.equalityTab)
        self.equalityPanel.setObjectName(u"equalityPanel")
        self.equalityForm = QFormLayout(self.equalityPanel)
        self.equalityForm.setObjectName(u"equalityForm")
        self.equalityForm.setHorizontalSpacing(6)
        self.equalityForm.setVerticalSpacing(6)
        self.equalityForm.setContentsMargins(0, 0, 0, 0)
        self.ageBandLabel = QLabel(self.equalityPanel)
        self.ageBandLabel.setObjectName(u"ageBandLabel")

        self.equalityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ageBandLabel)

        self.ageBandCombo = QComboBox(self.equalityPanel)
        self.ageBandCombo.setObjectName(u"ageBandCombo")

        self.equalityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ageBandCombo)

        self.sexLabel = QLabel(self.equalityPanel)
        self.sexLabel.setObjectName(u"sexLabel")

        self.equalityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.equalityPanel)
        self.sexCombo.setObjectName(u"sexCombo")

        self.equalityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.genderSameAsBirthLabel = QLabel(self.equalityPanel)
        self.genderSameAsBirthLabel.setObjectName(u"genderSameAsBirthLabel")

        self.equalityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderSameAsBirthLabel)

        self.genderSameAsBirthCombo = QComboBox(self.equalityPanel)
        self.genderSameAsBirthCombo.setObjectName(u"genderSameAsBirthCombo")

        self.equalityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.genderSameAsBirthCombo)

        self.sexualOrientationLabel = QLabel(self.equalityPanel)
        self.sexualOrientationLabel.setObjectName(u"sexualOrientationLabel")

        self.equalityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sexualOrientationLabel)

        self.sexualOrientationCombo = QComboBox(self.equalityPanel)
        self.sexualOrientationCombo.setObjectName(u"sexualOrientationCombo")

        self.equalityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sexualOrientationCombo)

        self.ethnicityLabel = QLabel(self.equalityPanel)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.equalityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityCombo = QComboBox(self.equalityPanel)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")

        self.equalityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ethnicityCombo)

        self.religionLabel = QLabel(self.equalityPanel)
        self.religionLabel.setObjectName(u"religionLabel")

        self.equalityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.religionLabel)

        self.religionCombo = QComboBox(self.equalityPanel)
        self.religionCombo.setObjectName(u"religionCombo")

        self.equalityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.religionCombo)

        self.disabilityLabel = QLabel(self.equalityPanel)
        self.disabilityLabel.setObjectName(u"disabilityLabel")

        self.equalityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.disabilityLabel)

        self.disabilityCombo = QComboBox(self.equalityPanel)
        self.disabilityCombo.setObjectName(u"disabilityCombo")

        self.equalityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.disabilityCombo)

        self.maritalStatusLabel = QLabel(self.equalityPanel)
        self.maritalStatusLabel.setObjectName(u"maritalStatusLabel")

        self.equalityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.maritalStatusLabel)

        self.maritalStatusCombo = QComboBox(self.equalityPanel)
        self.maritalStatusCombo.setObjectName(u"maritalStatusCombo")

        self.equalityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.maritalStatusCombo)

        self.pregnancyMaternityLabel = QLabel(self.equalityPanel)
        self.pregnancyMaternityLabel.setObjectName(u"pregnancyMaternityLabel")

        self.equalityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.pregnancyMaternityLabel)

        self.pregnancyMaternityCombo = QComboBox(self.equalityPanel)
        self.pregnancyMaternityCombo.setObjectName(u"pregnancyMaternityCombo")

        self.equalityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.pregnancyMaternityCombo)

        self.childrenInHouseholdLabel = QLabel(self.equalityPanel)
        self.childrenInHouseholdLabel.setObjectName(u"childrenInHouseholdLabel")

        self.equalityForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.childrenInHouseholdLabel)

        self.childrenInHouseholdCombo = QComboBox(self.equalityPanel)
        self.childrenInHouseholdCombo.setObjectName(u"childrenInHouseholdCombo")

        self.equalityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.childrenInHouseholdCombo)

        self.writtenObjectionCheck = QCheckBox(self.equalityPanel)
        self.writtenObjectionCheck.setObjectName(u"writtenObjectionCheck")

        self.equalityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.writtenObjectionCheck)


        self.equalityLayout.addWidget(self.equalityPanel)

        self.equalitySpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.equalityLayout.addItem(self.equalitySpacer)

        self.tabs.addTab(self.equalityTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setSpacing(8)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.notesEdit)

        self.tabs.addTab(self.notesTab, "")
        self.activityTab = QWidget()
        self.activityTab.setObjectName(u"activityTab")
        self.activityLayout = QVBoxLayout(self.activityTab)
        self.activityLayout.setSpacing(6)
        self.activityLayout.setObjectName(u"activityLayout")
        self.pointsLabel = QLabel(self.activityTab)
        self.pointsLabel.setObjectName(u"pointsLabel")
        self.pointsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.activityLayout.addWidget(self.pointsLabel)

        self.membershipsLabel = QLabel(self.activityTab)
        self.membershipsLabel.setObjectName(u"membershipsLabel")

        self.activityLayout.addWidget(self.membershipsLabel)

        self.membershipsTable = QTableWidget(self.activityTab)
        self.membershipsTable.setObjectName(u"membershipsTable")
        self.membershipsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membershipsTable.setTabKeyNavigation(False)
        self.membershipsTable.setAlternatingRowColors(True)
        self.membershipsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membershipsTable.horizontalHeader().setStretchLastSection(True)
        self.membershipsTable.verticalHeader().setVisible(False)

        self.activityLayout.addWidget(self.membershipsTable)

        self.attendanceLabel = QLabel(self.activityTab)
        self.attendanceLabel.setObjectName(u"attendanceLabel")

        self.activityLayout.addWidget(self.attendanceLabel)

        self.attendanceTable = QTableWidget(self.activityTab)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendanceTable.setTabKeyNavigation(False)
        self.attendanceTable.setAlternatingRowColors(True)
        self.attendanceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendanceTable.horizontalHeader().setStretchLastSection(True)
        self.attendanceTable.verticalHeader().setVisible(False)

        self.activityLayout.addWidget(self.attendanceTable)

        self.trainingLabel = QLabel(self.activityTab)
        self.trainingLabel.setObjectName(u"trainingLabel")

        self.activityLayout.addWidget(self.trainingLabel)

        self.trainingTable = QTableWidget(self.activityTab)
        self.trainingTable.setObjectName(u"trainingTable")
        self.trainingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trainingTable.setTabKeyNavigation(False)
        self.trainingTable.setAlternatingRowColors(True)
        self.trainingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trainingTable.horizontalHeader().setStretchLastSection(True)
        self.trainingTable.verticalHeader().setVisible(False)

        self.activityLayout.addWidget(self.trainingTable)

        self.trainingNeedsLabel = QLabel(self.activityTab)
        self.trainingNeedsLabel.setObjectName(u"trainingNeedsLabel")
        self.trainingNeedsLabel.setWordWrap(True)
        self.trainingNeedsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.activityLayout.addWidget(self.trainingNeedsLabel)

        self.appraisalsLabel = QLabel(self.activityTab)
        self.appraisalsLabel.setObjectName(u"appraisalsLabel")

        self.activityLayout.addWidget(self.appraisalsLabel)

        self.appraisalsTable = QTableWidget(self.activityTab)
        self.appraisalsTable.setObjectName(u"appraisalsTable")
        self.appraisalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.appraisalsTable.setTabKeyNavigation(False)
        self.appraisalsTable.setAlternatingRowColors(True)
        self.appraisalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appraisalsTable.horizontalHeader().setStretchLastSection(True)
        self.appraisalsTable.verticalHeader().setVisible(False)

        self.activityLayout.addWidget(self.appraisalsTable)

        self.activityEndSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.activityLayout.addItem(self.activityEndSpacer)

        self.tabs.addTab(self.activityTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.archiveButton = QPushButton(PersonEditor)
        self.archiveButton.setObjectName(u"archiveButton")
        self.archiveButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.archiveButton)

        self.buttonSpacer = QSpacerItem(16, 16, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(PersonEditor)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(PersonEditor)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleCombo)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.knownAsLabel.setBuddy(self.knownAsEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirthEdit)
        self.tenureLabel.setBuddy(self.tenureCombo)
        self.holdDataLabel.setBuddy(self.holdDataCheck)
        self.holdDataMethodLabel.setBuddy(self.holdDataMethodCombo)
        self.address1Label.setBuddy(self.address1Edit)
        self.address2Label.setBuddy(self.address2Edit)
        self.address3Label.setBuddy(self.address3Edit)
        self.townLabel.setBuddy(self.townEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.areaLabel.setBuddy(self.areaCombo)
        self.householdLabel.setBuddy(self.householdCombo)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.mobileLabel.setBuddy(self.mobileEdit)
        self.preferredContactLabel.setBuddy(self.preferredContactCombo)
        self.involvementStatusLabel.setBuddy(self.involvementStatusCombo)
        self.joinedOnLabel.setBuddy(self.joinedOnEdit)
        self.interestsLabel.setBuddy(self.interestsList)
        self.supportLabel.setBuddy(self.supportTable)
        self.withdrawMethodLabel.setBuddy(self.withdrawMethodCombo)
        self.codeSignedLabel.setBuddy(self.codeSignedEdit)
        self.ageBandLabel.setBuddy(self.ageBandCombo)
        self.sexLabel.setBuddy(self.sexCombo)
        self.genderSameAsBirthLabel.setBuddy(self.genderSameAsBirthCombo)
        self.sexualOrientationLabel.setBuddy(self.sexualOrientationCombo)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.religionLabel.setBuddy(self.religionCombo)
        self.disabilityLabel.setBuddy(self.disabilityCombo)
        self.maritalStatusLabel.setBuddy(self.maritalStatusCombo)
        self.pregnancyMaternityLabel.setBuddy(self.pregnancyMaternityCombo)
        self.childrenInHouseholdLabel.setBuddy(self.childrenInHouseholdCombo)
        self.membershipsLabel.setBuddy(self.membershipsTable)
        self.attendanceLabel.setBuddy(self.attendanceTable)
        self.trainingLabel.setBuddy(self.trainingTable)
        self.appraisalsLabel.setBuddy(self.appraisalsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.titleCombo)
        QWidget.setTabOrder(self.titleCombo, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.knownAsEdit)
        QWidget.setTabOrder(self.knownAsEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.dateOfBirthEdit)
        QWidget.setTabOrder(self.dateOfBirthEdit, self.tenureCombo)
        QWidget.setTabOrder(self.tenureCombo, self.holdDataCheck)
        QWidget.setTabOrder(self.holdDataCheck, self.holdDataMethodCombo)
        QWidget.setTabOrder(self.holdDataMethodCombo, self.address1Edit)
        QWidget.setTabOrder(self.address1Edit, self.address2Edit)
        QWidget.setTabOrder(self.address2Edit, self.address3Edit)
        QWidget.setTabOrder(self.address3Edit, self.townEdit)
        QWidget.setTabOrder(self.townEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.householdCombo)
        QWidget.setTabOrder(self.householdCombo, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.mobileEdit)
        QWidget.setTabOrder(self.mobileEdit, self.preferredContactCombo)
        QWidget.setTabOrder(self.preferredContactCombo, self.involvementStatusCombo)
        QWidget.setTabOrder(self.involvementStatusCombo, self.joinedOnEdit)
        QWidget.setTabOrder(self.joinedOnEdit, self.interestsList)
        QWidget.setTabOrder(self.interestsList, self.supportTable)
        QWidget.setTabOrder(self.supportTable, self.consentsTable)
        QWidget.setTabOrder(self.consentsTable, self.recordConsentButton)
        QWidget.setTabOrder(self.recordConsentButton, self.withdrawButton)
        QWidget.setTabOrder(self.withdrawButton, self.withdrawMethodCombo)
        QWidget.setTabOrder(self.withdrawMethodCombo, self.codeSignedEdit)
        QWidget.setTabOrder(self.codeSignedEdit, self.addExclusionButton)
        QWidget.setTabOrder(self.addExclusionButton, self.liftExclusionButton)
        QWidget.setTabOrder(self.liftExclusionButton, self.showEqualityButton)
        QWidget.setTabOrder(self.showEqualityButton, self.ageBandCombo)
        QWidget.setTabOrder(self.ageBandCombo, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.genderSameAsBirthCombo)
        QWidget.setTabOrder(self.genderSameAsBirthCombo, self.sexualOrientationCombo)
        QWidget.setTabOrder(self.sexualOrientationCombo, self.ethnicityCombo)
        QWidget.setTabOrder(self.ethnicityCombo, self.religionCombo)
        QWidget.setTabOrder(self.religionCombo, self.disabilityCombo)
        QWidget.setTabOrder(self.disabilityCombo, self.maritalStatusCombo)
        QWidget.setTabOrder(self.maritalStatusCombo, self.pregnancyMaternityCombo)
        QWidget.setTabOrder(self.pregnancyMaternityCombo, self.childrenInHouseholdCombo)
        QWidget.setTabOrder(self.childrenInHouseholdCombo, self.writtenObjectionCheck)
        QWidget.setTabOrder(self.writtenObjectionCheck, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.membershipsTable)
        QWidget.setTabOrder(self.membershipsTable, self.attendanceTable)
        QWidget.setTabOrder(self.attendanceTable, self.trainingTable)
        QWidget.setTabOrder(self.trainingTable, self.appraisalsTable)
        QWidget.setTabOrder(self.appraisalsTable, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.archiveButton)

        self.retranslateUi(PersonEditor)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PersonEditor)
    # setupUi

    def retranslateUi(self, PersonEditor):
        PersonEditor.setWindowTitle(QCoreApplication.translate("PersonEditor", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonEditor", u"New person", None))
        self.badgeLabel.setText("")
        self.errorBanner.setText("")
#if QT_CONFIG(accessibility)
        self.errorBanner.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Person record sections", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("PersonEditor", u"Title:", None))
#if QT_CONFIG(accessibility)
        self.titleCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("PersonEditor", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("PersonEditor", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.knownAsLabel.setText(QCoreApplication.translate("PersonEditor", u"&Known as:", None))
        self.knownAsEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"Name they like to be called", None))
#if QT_CONFIG(accessibility)
        self.knownAsEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Known as", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("PersonEditor", u"Refe&rence:", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"Tenancy or account reference", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Tenancy reference", None))
#endif // QT_CONFIG(accessibility)
        self.dateOfBirthLabel.setText(QCoreApplication.translate("PersonEditor", u"Date of &birth:", None))
        self.dateOfBirthEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dateOfBirthEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.tenureLabel.setText(QCoreApplication.translate("PersonEditor", u"Ten&ure:", None))
#if QT_CONFIG(accessibility)
        self.tenureCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Tenure", None))
#endif // QT_CONFIG(accessibility)
        self.holdDataLabel.setText(QCoreApplication.translate("PersonEditor", u"Consent:", None))
        self.holdDataCheck.setText(QCoreApplication.translate("PersonEditor", u"&Yes, we may hold their details", None))
#if QT_CONFIG(accessibility)
        self.holdDataCheck.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Consent to hold their details", None))
#endif // QT_CONFIG(accessibility)
        self.holdDataMethodLabel.setText(QCoreApplication.translate("PersonEditor", u"Given by:", None))
#if QT_CONFIG(accessibility)
        self.holdDataMethodCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"How they gave consent", None))
#endif // QT_CONFIG(accessibility)
        self.address1Label.setText(QCoreApplication.translate("PersonEditor", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.address1Edit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Address line 1", None))
#endif // QT_CONFIG(accessibility)
        self.address2Label.setText("")
#if QT_CONFIG(accessibility)
        self.address2Edit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Address line 2", None))
#endif // QT_CONFIG(accessibility)
        self.address3Label.setText("")
#if QT_CONFIG(accessibility)
        self.address3Edit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Address line 3", None))
#endif // QT_CONFIG(accessibility)
        self.townLabel.setText(QCoreApplication.translate("PersonEditor", u"To&wn:", None))
#if QT_CONFIG(accessibility)
        self.townEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Town", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeLabel.setText(QCoreApplication.translate("PersonEditor", u"&Postcode:", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"e.g. PE12 3AB", None))
#if QT_CONFIG(accessibility)
        self.postcodeEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("PersonEditor", u"&Estate / area:", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Estate or area", None))
#endif // QT_CONFIG(accessibility)
        self.householdLabel.setText(QCoreApplication.translate("PersonEditor", u"&Household:", None))
#if QT_CONFIG(accessibility)
        self.householdCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Household", None))
#endif // QT_CONFIG(accessibility)
        self.householdMembersLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("PersonEditor", u"&Details", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonEditor", u"E&mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Email address", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("PersonEditor", u"&Phone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"e.g. 01205 123456", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Phone number", None))
#endif // QT_CONFIG(accessibility)
        self.mobileLabel.setText(QCoreApplication.translate("PersonEditor", u"Mo&bile:", None))
        self.mobileEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"e.g. 07700 900123", None))
#if QT_CONFIG(accessibility)
        self.mobileEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Mobile number", None))
#endif // QT_CONFIG(accessibility)
        self.preferredContactLabel.setText(QCoreApplication.translate("PersonEditor", u"Prefe&rred contact:", None))
#if QT_CONFIG(accessibility)
        self.preferredContactCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Preferred contact method", None))
#endif // QT_CONFIG(accessibility)
        self.contactConsentLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.contactTab), QCoreApplication.translate("PersonEditor", u"&Contact", None))
        self.involvementStatusLabel.setText(QCoreApplication.translate("PersonEditor", u"Involvement stat&us:", None))
#if QT_CONFIG(accessibility)
        self.involvementStatusCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Involvement status", None))
#endif // QT_CONFIG(accessibility)
        self.joinedOnLabel.setText(QCoreApplication.translate("PersonEditor", u"&Joined on:", None))
        self.joinedOnEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.joinedOnEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Joined on", None))
#endif // QT_CONFIG(accessibility)
        self.interestsLabel.setText(QCoreApplication.translate("PersonEditor", u"Int&erests (topics they want a say on):", None))
#if QT_CONFIG(accessibility)
        self.interestsList.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Interests", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.interestsList.setToolTip(QCoreApplication.translate("PersonEditor", u"Space ticks or unticks the topic", None))
#endif // QT_CONFIG(tooltip)
        self.supportLabel.setText(QCoreApplication.translate("PersonEditor", u"Accessibility and su&pport needs:", None))
#if QT_CONFIG(accessibility)
        self.supportTable.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Accessibility and support needs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.supportTable.setToolTip(QCoreApplication.translate("PersonEditor", u"Space ticks a need; F2 or typing edits its detail (e.g. which language)", None))
#endif // QT_CONFIG(tooltip)
        self.supportHint.setText(QCoreApplication.translate("PersonEditor", u"Say which language, or what \u201cOther\u201d means, in the detail column.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.involvementTab), QCoreApplication.translate("PersonEditor", u"&Involvement", None))
        self.consentStateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.consentsTable.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Consent history", None))
#endif // QT_CONFIG(accessibility)
        self.recordConsentButton.setText(QCoreApplication.translate("PersonEditor", u"&Record consent\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordConsentButton.setToolTip(QCoreApplication.translate("PersonEditor", u"Record consent given or withdrawn for one purpose", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawButton.setText(QCoreApplication.translate("PersonEditor", u"&Withdraw", None))
#if QT_CONFIG(tooltip)
        self.withdrawButton.setToolTip(QCoreApplication.translate("PersonEditor", u"Record that the selected purpose is withdrawn now (the history is kept)", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawMethodLabel.setText(QCoreApplication.translate("PersonEditor", u"told us &by:", None))
#if QT_CONFIG(accessibility)
        self.withdrawMethodCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"How the withdrawal was made", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.consentsTab), QCoreApplication.translate("PersonEditor", u"C&onsents", None))
        self.codeSignedLabel.setText(QCoreApplication.translate("PersonEditor", u"Code of cond&uct signed on:", None))
        self.codeSignedEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.codeSignedEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Code of conduct signed on", None))
#endif // QT_CONFIG(accessibility)
        self.codeSignedHint.setText(QCoreApplication.translate("PersonEditor", u"Each new date is kept as a new signature; earlier ones stay on record.", None))
        self.exclusionBox.setTitle(QCoreApplication.translate("PersonEditor", u"Exclusion from forums", None))
        self.exclusionLabel.setText(QCoreApplication.translate("PersonEditor", u"Not excluded.", None))
        self.addExclusionButton.setText(QCoreApplication.translate("PersonEditor", u"&Add exclusion\u2026", None))
#if QT_CONFIG(tooltip)
        self.addExclusionButton.setToolTip(QCoreApplication.translate("PersonEditor", u"Refuse access to forums, with the reason and until when", None))
#endif // QT_CONFIG(tooltip)
        self.liftExclusionButton.setText(QCoreApplication.translate("PersonEditor", u"&Lift exclusion", None))
#if QT_CONFIG(tooltip)
        self.liftExclusionButton.setToolTip(QCoreApplication.translate("PersonEditor", u"End the current exclusion today", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.conductTab), QCoreApplication.translate("PersonEditor", u"Co&nduct", None))
        self.equalityIntro.setText(QCoreApplication.translate("PersonEditor", u"Equality monitoring is voluntary and special category data: it is used only in totals for reports, never to make a decision about this person, and is not shown anywhere else. Every question may be left blank or answered \u201cPrefer not to say\u201d.", None))
        self.showEqualityButton.setText(QCoreApplication.translate("PersonEditor", u"S&how equality monitoring", None))
#if QT_CONFIG(tooltip)
        self.showEqualityButton.setToolTip(QCoreApplication.translate("PersonEditor", u"Read and show this person's equality monitoring answers", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.equalityPanel.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Equality monitoring answers", None))
#endif // QT_CONFIG(accessibility)
        self.ageBandLabel.setText(QCoreApplication.translate("PersonEditor", u"Age band:", None))
#if QT_CONFIG(accessibility)
        self.ageBandCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.sexLabel.setText(QCoreApplication.translate("PersonEditor", u"Sex:", None))
#if QT_CONFIG(accessibility)
        self.sexCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Sex", None))
#endif // QT_CONFIG(accessibility)
        self.genderSameAsBirthLabel.setText(QCoreApplication.translate("PersonEditor", u"Gender the same as at birth:", None))
#if QT_CONFIG(accessibility)
        self.genderSameAsBirthCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Gender the same as at birth", None))
#endif // QT_CONFIG(accessibility)
        self.sexualOrientationLabel.setText(QCoreApplication.translate("PersonEditor", u"Sexual orientation:", None))
#if QT_CONFIG(accessibility)
        self.sexualOrientationCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Sexual orientation", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicityLabel.setText(QCoreApplication.translate("PersonEditor", u"Ethnicity:", None))
#if QT_CONFIG(accessibility)
        self.ethnicityCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Ethnicity", None))
#endif // QT_CONFIG(accessibility)
        self.religionLabel.setText(QCoreApplication.translate("PersonEditor", u"Religion or belief:", None))
#if QT_CONFIG(accessibility)
        self.religionCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Religion or belief", None))
#endif // QT_CONFIG(accessibility)
        self.disabilityLabel.setText(QCoreApplication.translate("PersonEditor", u"Disability:", None))
#if QT_CONFIG(accessibility)
        self.disabilityCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Disability", None))
#endif // QT_CONFIG(accessibility)
        self.maritalStatusLabel.setText(QCoreApplication.translate("PersonEditor", u"Marital status:", None))
#if QT_CONFIG(accessibility)
        self.maritalStatusCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Marital status", None))
#endif // QT_CONFIG(accessibility)
        self.pregnancyMaternityLabel.setText(QCoreApplication.translate("PersonEditor", u"Pregnancy or maternity:", None))
#if QT_CONFIG(accessibility)
        self.pregnancyMaternityCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Pregnancy or maternity", None))
#endif // QT_CONFIG(accessibility)
        self.childrenInHouseholdLabel.setText(QCoreApplication.translate("PersonEditor", u"Children in the household:", None))
#if QT_CONFIG(accessibility)
        self.childrenInHouseholdCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Children in the household", None))
#endif // QT_CONFIG(accessibility)
        self.writtenObjectionCheck.setText(QCoreApplication.translate("PersonEditor", u"&Written objection received", None))
#if QT_CONFIG(tooltip)
        self.writtenObjectionCheck.setToolTip(QCoreApplication.translate("PersonEditor", u"They objected in writing: their answers are left out of every statistic", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.writtenObjectionCheck.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Written objection received", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.equalityTab), QCoreApplication.translate("PersonEditor", u"E&quality monitoring", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("PersonEditor", u"No&tes", None))
        self.pointsLabel.setText("")
        self.membershipsLabel.setText(QCoreApplication.translate("PersonEditor", u"Groups:", None))
#if QT_CONFIG(accessibility)
        self.membershipsTable.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Groups and roles", None))
#endif // QT_CONFIG(accessibility)
        self.attendanceLabel.setText(QCoreApplication.translate("PersonEditor", u"Events:", None))
#if QT_CONFIG(accessibility)
        self.attendanceTable.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Events attended", None))
#endif // QT_CONFIG(accessibility)
        self.trainingLabel.setText(QCoreApplication.translate("PersonEditor", u"Training:", None))
#if QT_CONFIG(accessibility)
        self.trainingTable.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Training", None))
#endif // QT_CONFIG(accessibility)
        self.trainingNeedsLabel.setText("")
        self.appraisalsLabel.setText(QCoreApplication.translate("PersonEditor", u"Appraisals:", None))
#if QT_CONFIG(accessibility)
        self.appraisalsTable.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Appraisals", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.activityTab), QCoreApplication.translate("PersonEditor", u"&Groups and activity", None))
        self.archiveButton.setText(QCoreApplication.translate("PersonEditor", u"Archi&ve\u2026", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("PersonEditor", u"Archive: leaves the lists, keeps all history; can be restored", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("PersonEditor", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("PersonEditor", u"Save every change on every tab at once", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("PersonEditor", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("PersonEditor", u"Close without saving (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

