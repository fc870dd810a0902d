"""What every screen shares: table models and the paged list page, the record
editor's behaviour (errors beside fields, one service call to save), background
tasks with progress and Cancel, small charts, the flow layout, the screen-size rule.

Nothing here knows a feature: features import ``common``, never the other way.
"""
