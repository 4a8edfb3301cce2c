FROM python:3.13-slim
# want "pip install without --no-cache-dir keeps the downloaded packages in ~/.cache/pip in the layer"
RUN pip install flask
RUN pip install --no-cache-dir flask && pip3 install gunicorn --no-cache-dir
# pip takes an unambiguous prefix of a long option: --no-cache is --no-cache-dir.
RUN pip install --no-cache flask
# want "pip install without --no-cache-dir"
RUN pip3 install -r requirements.txt
# want "pip install without --no-cache-dir"
RUN python3 -m pip install --upgrade pip
RUN PIP_NO_CACHE_DIR=1 pip install requests
RUN export PIP_NO_CACHE_DIR=true && pip install six
# want "pip install without --no-cache-dir"
RUN PIP_NO_CACHE_DIR=off pip install attrs
RUN --mount=type=cache,target=/root/.cache/pip pip install click
RUN pip install idna && rm -rf /root/.cache/pip
RUN pip install certifi && pip cache purge
RUN pipx install black && pipenv install
