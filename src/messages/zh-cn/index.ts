import { common } from './common';
import { content } from './content';
import { errors } from './errors';
import { home } from './home';
import { signOn } from './sign-on';

/** The Simplified Chinese catalogue: the product language (PRODUCT.md, Words on screen). */
export const zhCN = { common, content, errors, home, signOn };
