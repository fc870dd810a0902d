"""The dashboard (Reports → Dashboard): this year's figures at a glance."""
