/**
 * Browser APIs that Fluent UI v9 expects and jsdom lacks. Import this first in a test file that runs
 * under `@jest-environment jsdom`. Without ResizeObserver, Fluent components (overflow, positioning)
 * throw inside effects and React unmounts the tree without a visible error.
 */
import { TextDecoder as NodeTextDecoder } from 'util';

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined') {
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverStub });
    Object.defineProperty(globalThis, 'ResizeObserver', {
      writable: true,
      configurable: true,
      value: ResizeObserverStub,
    });
  }

  if (typeof window.matchMedia !== 'function') {
    const matchMedia = (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    });
    Object.defineProperty(window, 'matchMedia', { writable: true, configurable: true, value: matchMedia });
  }

  // jsdom does not lay out, so scrollIntoView (used by some Fluent lists) is missing.
  if (typeof Element.prototype.scrollIntoView !== 'function') {
    Element.prototype.scrollIntoView = function scrollIntoView(): void {};
  }

  // jest's jsdom environment has no TextDecoder, which decodes a chosen file's bytes (browsers have it): node's.
  if (typeof globalThis.TextDecoder === 'undefined') {
    Object.defineProperty(globalThis, 'TextDecoder', { writable: true, configurable: true, value: NodeTextDecoder });
  }

  // jsdom's Blob (and so File) has no arrayBuffer(), which the pane uses to read a chosen CSV file's
  // or plan document's bytes. Read them with jsdom's FileReader, as the browser's Blob does.
  if (typeof Blob.prototype.arrayBuffer !== 'function') {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result instanceof ArrayBuffer ? reader.result : new ArrayBuffer(0));
        reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
        reader.readAsArrayBuffer(this);
      });
    };
  }

  // Tabster (Fluent's keyboard focus manager) handles Tab itself and skips elements it thinks are not
  // rendered: those whose offsetParent is null, or every element when <body> has no size. jsdom gives
  // null and 0 × 0 for all of them, so Tab would leave the pane. Give both a minimal layout: an element
  // is rendered unless it or an ancestor is display:none or hidden, and the body has a window's size.
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
    configurable: true,
    get(this: HTMLElement): Element | null {
      if (this === document.body || !this.isConnected) return null;
      const rendered = (e: HTMLElement): boolean => !e.hidden && window.getComputedStyle(e).display !== 'none';
      if (!rendered(this)) return null;
      for (let e = this.parentElement; e; e = e.parentElement) if (!rendered(e)) return null;
      return this.parentElement;
    },
  });
  const bodyRect = HTMLBodyElement.prototype.getBoundingClientRect;
  HTMLBodyElement.prototype.getBoundingClientRect = function getBoundingClientRect(this: HTMLBodyElement): DOMRect {
    const rect = bodyRect.call(this);
    return rect.width === 0 && rect.height === 0
      ? DOMRect.fromRect({ x: 0, y: 0, width: window.innerWidth, height: window.innerHeight })
      : rect;
  };
}

export {};
