import { define } from '@plaza/core';
import { PlazaFileUpload } from './file-upload.js';

define('plaza-file-upload', PlazaFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'plaza-file-upload': PlazaFileUpload;
  }
}

export { PlazaFileUpload };
