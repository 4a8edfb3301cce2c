# AWS Lambda runs a function's container as a least-privileged user of its
# own (sbx_user…), whatever the image's USER.
# want "the image is an AWS Lambda function \\(public.ecr.aws/lambda/python:3.12\\): Lambda runs it as a non-root user of its own"
FROM public.ecr.aws/lambda/python:3.12
COPY lambda_function.py ${LAMBDA_TASK_ROOT}
CMD [ "lambda_function.handler" ]
