// MediaRecorder hands its audio over in slices, and the slice still in the encoder when the page stops it
// arrives after stop(): the recording stops while two more of the largest slices would still fit.

/** Counts a recording's slices against the upload cap and says when to stop. */
export class RecordingLimit {
  private total = 0;
  private largest = 0;

  constructor(readonly maxBytes: number) {}

  /** Counts one slice; true once the recording must stop to stay under the cap. */
  add(bytes: number): boolean {
    this.total += bytes;
    this.largest = Math.max(this.largest, bytes);
    return this.total + 2 * this.largest > this.maxBytes;
  }

  get bytes(): number {
    return this.total;
  }

  /** True when the slices already passed the cap (a slice larger than the margin): the upload would be refused. */
  get exceeded(): boolean {
    return this.total > this.maxBytes;
  }
}
