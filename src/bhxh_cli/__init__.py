"""bhxh: target-and-coverage calculator for Vietnam's social-insurance offices."""

__version__ = "0.1.0"
