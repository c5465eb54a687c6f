import { Box, Button, Group, Input, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './icons';

type Point = { x: number; y: number };

const INK = '#1a1b1e';
const PAPER = '#ffffff';
const LINE_WIDTH = 2.2;
/** Sharp on high-density screens, yet a small PNG (the API takes about 300 KB). */
const MAX_PIXEL_RATIO = 2;

export interface SignaturePadProps {
  /** Visible label; also the accessible name of the drawing area. */
  label: string;
  /** A line under the label, e.g. who is to sign. */
  description?: string;
  error?: string;
  /** Height of the drawing area in CSS pixels; it is as wide as its container. */
  height?: number;
  disabled?: boolean;
  /** The drawing as a PNG data URL after each stroke, or null once cleared. */
  onChange: (value: string | null) => void;
}

/**
 * A handwritten signature: drawn with a mouse, pen or finger on a canvas and reported as a PNG data URL.
 * Drawing needs a pointer; keyboard users skip it (the canvas takes no focus) and the form decides
 * whether a signature is required. The strokes are kept, so a resize redraws rather than wipes them.
 * To start over from outside, remount it (`key`).
 */
export function SignaturePad({ label, description, error, height = 160, disabled = false, onChange }: SignaturePadProps) {
  const { t } = useTranslation();
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Point[][]>([]);
  const activePointer = useRef<number | null>(null);
  const [empty, setEmpty] = useState(true);

  function context(): CanvasRenderingContext2D | null {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return null;
    const ratio = canvas.width / Math.max(canvas.clientWidth, 1);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineWidth = LINE_WIDTH;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
    return ctx;
  }

  function drawStroke(ctx: CanvasRenderingContext2D, stroke: Point[]) {
    const [first, ...rest] = stroke;
    if (!first) return;
    if (rest.length === 0) {
      ctx.beginPath();
      ctx.arc(first.x, first.y, LINE_WIDTH / 2, 0, Math.PI * 2);
      ctx.fill();
      return;
    }
    ctx.beginPath();
    ctx.moveTo(first.x, first.y);
    for (const point of rest) ctx.lineTo(point.x, point.y);
    ctx.stroke();
  }

  /** Paper first (an opaque PNG prints the same everywhere), then every stroke. */
  function redraw() {
    const canvas = canvasRef.current;
    const ctx = context();
    if (!canvas || !ctx) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.restore();
    for (const stroke of strokes.current) drawStroke(ctx, stroke);
  }

  // The backing store follows the element's size (and the screen's pixel density).
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const fit = () => {
      const ratio = Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO);
      const width = Math.round(canvas.clientWidth * ratio);
      const heightPx = Math.round(canvas.clientHeight * ratio);
      if (width === 0 || heightPx === 0 || (canvas.width === width && canvas.height === heightPx)) return;
      canvas.width = width;
      canvas.height = heightPx;
      redraw();
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    return () => observer.disconnect();
    // Once: redraw reads only refs.
  }, []);

  function pointOf(event: { clientX: number; clientY: number }): Point {
    const rect = canvasRef.current!.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  function onPointerDown(event: ReactPointerEvent<HTMLCanvasElement>) {
    if (disabled || activePointer.current !== null) return;
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    activePointer.current = event.pointerId;
    const stroke = [pointOf(event)];
    strokes.current.push(stroke);
    const ctx = context();
    if (ctx) drawStroke(ctx, stroke);
  }

  function onPointerMove(event: ReactPointerEvent<HTMLCanvasElement>) {
    if (event.pointerId !== activePointer.current) return;
    const stroke = strokes.current[strokes.current.length - 1];
    const ctx = context();
    if (!stroke || !ctx) return;
    // Fast pens report several positions per frame; use them all for a smooth line.
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [];
    const points = (events.length > 0 ? events : [event]).map(pointOf);
    const last = stroke[stroke.length - 1]!;
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    for (const point of points) ctx.lineTo(point.x, point.y);
    ctx.stroke();
    stroke.push(...points);
  }

  function onPointerEnd(event: ReactPointerEvent<HTMLCanvasElement>) {
    if (event.pointerId !== activePointer.current) return;
    activePointer.current = null;
    setEmpty(false);
    onChange(canvasRef.current?.toDataURL('image/png') ?? null);
  }

  function clear() {
    strokes.current = [];
    activePointer.current = null;
    redraw();
    setEmpty(true);
    onChange(null);
  }

  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  return (
    <Input.Wrapper id={id} label={label} labelElement="div" labelProps={{ id: labelId }} description={description} error={error}>
      <Box
        pos="relative"
        mt={4}
        style={{
          border: `1px ${empty ? 'dashed' : 'solid'} ${error ? 'var(--mantine-color-error)' : 'var(--mantine-color-default-border)'}`,
          borderRadius: 'var(--mantine-radius-md)',
          overflow: 'hidden',
          background: PAPER,
          opacity: disabled ? 0.6 : 1,
        }}
      >
        <canvas
          ref={canvasRef}
          role="img"
          aria-labelledby={labelId}
          aria-describedby={[hintId, description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ')}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
          style={{ display: 'block', width: '100%', height, touchAction: 'none', userSelect: 'none', cursor: disabled ? 'not-allowed' : 'crosshair' }}
        />
        {/* The baseline and hint are drawn over the canvas, not into it: they stay out of the PNG. */}
        <Box
          aria-hidden="true"
          pos="absolute"
          left={16}
          right={16}
          bottom={28}
          style={{ borderBottom: '1px solid var(--mantine-color-gray-4)', pointerEvents: 'none' }}
        />
        <Text
          id={hintId}
          size="xs"
          c="gray.6"
          pos="absolute"
          left={16}
          bottom={8}
          style={{ pointerEvents: 'none' }}
        >
          {empty ? t('signaturePad.hint') : t('signaturePad.signed')}
        </Text>
      </Box>
      <Group justify="flex-end" mt={4}>
        <Button variant="subtle" color="gray" size="compact-sm" leftSection={<Icon name="x" size={14} />} onClick={clear} disabled={empty || disabled}>
          {t('signaturePad.clear')}
        </Button>
      </Group>
    </Input.Wrapper>
  );
}
