// CSS imports are irrelevant in jsdom tests.
export {};
