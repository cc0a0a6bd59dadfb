# Mirrors scripts/run.sh: Debian packages, a published build, models installed and verified into a volume.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish InterviewInsight.Web -c Release -o /app -nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg libgtk-3-0 libpocketsphinx3 pocketsphinx-en-us espeak-ng fonts-dejavu-core libfontconfig1 ca-certificates npm \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 interviewinsight \
 && mkdir -p /data/models && chown -R interviewinsight /data
WORKDIR /app
COPY --from=build /app .
USER interviewinsight
ENV Data__Path=/data Models__Path=/data/models ASPNETCORE_URLS=http://0.0.0.0:8080
VOLUME ["/data"]
EXPOSE 8080
# Install (or verify) the models at start, then run the app; a missing optional model is reported, not fatal.
ENTRYPOINT ["sh", "-c", "dotnet InterviewInsight.Web.dll models install; exec dotnet InterviewInsight.Web.dll"]
