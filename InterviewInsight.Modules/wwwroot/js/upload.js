// Sends a recording to the upload endpoint with XMLHttpRequest (fetch has no upload progress), streaming the file from
// disk: the form's text fields go first so the server can stream the file part straight into the media store.
export function fileInfo(input) {
  const file = input && input.files && input.files[0];
  return file ? { name: file.name, size: file.size } : null;
}

export function send(input, url, token, fields, dotnet) {
  return new Promise((resolve) => {
    const file = input && input.files && input.files[0];
    if (!file) {
      resolve({ status: 0, body: "Choose a recording to upload." });
      return;
    }

    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      form.append(name, value ?? "");
    }
    form.append("recording", file, file.name);

    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("RequestVerificationToken", token);
    let last = -1;
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      const percent = Math.floor((100 * e.loaded) / e.total);
      if (percent !== last) {
        last = percent;
        dotnet.invokeMethodAsync("OnUploadProgress", percent);
      }
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => resolve({ status: 0, body: "The connection was lost during the upload. Check your network and try again." });
    xhr.send(form);
  });
}
