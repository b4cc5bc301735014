/**
 * Undo and redo over whole documents. Typing in one field within a moment
 * is one step, not one per key.
 */
export class EditHistory<T> {
  #past: T[] = [];
  #future: T[] = [];
  #lastKey = '';
  #lastAt = 0;

  constructor(
    private readonly limit = 200,
    private readonly now = () => Date.now()
  ) {}

  /** Records `previous` before a change; changes to the same `key` within 1 s merge. */
  record(previous: T, key = ''): void {
    const at = this.now();
    const merge = key !== '' && key === this.#lastKey && at - this.#lastAt < 1000;
    this.#lastKey = key;
    this.#lastAt = at;
    this.#future = [];
    if (merge) return;
    this.#past.push(previous);
    if (this.#past.length > this.limit) this.#past.shift();
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  undo(current: T): T | undefined {
    const previous = this.#past.pop();
    if (previous !== undefined) this.#future.push(current);
    this.#lastKey = '';
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.#future.pop();
    if (next !== undefined) this.#past.push(current);
    this.#lastKey = '';
    return next;
  }

  clear(): void {
    this.#past = [];
    this.#future = [];
    this.#lastKey = '';
  }
}
