"""A tiny Flask app used as a dockerfix example."""
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "ok\n"


@app.route("/health")
def health():
    return "healthy\n"
