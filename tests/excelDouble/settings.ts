/**
 * `Office.context.document.settings` (Common API, Settings requirement set): the add-in's settings kept
 * in the document. `set` and `remove` change the copy in memory; only `saveAsync` puts it into the
 * document, so a workbook reopened (`reopen`, a test helper) has what was last saved. Values go through
 * JSON, as Office stores them; `get` of a setting that is not there gives null.
 * Follows: [Office.Settings](https://learn.microsoft.com/javascript/api/office/office.settings) and
 * [Persist add-in state and settings](https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';

export class DoubleSettings implements Modelled<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'> {
  private inMemory = new Map<string, string>();
  private saved = new Map<string, string>();
  /** saveAsync calls so far. */
  saves = 0;

  get(name: string): unknown {
    const json = this.inMemory.get(name);
    return json === undefined ? null : JSON.parse(json);
  }

  set(name: string, value: unknown): void {
    this.inMemory.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.inMemory.delete(name);
  }

  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    this.saves += 1;
    this.saved = new Map(this.inMemory);
    const result = { status: 'succeeded', value: undefined } as unknown as Office.AsyncResult<void>;
    // Office calls back later, never inside the call.
    void Promise.resolve().then(() => callback?.(result));
  }

  /** The settings as the document holds them when it is opened again: what was last saved. */
  reopen(): void {
    this.inMemory = new Map(this.saved);
  }
}

export type SettingsSpeakOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleSettings, Office.Settings, 'saves' | 'reopen'>>;
