import type { FontChain, TextRun } from '../fonts/font-chain.ts';
import { breakUnits, isSpace } from './break-units.ts';

/** A box in points, origin top left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FitStyle {
  fontSize: number;
  minFontSize: number;
  /** Multiple of the font size from one baseline to the next. */
  lineHeight: number;
  /** Points after every character. */
  letterSpacing: number;
}

export interface FittedLine {
  runs: TextRun[];
  /** Points, without the spacing after the last character. */
  width: number;
}

export interface FittedText {
  size: number;
  /** Points after every character at this size. */
  spacing: number;
  lines: FittedLine[];
  /** True when even the smallest size could not hold the text and lines were left out. */
  truncated: boolean;
}

/** Below the template's minimum a text still shrinks rather than overflow, down to this size. */
const FLOOR_SIZE = 4;
const STEP = 0.25;

interface Unit {
  runs: readonly TextRun[];
  em: number;
  characters: number;
  space: boolean;
}

function measure(chain: FontChain, text: string): Unit {
  const runs = chain.measure(text);
  let em = 0;
  let characters = 0;
  for (const run of runs) {
    em += run.em;
    characters += run.characters;
  }
  return { runs, em, characters, space: isSpace(text) };
}

const widthAt = (unit: Pick<Unit, 'em' | 'characters'>, size: number, spacing: number) =>
  unit.em * size + unit.characters * spacing;

/** Height of a block of lines: the first line's em box, then one line height per further line. */
const blockHeight = (lines: number, size: number, lineHeight: number) =>
  size + (lines - 1) * size * lineHeight;

/**
 * Greedy line filling; a unit wider than a line on its own is split into characters. `place` is
 * told each unit's line; the answer is the number of lines.
 */
function fill(
  chain: FontChain,
  units: readonly Unit[],
  maxWidth: number,
  size: number,
  spacing: number,
  place?: (unit: Unit, line: number) => void,
): number {
  let line = 0;
  let width = 0;
  let empty = true;
  const push = (unit: Unit) => {
    const unitWidth = widthAt(unit, size, spacing);
    if (!empty && width + unitWidth - spacing > maxWidth) {
      line += 1;
      width = 0;
      empty = true;
    }
    if (empty && line > 0 && unit.space) return;
    place?.(unit, line);
    width += unitWidth;
    empty = false;
  };
  for (const unit of units) {
    if (widthAt(unit, size, spacing) - spacing <= maxWidth) push(unit);
    else for (const run of unit.runs) for (const character of run.text) push(measure(chain, character));
  }
  return empty ? line : line + 1;
}

function lineOf(units: readonly Unit[], size: number, spacing: number): FittedLine {
  const runs: TextRun[] = [];
  let width = -spacing;
  for (const unit of units) {
    width += widthAt(unit, size, spacing);
    for (const run of unit.runs) {
      const last = runs.at(-1);
      if (last?.font === run.font) {
        runs[runs.length - 1] = {
          font: run.font,
          text: last.text + run.text,
          em: last.em + run.em,
          characters: last.characters + run.characters,
        };
      } else runs.push(run);
    }
  }
  return { runs, width: Math.max(0, width) };
}

function layOut(
  chain: FontChain,
  units: readonly Unit[],
  maxWidth: number,
  size: number,
  spacing: number,
  maxLines: number,
): FittedLine[] {
  const lines: Unit[][] = [];
  fill(chain, units, maxWidth, size, spacing, (unit, line) => {
    if (line < maxLines) (lines[line] ??= []).push(unit);
  });
  return lines.map((line) => lineOf(line, size, spacing));
}

/**
 * The largest size, from the style's size down, at which the text fits its box, wrapping onto more
 * lines where the box is tall enough for them. Past the style's minimum it keeps shrinking (to 4 pt)
 * so that nothing ever leaves its box; only if that is not enough are lines dropped (`truncated`).
 */
export function fitText(chain: FontChain, text: string, box: Box, style: FitStyle): FittedText {
  const units = breakUnits(text).map((unit) => measure(chain, unit));
  const floor = Math.min(FLOOR_SIZE, style.minFontSize, box.height);
  const spacingAt = (size: number) => style.letterSpacing * (size / style.fontSize);
  for (let size = style.fontSize; size >= floor - 1e-9; size -= STEP) {
    const spacing = spacingAt(size);
    const lines = fill(chain, units, box.width, size, spacing);
    if (blockHeight(lines, size, style.lineHeight) <= box.height + 1e-6) {
      return {
        size,
        spacing,
        lines: layOut(chain, units, box.width, size, spacing, lines),
        truncated: false,
      };
    }
  }
  const spacing = spacingAt(floor);
  const fitting = Math.max(1, Math.floor((box.height - floor) / (floor * style.lineHeight)) + 1);
  return {
    size: floor,
    spacing,
    lines: layOut(chain, units, box.width, floor, spacing, fitting),
    truncated: true,
  };
}
