"""Non-dialog UI logic that several windows share: the open group windows, schedule requests,
importing invitation replies. They may open dialogs; dialogs never import them back."""
