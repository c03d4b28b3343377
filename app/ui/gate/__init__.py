"""The parts of the way in and out, each with one job; ``app.ui.vault_gate.VaultGate`` wires them."""
