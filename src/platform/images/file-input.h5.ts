const INPUT_ID = 'photo-file-input';

/**
 * Opens the browser's file chooser for images (camera or album). Used instead of Taro's H5
 * chooseImage, which decodes every file for a thumbnail and silently drops any it cannot decode:
 * a HEIC or damaged photo would vanish instead of getting its own message (FAQ 12). Resolves
 * with the chosen files, or none when the parent cancels.
 */
export function chooseWithFileInput(options: {
  camera: boolean;
  multiple: boolean;
}): Promise<File[]> {
  document.getElementById(INPUT_ID)?.remove();
  const input = document.createElement('input');
  input.id = INPUT_ID;
  input.type = 'file';
  input.accept = 'image/*';
  input.multiple = options.multiple;
  if (options.camera) input.setAttribute('capture', 'environment');
  input.setAttribute('style', 'position:fixed;left:-9999px;top:0;opacity:0;');
  input.setAttribute('aria-hidden', 'true');
  return new Promise((resolve) => {
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => finish([]));
    document.body.appendChild(input);
    input.click();
  });
}
