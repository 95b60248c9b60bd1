# syntax=docker/dockerfile:1
# Multi-stage build of geokg: a static binary on an empty base, run as a non-root user.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=
RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w -X main.version=${VERSION}" -o /out/geokg ./cmd/geokg \
 && mkdir -p /out/data

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/geokg /geokg
COPY --from=build --chown=65532:65532 /out/data /data
USER 65532:65532
ENV GEOKG_DATA=/data GEOKG_ADDR=0.0.0.0:8080
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 CMD ["/geokg", "health"]
ENTRYPOINT ["/geokg"]
CMD ["serve"]
