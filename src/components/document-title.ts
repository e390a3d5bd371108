import { createContext, useContext, useEffect } from 'react';

/** Lets the content of a page name the page more precisely than its title (a form's step). */
export const DocumentTitleContext = createContext<(title: string | null) => void>(() => undefined);

/** Sets the window title of the page this component is on while it is shown (issue 18). */
export function useDocumentTitle(title: string | null): void {
  const setTitle = useContext(DocumentTitleContext);
  useEffect(() => {
    setTitle(title);
    return () => setTitle(null);
  }, [setTitle, title]);
}
