# The Arsip application image: web app, workers and the scheduler all run from it.
FROM python:3.11-slim-bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng tzdata \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY arsip ./arsip
COPY ingest ./ingest
COPY models ./models
COPY workers ./workers
COPY search_app ./search_app
RUN pip install --no-cache-dir ".[prod]"
ENV ARSIP_DATA_DIR=/data OMP_THREAD_LIMIT=1
VOLUME /data
EXPOSE 5000
CMD ["gunicorn", "--bind", "0.0.0.0:5000", "--workers", "3", "--worker-class", "gthread", "--threads", "4", "--timeout", "300", "search_app.wsgi:app"]
